package uk.apassure.audit;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.provider.AuditGlance;
import uk.apassure.security.Permission;
import uk.apassure.security.SignedInUser;

/**
 * Another school of the trust relying on a recent decided audit instead of repeating every check:
 * it records its own school-level sign-off and re-checks only the items it chooses. The provider's
 * status is a trust-level fact and stays as the deciding school left it.
 */
@Service
@Transactional
public class AdoptionService {

    private final AuditRepository audits;
    private final AuditAccess access;
    private final Validator validator;
    private final Clock clock;

    AdoptionService(AuditRepository audits, AuditAccess access, Validator validator, Clock clock) {
        this.audits = audits;
        this.access = access;
        this.validator = validator;
        this.clock = clock;
    }

    public void adopt(long auditId, Decision decision, String note, List<RecheckInput> rechecks) {
        SignedInUser user = access.require(Permission.AUDIT_DECIDE);
        Long schoolId = user.schoolId();
        if (schoolId == null) {
            throw new InvalidStep("A school signs off an audit; sign in as a member of school staff");
        }
        if (note.length() > 2000) {
            throw new InvalidStep("The note is too long (at most 2000 characters)");
        }
        rechecks.forEach(this::validate);
        Audit audit = access.readable(auditId, user);
        // 001 §7.9: checks are renewed annually; an older audit needs a fresh one, not a sign-off
        if (audit.getDecidedAt() != null && AuditGlance.isOlderThanAYear(
                audit.getDecidedAt().atZone(clock.getZone()).toLocalDate(), LocalDate.now(clock))) {
            throw new InvalidStep("This audit is older than 12 months: carry out a new audit instead");
        }
        Adoption adoption = audit.adopt(schoolId, decision, note.trim(), user.displayName(), clock.instant());
        for (RecheckInput recheck : rechecks) {
            adoption.recheck(audit.item(recheck.itemId()), recheck.outcome(), recheck.note().trim());
        }
        audits.flush();
    }

    private <T> void validate(T input) {
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}
