package uk.apassure.provider;

import org.jspecify.annotations.Nullable;

/** What the register grid is filtered by; null, blank or false means "any". */
public record ProviderFilter(
        String name,
        @Nullable ProviderType type,
        @Nullable ProviderStatus status,
        @Nullable Boolean laApproved,
        @Nullable Registration registration,
        boolean registrationTrigger) {

    public static final ProviderFilter ANY = new ProviderFilter("", null, null, null, null);

    public ProviderFilter(String name, @Nullable ProviderType type, @Nullable ProviderStatus status,
            @Nullable Boolean laApproved, @Nullable Registration registration) {
        this(name, type, status, laApproved, registration, false);
    }

    public ProviderFilter {
        name = name == null ? "" : name;
    }

    public ProviderFilter withName(String name) {
        return new ProviderFilter(name, type, status, laApproved, registration, registrationTrigger);
    }

    public ProviderFilter withType(@Nullable ProviderType type) {
        return new ProviderFilter(name, type, status, laApproved, registration, registrationTrigger);
    }

    public ProviderFilter withStatus(@Nullable ProviderStatus status) {
        return new ProviderFilter(name, type, status, laApproved, registration, registrationTrigger);
    }

    public ProviderFilter withLaApproved(@Nullable Boolean laApproved) {
        return new ProviderFilter(name, type, status, laApproved, registration, registrationTrigger);
    }

    public ProviderFilter withRegistration(@Nullable Registration registration) {
        return new ProviderFilter(name, type, status, laApproved, registration, registrationTrigger);
    }

    /** Only the providers over the registration trigger, or that would be with the proposed placements (001 §7.2). */
    public ProviderFilter withRegistrationTrigger(boolean registrationTrigger) {
        return new ProviderFilter(name, type, status, laApproved, registration, registrationTrigger);
    }
}
