/** The page of reminder e-mails and their state. */
@NullMarked
package uk.apassure.reminder.ui;

import org.jspecify.annotations.NullMarked;
