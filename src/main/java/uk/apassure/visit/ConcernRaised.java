package uk.apassure.visit;

/**
 * Published when a concern is raised. Once the concern is committed its e-mails go out
 * ({@link ConcernMailer}) and the school's DSLs get an in-app alert (visit.ui). No description:
 * listeners may hand it to anyone of the school.
 */
public record ConcernRaised(long concernId, long visitId, long schoolId, String providerName) {}
