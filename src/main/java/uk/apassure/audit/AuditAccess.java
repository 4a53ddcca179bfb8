package uk.apassure.audit;

import org.springframework.stereotype.Component;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.Role;
import uk.apassure.security.SignedInUser;

/**
 * The scope rules of audits, in one place for every audit service. Audits are provider-level
 * facts: anyone in the trust who may read audits ({@code audit:read}) reads them in full; governors
 * (read-only, aggregated) see only counts. Doing the checks and signing them off is school-level:
 * only staff of the school that started the audit.
 */
@Component
class AuditAccess {

    private final AccessGuard access;
    private final AuditRepository audits;

    AuditAccess(AccessGuard access, AuditRepository audits) {
        this.access = access;
        this.audits = audits;
    }

    /** Someone who may read audits in full: items, evidence, notes and sign-offs. */
    SignedInUser reader() {
        return access.require(Permission.AUDIT_READ);
    }

    /** Someone who may see how many audits there are (everyone who reads the register, governors too). */
    SignedInUser counter() {
        return access.require(Permission.PROVIDER_READ);
    }

    Audit readable(long auditId, SignedInUser user) {
        return audits.findByIdAndTrustId(auditId, user.trustId()).orElseThrow(AuditService.NotFound::new);
    }

    /** The user, holding {@code permission}, on the staff of the school that carries out the audit. */
    Audit ownSchool(long auditId, SignedInUser user) {
        Audit audit = readable(auditId, user);
        if (user.schoolId() == null || user.schoolId() != audit.getSchoolId()) {
            throw new AccessGuard.AccessDeniedException("Only staff of the school that carries out this audit may do this");
        }
        return audit;
    }

    SignedInUser require(String permission) {
        return access.require(permission);
    }

    /**
     * A draft is filled by anyone who may edit audits; once submitted, only the DSL may still change
     * the items that the DSL must confirm, until they confirm them. Nothing changes after that.
     */
    void requireEditable(Audit audit, AuditItem item, SignedInUser user) {
        if (audit.getState() == AuditState.DRAFT) {
            return;
        }
        if (audit.getState() == AuditState.SUBMITTED && item.getChecklistItem().needsDsl()) {
            if (!user.hasRole(Role.DSL)) {
                throw new AccessGuard.AccessDeniedException("Only the DSL may change a safeguarding item once submitted");
            }
            return;
        }
        throw new InvalidStep("This audit is " + audit.getState().label().toLowerCase() + "; its items can no longer"
                + " be changed. Start a new audit that corrects it instead.");
    }
}
