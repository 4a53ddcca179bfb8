package uk.apassure.audit;

import org.jspecify.annotations.Nullable;

/** What the audit list is filtered by; null means "any". */
public record AuditFilter(@Nullable AuditState state, @Nullable Long schoolId, @Nullable Long providerId) {

    public static final AuditFilter ANY = new AuditFilter(null, null, null);

    public AuditFilter withState(@Nullable AuditState value) {
        return new AuditFilter(value, schoolId, providerId);
    }

    public AuditFilter withSchool(@Nullable Long value) {
        return new AuditFilter(state, value, providerId);
    }

    public AuditFilter withProvider(@Nullable Long value) {
        return new AuditFilter(state, schoolId, value);
    }
}
