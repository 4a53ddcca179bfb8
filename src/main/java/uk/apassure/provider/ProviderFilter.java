package uk.apassure.provider;

import org.jspecify.annotations.Nullable;

/** What the register grid is filtered by; null or blank means "any". */
public record ProviderFilter(
        String name,
        @Nullable ProviderType type,
        @Nullable ProviderStatus status,
        @Nullable Boolean laApproved,
        @Nullable Registration registration) {

    public static final ProviderFilter ANY = new ProviderFilter("", null, null, null, null);

    public ProviderFilter {
        name = name == null ? "" : name;
    }

    public ProviderFilter withName(String name) {
        return new ProviderFilter(name, type, status, laApproved, registration);
    }

    public ProviderFilter withType(@Nullable ProviderType type) {
        return new ProviderFilter(name, type, status, laApproved, registration);
    }

    public ProviderFilter withStatus(@Nullable ProviderStatus status) {
        return new ProviderFilter(name, type, status, laApproved, registration);
    }

    public ProviderFilter withLaApproved(@Nullable Boolean laApproved) {
        return new ProviderFilter(name, type, status, laApproved, registration);
    }

    public ProviderFilter withRegistration(@Nullable Registration registration) {
        return new ProviderFilter(name, type, status, laApproved, registration);
    }
}
