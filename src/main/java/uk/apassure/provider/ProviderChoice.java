package uk.apassure.provider;

/** A provider as other features pick or list it: id, name and status. */
public record ProviderChoice(long id, String name, ProviderStatus status) {}
