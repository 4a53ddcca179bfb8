package uk.apassure.base.mail;

/** Where an outbox e-mail stands, as stored: never more than happened. */
public enum MailState {
    /** Written; not tried yet. */
    QUEUED,
    /** The mail server accepted it. */
    SENT,
    /** The last try failed (the reason is kept); tried again later unless it never can be. */
    FAILED
}
