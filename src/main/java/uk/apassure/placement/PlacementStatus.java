package uk.apassure.placement;

import java.util.EnumSet;
import java.util.Set;

/** proposed → active → ended or reintegrated; a proposal may also end without starting. */
public enum PlacementStatus {
    PROPOSED("Proposed"),
    ACTIVE("Active"),
    ENDED("Ended"),
    REINTEGRATED("Reintegrated");

    private final String label;

    PlacementStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public Set<PlacementStatus> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(ACTIVE, ENDED);
            case ACTIVE -> EnumSet.of(ENDED, REINTEGRATED);
            case ENDED, REINTEGRATED -> EnumSet.noneOf(PlacementStatus.class);
        };
    }

    public boolean isFinal() {
        return next().isEmpty();
    }
}
