package uk.apassure.provider;

/** Whether the provider is registered with the DfE / Ofsted (as a school, college or academy). */
public enum Registration {
    REGISTERED("Registered"),
    NOT_REGISTERED("Not registered");

    private final String label;

    Registration(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
