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
        List<SchoolSignOff> adoptions) {

    public boolean isDecided() {
        return state == AuditState.DECIDED;
    }

    public List<Item> items() {
        return sections.stream().flatMap(section -> section.items().stream()).toList();
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
            @Nullable Outcome outcome,
            String note,
            @Nullable LocalDate expiresOn,
            @Nullable SignOff checked,
            @Nullable String confirmedBy,
            List<EvidenceFile> evidence) {}

    public record EvidenceFile(long id, String fileName, String mediaType, long sizeBytes, String uploadedBy,
            Instant uploadedAt) {}

    public record Condition(String description, String owner, LocalDate dueOn, boolean done) {}

    public record SchoolSignOff(String schoolName, Decision decision, String note, SignOff signed,
            List<Recheck> rechecks) {}

    public record Recheck(String prompt, Outcome outcome, String note) {}
}
