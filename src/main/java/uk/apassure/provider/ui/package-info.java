@NullMarked
package uk.apassure.provider.ui;

import org.jspecify.annotations.NullMarked;
