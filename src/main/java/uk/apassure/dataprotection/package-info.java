/**
 * Data protection (issue 13): the subject access export of everything held on one pupil, the
 * retention schedule applied by a daily job that deletes or anonymises old records, and its report.
 * Backup and restore are scripts (db/backup.sh, db/restore.sh). May use every feature package; reads
 * and changes their tables with plain SQL kept here, each statement commented.
 */
@NullMarked
package uk.apassure.dataprotection;

import org.jspecify.annotations.NullMarked;
