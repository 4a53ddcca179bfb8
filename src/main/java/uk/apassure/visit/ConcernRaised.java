package uk.apassure.visit;

/** Published when a concern is raised; its e-mails go out once the concern is committed. */
record ConcernRaised(long concernId) {}
