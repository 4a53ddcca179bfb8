package uk.apassure.security;

/** What the security log records (docs/security.md); names are stored, so never rename one. */
public enum SecurityEventKind {
    SIGN_IN("Signed in"),
    SIGN_IN_FAILED("Sign-in refused"),
    SIGN_IN_THROTTLED("Sign-in slowed down"),
    SIGN_OUT("Signed out"),
    ACCESS_REFUSED("Access refused"),
    PASSWORD_CHANGED("Changed own password"),
    PASSWORD_RESET("Password reset by an administrator"),
    ACCOUNT_CREATED("Account created"),
    ROLES_CHANGED("Roles changed"),
    ACCOUNT_DISABLED("Account disabled"),
    ACCOUNT_ENABLED("Account enabled"),
    SESSIONS_ENDED("Sessions ended"),
    MFA_ENROLLED("Two-step sign-in set up"),
    MFA_PASSED("Two-step code accepted"),
    MFA_FAILED("Two-step code refused"),
    MFA_RECOVERY_USED("Recovery code used"),
    MFA_RESET("Two-step sign-in reset by an administrator"),
    SUBJECT_ACCESS_EXPORTED("Subject access export made"),
    RETENTION_RUN("Retention schedule applied");

    private final String label;

    SecurityEventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
