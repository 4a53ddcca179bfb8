package uk.apassure.reminder;

/** A digest run queued its e-mails: the sender sends them now rather than at its next poll. */
record RemindersQueued(DigestKind kind) {}
