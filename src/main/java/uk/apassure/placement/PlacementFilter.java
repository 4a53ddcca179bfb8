package uk.apassure.placement;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the placements grid is filtered by; null means "any". {@code providerId}: placements with a
 * session at that provider; {@code startsFrom} / {@code startsTo}: the start date, both inclusive;
 * {@code schoolId}: one school of the trust (trust-wide users); {@code flags}: every one of them holds.
 */
public record PlacementFilter(
        @Nullable Long providerId,
        @Nullable PlacementStatus status,
        @Nullable PlacementType type,
        @Nullable LocalDate startsFrom,
        @Nullable LocalDate startsTo,
        @Nullable Long schoolId,
        Set<PlacementFlag> flags) {

    public static final PlacementFilter ANY = new PlacementFilter(null, null, null, null, null, null, Set.of());

    public PlacementFilter {
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    public PlacementFilter withProvider(@Nullable Long value) {
        return new PlacementFilter(value, status, type, startsFrom, startsTo, schoolId, flags);
    }

    public PlacementFilter withStatus(@Nullable PlacementStatus value) {
        return new PlacementFilter(providerId, value, type, startsFrom, startsTo, schoolId, flags);
    }

    public PlacementFilter withType(@Nullable PlacementType value) {
        return new PlacementFilter(providerId, status, value, startsFrom, startsTo, schoolId, flags);
    }

    public PlacementFilter withStartsFrom(@Nullable LocalDate value) {
        return new PlacementFilter(providerId, status, type, value, startsTo, schoolId, flags);
    }

    public PlacementFilter withStartsTo(@Nullable LocalDate value) {
        return new PlacementFilter(providerId, status, type, startsFrom, value, schoolId, flags);
    }

    public PlacementFilter withSchool(@Nullable Long value) {
        return new PlacementFilter(providerId, status, type, startsFrom, startsTo, value, flags);
    }

    /** With {@code flag} on or off, the other flags kept. */
    public PlacementFilter withFlag(PlacementFlag flag, boolean on) {
        Set<PlacementFlag> next = EnumSet.noneOf(PlacementFlag.class);
        next.addAll(flags);
        if (on) {
            next.add(flag);
        } else {
            next.remove(flag);
        }
        return new PlacementFilter(providerId, status, type, startsFrom, startsTo, schoolId, next);
    }
}
