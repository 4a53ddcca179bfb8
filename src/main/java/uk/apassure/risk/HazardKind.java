package uk.apassure.risk;

/** The kinds of hazard a provider's activities and sites bring (the audit's machinery and animal items, 001 §7.8). */
public enum HazardKind {
    WORKSHOP_MACHINERY("Workshop machinery and tools"),
    ANIMALS("Animals"),
    VEHICLES("Vehicles"),
    WATER("Water"),
    ONLINE_CONTACT("Online contact"),
    LONE_WORKING("Lone working"),
    WORKING_AT_HEIGHT("Working at height"),
    FIRE("Fire"),
    SITE_SECURITY("Site security"),
    TRAVEL("Travel between sites"),
    OTHER("Other");

    private final String label;

    HazardKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
