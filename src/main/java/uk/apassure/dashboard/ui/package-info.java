@NullMarked
package uk.apassure.dashboard.ui;

import org.jspecify.annotations.NullMarked;
