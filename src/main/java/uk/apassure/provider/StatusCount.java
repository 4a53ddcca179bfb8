package uk.apassure.provider;

/** The number of providers with one status. */
public record StatusCount(ProviderStatus status, long count) {}
