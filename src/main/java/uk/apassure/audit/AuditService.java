package uk.apassure.audit;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.base.domain.Rag;
import uk.apassure.base.domain.Refusal;
import uk.apassure.base.time.DateBounds;
import uk.apassure.base.time.UkDates;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.Permission;
import uk.apassure.security.SignedInUser;

/**
 * Pre-placement check audits and their workflow: draft → submitted (AP lead) → safeguarding
 * confirmed (DSL) → decided (SLT or headteacher), and adoption by another school of the trust.
 * The DSL and SLT may send a submitted audit back to the AP lead with a reason. Every method checks
 * the permission and the scope before it touches data (see {@link AuditAccess}); governors see
 * counts only ({@link #counts()}).
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

    private final AuditRepository audits;
    private final EvidenceRepository evidence;
    private final ChecklistRepository checklists;
    private final AuditAccess access;
    private final ProviderService providers;
    private final Validator validator;
    private final Clock clock;

    AuditService(AuditRepository audits, EvidenceRepository evidence, ChecklistRepository checklists,
            AuditAccess access, ProviderService providers, Validator validator, Clock clock) {
        this.audits = audits;
        this.evidence = evidence;
        this.checklists = checklists;
        this.access = access;
        this.providers = providers;
        this.validator = validator;
        this.clock = clock;
    }

    public List<AuditRow> list(Pageable page) {
        SignedInUser user = access.reader();
        return audits.findRows(user.trustId(), page);
    }

    public long count() {
        return audits.countByTrustId(access.reader().trustId());
    }

    /** How many audits the trust has, by state and decided RAG: all a governor sees of audits. */
    public AuditCounts counts() {
        SignedInUser user = access.counter();
        return AuditCounts.of(audits.countByState(user.trustId(), null), audits.countDecidedByRag(user.trustId(), null));
    }

    /** How many audits one provider has, by state and decided RAG. */
    public AuditCounts counts(long providerId) {
        SignedInUser user = access.counter();
        return AuditCounts.of(audits.countByState(user.trustId(), providerId),
                audits.countDecidedByRag(user.trustId(), providerId));
    }

    public List<AuditRow> forProvider(long providerId) {
        SignedInUser user = access.reader();
        return audits.findRowsForProvider(user.trustId(), providerId);
    }

    /** Evidence in the provider's latest decided audit that expires (or is due for review) within {@code days}. */
    public List<ExpiringEvidence> expiringEvidence(long providerId, int days) {
        SignedInUser user = access.reader();
        return audits.findExpiring(user.trustId(), providerId, LocalDate.now(clock).plusDays(days));
    }

    /** The trust's expiring evidence, across providers: what the renewals view will list. */
    public List<ExpiringEvidence> expiringEvidence(LocalDate until) {
        SignedInUser user = access.reader();
        return audits.findExpiring(user.trustId(), until);
    }

    public AuditSheet get(long auditId) {
        SignedInUser user = access.reader();
        return sheet(access.readable(auditId, user), user);
    }

    /** The template to start with: an online-only provider is checked by call or online meeting, not a site visit. */
    public String suggestedTemplate(long providerId) {
        SignedInUser user = access.reader();
        return audits.providerType(providerId, user.trustId())
                .filter(type -> type == uk.apassure.provider.ProviderType.ONLINE_PROVIDER)
                .map(type -> ChecklistService.PRE_PLACEMENT_ONLINE)
                .orElse(ChecklistService.PRE_PLACEMENT);
    }

    /**
     * Starts a draft from the current version of a template. A correction of a decided audit uses
     * that audit's checklist version and starts from its answers and files; an audit has at most one
     * correction, so pressing "Start a correction" twice never makes a second draft.
     */
    @Transactional
    public long start(long providerId, String template, @Nullable Long correctsAuditId) {
        SignedInUser user = access.require(Permission.AUDIT_EDIT);
        if (user.schoolId() == null) {
            throw new InvalidStep("Audits are carried out by a school; sign in as a member of school staff");
        }
        audits.providerName(providerId, user.trustId())
                .orElseThrow(() -> new InvalidStep("This provider is not in your trust's register"));
        if (correctsAuditId == null) {
            ChecklistVersion checklist = checklists.findCurrent(template, user.trustId())
                    .orElseThrow(() -> new InvalidStep("There is no checklist template " + template));
            return audits.saveAndFlush(new Audit(user.trustId(), providerId, user.schoolId(), checklist, null,
                    user.displayName(), clock.instant())).requireId();
        }
        // the school that carried out the checks corrects them; another school starts its own audit or adopts
        Audit corrected = access.ownSchool(correctsAuditId, user);
        corrected.requireState(AuditState.DECIDED, "corrected");
        if (corrected.getProviderId() != providerId) {
            throw new InvalidStep("A correction is for the same provider as the audit it corrects");
        }
        audits.findCorrection(correctsAuditId).ifPresent(existing -> {
            throw new InvalidStep("Audit #" + correctsAuditId + " already has a correction: audit #" + existing);
        });
        Audit correction = new Audit(user.trustId(), providerId, user.schoolId(), corrected.getChecklistVersion(),
                correctsAuditId, user.displayName(), clock.instant());
        correction.copyAnswersFrom(corrected);
        try {
            audits.saveAndFlush(correction);
        } catch (DataIntegrityViolationException e) {
            // uq_audit_corrects: someone started the same correction a moment ago
            throw new InvalidStep("Audit #" + correctsAuditId + " already has a correction; reload to open it");
        }
        copyEvidence(corrected, correction);
        return correction.requireId();
    }

    private void copyEvidence(Audit from, Audit to) {
        Map<Long, AuditItem> byCheck = new HashMap<>();
        to.getItems().forEach(item -> byCheck.put(item.getChecklistItem().requireId(), item));
        Map<Evidence, Evidence> copies = new java.util.LinkedHashMap<>();
        for (AuditItem old : from.getItems()) {
            AuditItem item = byCheck.get(old.getChecklistItem().requireId());
            for (Evidence file : item == null ? List.<Evidence>of() : old.getEvidence()) {
                copies.put(file, item.addEvidence(file.getFileName(), file.getMediaType(), file.getSizeBytes(),
                        file.getUploadedByName(), file.getUploadedAt()));
            }
        }
        audits.flush();
        copies.forEach((original, copy) -> evidence.copyContent(original.requireId(), copy.requireId()));
    }

    /**
     * Autosave of one item: the answer as it stands (the outcome may still be open). Refused: a
     * stale version, an impossible date, "met" on an item that requires evidence without a file or
     * "seen on site, not kept" with a reason, "met" or "partly met" without the expiry date the
     * item needs. Evidence that has already expired is accepted with a warning (it rates overdue).
     */
    @Transactional
    public ItemSaved recordItem(long auditId, long itemId, long expectedItemVersion, ItemAnswer answer) {
        SignedInUser user = access.require(Permission.AUDIT_EDIT);
        validate(answer);
        Audit audit = access.ownSchool(auditId, user);
        AuditItem item = audit.item(itemId);
        access.requireEditable(audit, item, user);
        requireVersion(item.getVersion(), expectedItemVersion);
        ChecklistItem check = item.getChecklistItem();
        LocalDate today = LocalDate.now(clock);
        LocalDate expiresOn = answer.expiresOn();
        if (expiresOn != null && !DateBounds.sensible(expiresOn, today)) {
            throw new InvalidStep("The expiry or review date " + UkDates.typed(expiresOn) + " of \"" + check.getPrompt()
                    + "\" is not a real one: enter a date from " + UkDates.typed(DateBounds.EARLIEST) + " to "
                    + UkDates.typed(DateBounds.latest(today)));
        }
        String seen = answer.seenNotKeptReason();
        if (seen != null && seen.isBlank()) {
            throw new InvalidStep("Say why the evidence for \"" + check.getPrompt() + "\" was seen on site but not kept");
        }
        boolean found = answer.outcome() == Outcome.MET || answer.outcome() == Outcome.PARTLY_MET;
        if (answer.outcome() == Outcome.MET && check.isEvidenceRequired() && item.getEvidence().isEmpty() && seen == null) {
            throw new InvalidStep("\"" + check.getPrompt() + "\" requires evidence: upload the file, or tick \"Seen on"
                    + " site, not kept\" and say why, before marking it met");
        }
        if (found && check.isNeedsExpiry() && expiresOn == null) {
            throw new InvalidStep("Give the expiry or review date for \"" + check.getPrompt() + "\"");
        }
        item.record(answer.outcome(), answer.note().trim(), expiresOn, seen == null ? null : seen.trim(),
                user.displayName(), clock.instant());
        audits.flush();
        String warning = expiresOn != null && expiresOn.isBefore(today)
                ? "This evidence expired on " + UkDates.date(expiresOn) + ": saved, and shown as overdue until it is"
                        + " renewed"
                : null;
        return new ItemSaved(item.getVersion(), warning);
    }

    @Transactional
    public void submit(long auditId, long expectedVersion) {
        SignedInUser user = access.require(Permission.AUDIT_SUBMIT);
        Audit audit = access.ownSchool(auditId, user);
        requireVersion(audit.getVersion(), expectedVersion);
        audit.submit(user.displayName(), clock.instant());
        audits.flush();
    }

    /** Only the DSL confirms the safeguarding items (those whose template names the DSL). */
    @Transactional
    public void confirmSafeguarding(long auditId, long expectedVersion) {
        SignedInUser user = access.require(Permission.AUDIT_SAFEGUARDING);
        Audit audit = access.ownSchool(auditId, user);
        requireVersion(audit.getVersion(), expectedVersion);
        audit.confirmSafeguarding(user.displayName(), clock.instant());
        audits.flush();
    }

    /**
     * The DSL (instead of confirming the safeguarding items) or SLT (instead of deciding) send the
     * audit back to the AP lead as a draft, with a reason the AP lead reads on the audit.
     */
    @Transactional
    public void sendBack(long auditId, long expectedVersion, String reason) {
        SignedInUser user = access.require(Permission.AUDIT_EDIT);
        String why = reason.trim();
        if (why.isEmpty()) {
            throw new InvalidStep("Say why the audit goes back, so the AP lead knows what to change");
        }
        if (why.length() > 2000) {
            throw new InvalidStep("The reason is too long (at most 2000 characters)");
        }
        Audit audit = access.ownSchool(auditId, user);
        requireVersion(audit.getVersion(), expectedVersion);
        // the one whose step it is may send it back: the DSL before confirming, SLT before deciding
        String step = audit.getState() == AuditState.SAFEGUARDING_CONFIRMED ? Permission.AUDIT_DECIDE
                : Permission.AUDIT_SAFEGUARDING;
        access.require(step);
        audit.sendBack(why, user.displayName(), clock.instant());
        audits.flush();
    }

    /**
     * SLT's decision. It sets the provider's status with this audit as the reason, and the register's
     * "latest audit" RAG and date. Conditions, each an action with owner and due date, come only with
     * "approve with conditions"; a red audit cannot be approved outright.
     */
    @Transactional
    public void decide(long auditId, long expectedVersion, Decision decision, String note,
            List<ConditionInput> conditions) {
        SignedInUser user = access.require(Permission.AUDIT_DECIDE);
        if (note.length() > 2000) {
            throw new InvalidStep("The note is too long (at most 2000 characters)");
        }
        conditions.forEach(this::validate);
        LocalDate today = LocalDate.now(clock);
        for (ConditionInput condition : conditions) {
            if (condition.dueOn().isBefore(today) || !DateBounds.sensible(condition.dueOn(), today)) {
                throw new InvalidStep("The due date " + UkDates.typed(condition.dueOn()) + " of \""
                        + condition.description().trim() + "\" is not a real one: enter a date from "
                        + UkDates.typed(today) + " to " + UkDates.typed(DateBounds.latest(today)));
            }
        }
        Audit audit = access.ownSchool(auditId, user);
        requireVersion(audit.getVersion(), expectedVersion);
        boolean conditional = decision == Decision.APPROVED_WITH_CONDITIONS;
        if (conditional == conditions.isEmpty()) {
            throw new InvalidStep(conditional ? "Add at least one condition, with its owner and due date"
                    : "Conditions belong to \"approve with conditions\" only");
        }
        Rag rag = RagRule.rate(audit.getItems().stream().map(AuditItem::rated).toList(), LocalDate.now(clock));
        if (rag == Rag.RED && decision == Decision.APPROVED) {
            throw new InvalidStep("A red audit cannot be approved outright: approve with conditions, or reject");
        }
        audit.decide(decision, note.trim(), rag, user.displayName(), clock.instant());
        conditions.forEach(c -> audit.addCondition(c.description().trim(), c.owner().trim(), c.dueOn()));
        audits.flush();
        String reason = "Pre-placement check audit #" + audit.requireId() + ": " + decision.label().toLowerCase()
                + " (" + rag.label().toLowerCase() + ")" + (note.isBlank() ? "" : ". " + note.trim());
        // the status history keeps at most 2000 characters; the full note stays on the audit
        providers.recordAuditDecision(audit.getProviderId(), audit.requireId(), decision.providerStatus(), rag,
                reason.length() > 2000 ? reason.substring(0, 1997) + "..." : reason);
    }

    private AuditSheet sheet(Audit audit, SignedInUser user) {
        Map<Long, String> schools = new HashMap<>();
        for (Object[] row : audits.schoolNames(user.trustId())) {
            schools.put((Long) row[0], (String) row[1]);
        }
        String providerName = audits.providerName(audit.getProviderId(), user.trustId()).orElse("?");
        return AuditSheets.of(audit, providerName, schools, LocalDate.now(clock),
                audits.findCorrection(audit.requireId()).orElse(null));
    }

    private static void requireVersion(long current, long expected) {
        if (current != expected) {
            throw new ConcurrentEdit();
        }
    }

    private <T> void validate(T input) {
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    /** The audit does not exist, or is not in the user's trust. */
    public static class NotFound extends Refusal {
        NotFound() {
            super("This audit is not in your trust");
        }
    }

    /** Someone else saved the audit after this user opened it; their changes are kept. */
    public static class ConcurrentEdit extends Refusal {
        ConcurrentEdit() {
            super("Someone else saved this audit while you were working on it. Reload to see their changes.");
        }
    }
}
