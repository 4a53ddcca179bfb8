package uk.apassure.placement;

/** Special educational needs as a placement must know them (an EHCP counts for the registration trigger). */
public enum SenStatus {
    NONE("No SEN"),
    SEN_SUPPORT("SEN support"),
    EHCP("EHC plan");

    private final String label;

    SenStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
