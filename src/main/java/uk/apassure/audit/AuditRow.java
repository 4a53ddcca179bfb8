package uk.apassure.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.domain.Rag;

/** One line of the audit list: read as a projection, one query per page. */
public record AuditRow(
        long id,
        long providerId,
        String providerName,
        String schoolName,
        String checklistName,
        int checklistNumber,
        AuditState state,
        Instant startedAt,
        @Nullable Decision decision,
        @Nullable Rag rag,
        @Nullable Instant decidedAt) {}
