@NullMarked
package uk.apassure.base.ui;

import org.jspecify.annotations.NullMarked;
