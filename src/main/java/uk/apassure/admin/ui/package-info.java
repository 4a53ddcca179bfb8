@NullMarked
package uk.apassure.admin.ui;

import org.jspecify.annotations.NullMarked;
