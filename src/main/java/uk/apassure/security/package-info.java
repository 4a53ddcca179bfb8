@NullMarked
package uk.apassure.security;

import org.jspecify.annotations.NullMarked;
