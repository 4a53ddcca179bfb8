/**
 * Change history (issue 13): Hibernate Envers keeps a revision of every create, change and delete of
 * the main records, with who made it; {@link uk.apassure.history.HistoryService} reads it back for
 * those allowed to read the record, and {@code ui.HistoryPanel} shows it.
 */
@NullMarked
package uk.apassure.history;

import org.jspecify.annotations.NullMarked;
