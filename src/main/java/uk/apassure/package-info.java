@NullMarked
package uk.apassure;

import org.jspecify.annotations.NullMarked;
