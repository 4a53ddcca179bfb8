package uk.apassure.visit;

/** The areas judged on every visit (issue 4). */
public enum JudgedArea {
    SAFEGUARDING("Safeguarding"),
    TEACHING("Teaching and learning"),
    BEHAVIOUR("Behaviour"),
    ATTENDANCE("Attendance"),
    SITE_SAFETY("Site and safety");

    private final String label;

    JudgedArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
