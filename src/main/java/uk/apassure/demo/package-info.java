@NullMarked
package uk.apassure.demo;

import org.jspecify.annotations.NullMarked;
