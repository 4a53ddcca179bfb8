package uk.apassure.reminder;

/** The two reminder e-mails, each on its own schedule (cron, London time) and with its own lock. */
public enum DigestKind {
    /** To each owner: everything of theirs that is due soon, overdue or needs review. */
    WEEKLY("Weekly digest"),
    /** To each school's AP leads: what became overdue or started to need review since the last one. */
    DAILY("Daily e-mail");

    private final String label;

    DigestKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    String lockName() {
        return "reminder-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
