package uk.apassure.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.domain.Rag;

/** Everything one audit's page and PDF show, read in one transaction; the RAG is worked out by {@link RagRule}. */
public record AuditSheet(
        long id,
        long version,
        long providerId,
        String providerName,
        long schoolId,
        String schoolName,
        String checklistName,
        int checklistNumber,
        boolean onlineOnly,
        AuditState state,
        @Nullable Long correctsAuditId,
        Rag rag,
        SignOff started,
        @Nullable SignOff submitted,
        @Nullable SignOff safeguardingConfirmed,
        @Nullable SignOff decided,
        @Nullable Decision decision,
        String decisionNote,
        List<Section> sections,
        List<Condition> conditions,
        List<SchoolSignOff> adoptions,
        List<SentBack> sentBack,
        @Nullable Long correctionId) {

    /** How the page and the PDF introduce the national standard an item checks. */
    public static final String STANDARD_LABEL = "National standard: ";

    public boolean isDecided() {
        return state == AuditState.DECIDED;
    }

    public List<Item> items() {
        return sections.stream().flatMap(section -> section.items().stream()).toList();
    }

    /** The items the DSL confirms: safeguarding, policies about staff checks. */
    public List<Item> dslItems() {
        return items().stream().filter(Item::dslConfirms).toList();
    }

    /** The latest time the audit was sent back to the AP lead, while it is a draft again. */
    public @Nullable SentBack openSendBack() {
        return state == AuditState.DRAFT && !sentBack.isEmpty() ? sentBack.getLast() : null;
    }

    public record SignOff(String by, Instant at) {}

    public record Section(String title, Rag rag, List<Item> items) {}

    public record Item(
            long id,
            long version,
            String prompt,
            String guidance,
            boolean evidenceRequired,
            boolean needsExpiry,
            boolean dslConfirms,
            boolean critical,
            @Nullable String standardRef,
            @Nullable Outcome outcome,
            String note,
            @Nullable LocalDate expiresOn,
            @Nullable SignOff checked,
            @Nullable String confirmedBy,
            List<EvidenceFile> evidence,
            @Nullable String seenNotKeptReason) {

        /** A file, or "seen on site, not kept" with a reason. */
        public boolean hasEvidence() {
            return !evidence.isEmpty() || seenNotKeptReason != null;
        }

        /** May be "met": an item that requires evidence needs a file or "seen on site, not kept". */
        public boolean mayBeMet() {
            return !evidenceRequired || hasEvidence();
        }
    }

    public record EvidenceFile(long id, String fileName, String mediaType, long sizeBytes, String uploadedBy,
            Instant uploadedAt) {}

    public record Condition(String description, String owner, LocalDate dueOn, boolean done) {}

    public record SchoolSignOff(long schoolId, String schoolName, Decision decision, String note, SignOff signed,
            List<Recheck> rechecks) {}

    public record Recheck(String prompt, Outcome outcome, String note) {}

    /** Sent back to the AP lead by the DSL or SLT, from the step they were asked to take. */
    public record SentBack(AuditState fromState, String reason, SignOff by) {}
}
