@NullMarked
package uk.apassure.security.ui;

import org.jspecify.annotations.NullMarked;
