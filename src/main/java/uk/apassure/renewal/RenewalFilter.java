package uk.apassure.renewal;

import org.jspecify.annotations.Nullable;

/** The filters of {@code /renewals}; null means any. */
public record RenewalFilter(@Nullable RenewalState state, @Nullable RenewalKind kind, @Nullable Long providerId,
        @Nullable Long schoolId, @Nullable Long ownerId) {

    public static final RenewalFilter ANY = new RenewalFilter(null, null, null, null, null);

    public RenewalFilter withState(@Nullable RenewalState value) {
        return new RenewalFilter(value, kind, providerId, schoolId, ownerId);
    }

    public RenewalFilter withKind(@Nullable RenewalKind value) {
        return new RenewalFilter(state, value, providerId, schoolId, ownerId);
    }

    public RenewalFilter withProvider(@Nullable Long value) {
        return new RenewalFilter(state, kind, value, schoolId, ownerId);
    }

    public RenewalFilter withSchool(@Nullable Long value) {
        return new RenewalFilter(state, kind, providerId, value, ownerId);
    }

    public RenewalFilter withOwner(@Nullable Long value) {
        return new RenewalFilter(state, kind, providerId, schoolId, value);
    }
}
