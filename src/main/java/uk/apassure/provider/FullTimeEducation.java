package uk.apassure.provider;

import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How many of a trust's pupils each provider educates full-time, for the registration trigger:
 * placements answer, counting in the database, so the register does not depend on the feature that
 * holds pupils. Called only by {@link RegistrationTriggers}, after it has checked who is asking.
 */
public interface FullTimeEducation {

    /**
     * By provider id, the providers with at least one full-time pupil ({@link RegistrationTrigger#FULL_TIME},
     * compulsory school age) in an active or proposed placement of any school of the trust.
     *
     * @param providerId only this provider, or null for all of the trust's
     */
    Map<Long, Counts> byProvider(long trustId, @Nullable Long providerId);

    /** As {@link #byProvider}, for these providers only. */
    Map<Long, Counts> byProviders(long trustId, Collection<Long> providerIds);

    /** Full-time pupils in active placements, and in active and proposed ones together. */
    record Counts(FullTimePupils active, FullTimePupils activeAndProposed) {}
}
