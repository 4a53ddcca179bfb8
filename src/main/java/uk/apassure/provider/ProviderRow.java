package uk.apassure.provider;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.domain.Rag;

/**
 * One row of the register grid. Active placements are 0 until placements are built (a later
 * issue); the grid shows no column for them until then.
 */
public record ProviderRow(
        long id,
        String name,
        ProviderType type,
        ProviderStatus status,
        @Nullable String urn,
        @Nullable OfstedJudgement ofstedJudgement,
        @Nullable LocalDate ofstedDate,
        @Nullable String town,
        boolean laApproved,
        Registration registration,
        @Nullable Rag auditRag,
        @Nullable LocalDate auditOn) {

    /** How the latest decided audit reads at a glance: its RAG and date, or a flag when there is none or it is old. */
    public String auditGlance(LocalDate today) {
        return AuditGlance.of(auditRag, auditOn, today);
    }

    public int activePlacements() {
        return 0;
    }
}
