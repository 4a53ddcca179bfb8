package uk.apassure.provider;

import java.time.LocalDate;

/**
 * A change to a provider's register entry that matters to whoever relies on it (the provider's risk
 * assessment is renewed on any material change, 001 §7.9). Published inside the change's transaction,
 * after its checks; listeners must not call back into the register.
 */
public sealed interface ProviderChanged {

    long trustId();

    long providerId();

    LocalDate on();

    /** A satellite or subcontracted site was added. */
    record SiteAdded(long trustId, long providerId, LocalDate on, SiteKind kind, String siteName)
            implements ProviderChanged {}

    /** A satellite or subcontracted site was removed: pupils are no longer taught there. */
    record SiteClosed(long trustId, long providerId, LocalDate on, SiteKind kind, String siteName)
            implements ProviderChanged {}

    /** The status changed, by hand or by an audit decision. */
    record StatusChanged(long trustId, long providerId, LocalDate on, ProviderStatus from, ProviderStatus to)
            implements ProviderChanged {}
}
