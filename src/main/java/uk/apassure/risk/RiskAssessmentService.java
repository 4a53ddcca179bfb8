package uk.apassure.risk;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.audit.SignedOffAudits;
import uk.apassure.base.domain.Refusal;
import uk.apassure.base.time.UkDates;
import uk.apassure.provider.ProviderPage;
import uk.apassure.provider.ProviderService;
import uk.apassure.provider.ProvidersInUse;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.SignedInUser;

/**
 * Provider risk assessments (001 §7.9). Everyone who may read the register reads them (they are
 * provider-level facts, shared across the trust); the AP lead and DSL of a school that uses the
 * provider, and trust leads, draft and approve them. Approving makes a new version; the earlier ones
 * are kept, read-only.
 */
@Service
@Transactional(readOnly = true)
public class RiskAssessmentService {

    private final RiskAssessmentRepository assessments;
    private final ProviderRiskStates states;
    private final ProviderService providers;
    private final ProvidersInUse inUse;
    private final SignedOffAudits audits;
    private final AccessGuard access;
    private final Validator validator;
    private final Clock clock;

    RiskAssessmentService(RiskAssessmentRepository assessments, ProviderRiskStates states, ProviderService providers,
            ProvidersInUse inUse, SignedOffAudits audits, AccessGuard access, Validator validator, Clock clock) {
        this.assessments = assessments;
        this.states = states;
        this.providers = providers;
        this.inUse = inUse;
        this.audits = audits;
        this.access = access;
        this.validator = validator;
        this.clock = clock;
    }

    public RiskAssessmentPage page(long providerId) {
        SignedInUser user = access.require(Permission.PROVIDER_READ);
        providers.choice(providerId);
        List<RiskAssessment> versions = assessments.findByTrustIdAndProviderIdOrderByNumberDesc(user.trustId(),
                providerId);
        List<RiskAssessmentPage.Version> shown = versions.stream().map(RiskAssessmentService::version).toList();
        boolean hasCurrent = !versions.isEmpty() && versions.getFirst().isCurrent();
        return new RiskAssessmentPage(states.of(providerId), hasCurrent ? shown.getFirst() : null,
                hasCurrent ? shown.subList(1, shown.size()) : shown, mayAssess(providerId),
                hasCurrent && mayReport());
    }

    /** What the approval form starts from; refused without a signed-off audit to make it from. */
    public RiskDraft draft(long providerId) {
        requireAssessor(providerId);
        ProviderPage provider = providers.get(providerId);
        SignedOffAudits.SignedOff audit = latestAudit(providerId);
        Optional<RiskAssessment> current = assessments.findByCurrentForProvider(providerId);
        List<HazardLine> lines = current.map(version -> RiskPrefill.fromCurrent(
                        version.getHazards().stream().map(RiskHazard::toLine).toList(), provider))
                .orElseGet(() -> RiskPrefill.fromAudit(audit, provider));
        return new RiskDraft(providerId, current.map(RiskAssessment::getNumber).orElse(0), audit.auditId(),
                audit.decidedOn(), RiskPrefill.sites(provider), RiskPrefill.activities(provider),
                current.map(RiskAssessment::getSummary).orElse(""), lines);
    }

    /**
     * Approves a new version made from the latest signed-off audit; it becomes the current one and the
     * one it replaces stays readable. {@code currentNumber} is the version the form was opened on.
     */
    @Transactional
    public long approve(long providerId, int currentNumber, String summary, LocalDate approvedOn,
            List<HazardLine> lines) {
        SignedInUser user = requireAssessor(providerId);
        if (lines.isEmpty()) {
            throw new InvalidAssessment("Add at least one hazard: a risk assessment says what could go wrong and how"
                    + " it is controlled");
        }
        lines.forEach(this::validate);
        if (summary.length() > 2000) {
            throw new InvalidAssessment("The summary is too long (at most 2000 characters)");
        }
        SignedOffAudits.SignedOff audit = latestAudit(providerId);
        Optional<RiskAssessment> current = assessments.findByCurrentForProvider(providerId);
        if (current.map(RiskAssessment::getNumber).orElse(0) != currentNumber) {
            throw new InvalidAssessment("Someone approved another version of this risk assessment while you were"
                    + " editing. Nothing was saved; close the form and start from their version.");
        }
        LocalDate today = LocalDate.now(clock);
        if (approvedOn.isAfter(today)) {
            throw new InvalidAssessment("The approval date cannot be in the future");
        }
        LocalDate earliest = current.map(RiskAssessment::getApprovedOn).orElse(today.minusYears(1).plusDays(1));
        if (approvedOn.isBefore(earliest)) {
            throw new InvalidAssessment("The approval date must be on or after " + UkDates.date(earliest)
                    + (current.isPresent() ? ", when the current version was approved" : ""));
        }
        current.ifPresent(version -> {
            version.supersede();
            assessments.saveAndFlush(version);
        });
        RiskAssessment approved = new RiskAssessment(user.trustId(), providerId, currentNumber + 1, audit.auditId(),
                summary.trim(), approvedOn, user.id(), user.displayName(), clock.instant(), lines);
        return assessments.saveAndFlush(approved).requireId();
    }

    /**
     * Records a change the provider reported, or that was seen on a visit, that makes the current version
     * need review: a change of key staff, a new activity. Anyone who records visits (or assesses) may.
     */
    @Transactional
    public void reportChange(long providerId, ChangeKind kind, String detail) {
        if (!mayReport()) {
            throw new AccessGuard.AccessDeniedException("You may not report changes at providers");
        }
        SignedInUser user = access.currentUser();
        providers.choice(providerId);
        if (!kind.reported()) {
            throw new InvalidAssessment(kind.label() + " is recorded by the register or a visit, not by hand");
        }
        if (detail == null || detail.isBlank()) {
            throw new InvalidAssessment("Say what changed (who left or joined, or which activity is new)");
        }
        if (detail.length() > 900) {
            throw new InvalidAssessment("The description is too long (at most 900 characters)");
        }
        RiskAssessment current = assessments.findByCurrentForProvider(providerId)
                .filter(version -> version.getTrustId() == user.trustId())
                .orElseThrow(() -> new InvalidAssessment("This provider has no approved risk assessment to review"));
        current.changed(kind, detail.trim(), LocalDate.now(clock), user.displayName(), clock.instant());
        assessments.flush();
    }

    private boolean mayAssess(long providerId) {
        return access.isPermitted(Permission.RISK_ASSESS)
                && (access.isPermitted(Permission.TRUST_WIDE) || inUse.forMySchool().contains(providerId));
    }

    private boolean mayReport() {
        return access.isPermitted(Permission.RISK_ASSESS) || access.isPermitted(Permission.VISIT_RECORD);
    }

    private SignedInUser requireAssessor(long providerId) {
        SignedInUser user = access.require(Permission.RISK_ASSESS);
        providers.choice(providerId);
        if (!mayAssess(providerId)) {
            throw new AccessGuard.AccessDeniedException("Only the AP lead or DSL of a school that uses this provider,"
                    + " or a trust lead, may assess its risks");
        }
        return user;
    }

    private SignedOffAudits.SignedOff latestAudit(long providerId) {
        return audits.latest(providerId).orElseThrow(() -> new InvalidAssessment("A risk assessment is made from the"
                + " provider's latest signed-off audit, and this provider has none yet"));
    }

    private void validate(HazardLine line) {
        Set<ConstraintViolation<HazardLine>> violations = validator.validate(line);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private static RiskAssessmentPage.Version version(RiskAssessment assessment) {
        return new RiskAssessmentPage.Version(assessment.requireId(), assessment.getNumber(),
                assessment.getApprovedOn(), assessment.getApprovedByName(), assessment.getAuditId(),
                assessment.getSummary(), assessment.getHazards().stream().map(RiskHazard::toLine).toList(),
                assessment.getChanges().stream().map(MaterialChange::toReason).toList());
    }

    /** The assessment breaks a rule; the message says which. */
    public static class InvalidAssessment extends Refusal {
        InvalidAssessment(String message) {
            super(message);
        }
    }
}
