package uk.apassure.provider;

/** Pupils may be taught at the main site, a satellite site or a subcontractor's site: all addresses must be known. */
public enum SiteKind {
    MAIN("Main site"),
    SATELLITE("Satellite site"),
    SUBCONTRACTED("Subcontracted site");

    private final String label;

    SiteKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
