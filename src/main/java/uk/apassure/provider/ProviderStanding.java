package uk.apassure.provider;

/** What the registration trigger needs to know of a provider (a query row). */
record ProviderStanding(long id, String name, ProviderType type, Registration registration) {}
