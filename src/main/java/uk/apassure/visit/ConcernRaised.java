package uk.apassure.visit;

/**
 * Published when a concern is raised. Once the concern is committed its e-mails go out
 * ({@link ConcernMailer}) and the school's DSLs get an in-app alert (visit.ui). No description:
 * listeners may hand it to anyone of the school. The provider's risk assessment needs review at once (001 §7.9).
 */
public record ConcernRaised(long concernId, long visitId, long schoolId, String providerName, long providerId) {}
