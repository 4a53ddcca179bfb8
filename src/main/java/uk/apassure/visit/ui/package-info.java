@NullMarked
package uk.apassure.visit.ui;

import org.jspecify.annotations.NullMarked;
