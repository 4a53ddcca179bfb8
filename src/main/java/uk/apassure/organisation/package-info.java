@NullMarked
package uk.apassure.organisation;

import org.jspecify.annotations.NullMarked;
