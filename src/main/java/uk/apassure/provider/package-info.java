@NullMarked
package uk.apassure.provider;

import org.jspecify.annotations.NullMarked;
