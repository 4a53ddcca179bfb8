package uk.apassure.visit;

public enum ActionStatus {
    OPEN("Open"),
    DONE("Done");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
