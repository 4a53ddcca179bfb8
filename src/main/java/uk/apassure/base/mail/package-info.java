/**
 * What every outbox of e-mails shares (concern alerts, reminder digests): how long to wait before
 * the next try, and the plain words a user reads when a mail could not be sent.
 */
@NullMarked
package uk.apassure.base.mail;

import org.jspecify.annotations.NullMarked;
