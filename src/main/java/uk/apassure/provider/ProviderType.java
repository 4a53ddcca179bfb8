package uk.apassure.provider;

/** The kinds of setting a school commissions (DESIGN.md "Provider"). */
public enum ProviderType {
    REGISTERED_INDEPENDENT_SCHOOL("Registered independent school"),
    PRU_OR_AP_ACADEMY("PRU or AP academy"),
    FE_COLLEGE("FE college"),
    UNREGISTERED_PROVIDER("Unregistered provider"),
    ONLINE_PROVIDER("Online provider"),
    MAINSTREAM_SCHOOL("Another mainstream school");

    private final String label;

    ProviderType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
