package uk.apassure.provider;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a provider stands with the trust: prospective → approved / approved with conditions →
 * suspended → do not use → archived (DESIGN.md). Every change is an explicit action with a reason.
 */
public enum ProviderStatus {
    PROSPECTIVE("Prospective"),
    APPROVED("Approved"),
    APPROVED_WITH_CONDITIONS("Approved with conditions"),
    SUSPENDED("Suspended"),
    DO_NOT_USE("Do not use"),
    ARCHIVED("Archived");

    private final String label;

    ProviderStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The statuses this one may change to. */
    public Set<ProviderStatus> next() {
        return switch (this) {
            // a prospective provider is approved after its checks, or turned down
            case PROSPECTIVE -> EnumSet.of(APPROVED, APPROVED_WITH_CONDITIONS, DO_NOT_USE, ARCHIVED);
            case APPROVED -> EnumSet.of(APPROVED_WITH_CONDITIONS, SUSPENDED, DO_NOT_USE, ARCHIVED);
            case APPROVED_WITH_CONDITIONS -> EnumSet.of(APPROVED, SUSPENDED, DO_NOT_USE, ARCHIVED);
            // a suspension ends in reinstatement or in "do not use"
            case SUSPENDED -> EnumSet.of(APPROVED, APPROVED_WITH_CONDITIONS, DO_NOT_USE, ARCHIVED);
            // coming back from "do not use" or the archive means fresh checks: prospective again
            case DO_NOT_USE -> EnumSet.of(PROSPECTIVE, ARCHIVED);
            case ARCHIVED -> EnumSet.of(PROSPECTIVE);
        };
    }

    public boolean canChangeTo(ProviderStatus target) {
        return next().contains(target);
    }
}
