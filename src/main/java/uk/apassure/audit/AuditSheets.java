package uk.apassure.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Builds the {@link AuditSheet} of an audit, rating each section and the whole by {@link RagRule}. */
final class AuditSheets {

    private AuditSheets() {}

    static AuditSheet of(Audit audit, String providerName, Map<Long, String> schoolNames, LocalDate today,
            @Nullable Long correctionId) {
        ChecklistVersion checklist = audit.getChecklistVersion();
        Map<ChecklistSection, List<AuditItem>> bySection = audit.getItems().stream().collect(
                java.util.stream.Collectors.groupingBy(item -> item.getChecklistItem().getSection(),
                        java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()));
        List<AuditSheet.Section> sections = checklist.getSections().stream()
                .map(section -> section(section, bySection.getOrDefault(section, List.of()), today))
                .toList();
        List<AuditItem> all = audit.getItems();
        return new AuditSheet(audit.requireId(), audit.getVersion(), audit.getProviderId(), providerName,
                audit.getSchoolId(), schoolNames.getOrDefault(audit.getSchoolId(), "?"), checklist.getName(),
                checklist.getNumber(), checklist.isOnlineOnly(), audit.getState(), audit.getCorrectsAuditId(),
                audit.getDecidedRag() != null ? audit.getDecidedRag()
                        : RagRule.rate(all.stream().map(AuditItem::rated).toList(), today),
                new AuditSheet.SignOff(audit.getStartedByName(), audit.getStartedAt()),
                signOff(audit.getSubmittedByName(), audit.getSubmittedAt()),
                signOff(audit.getConfirmedByName(), audit.getConfirmedAt()),
                signOff(audit.getDecidedByName(), audit.getDecidedAt()),
                audit.getDecision(), audit.getDecisionNote() == null ? "" : audit.getDecisionNote(), sections,
                audit.getConditions().stream().map(c -> new AuditSheet.Condition(c.getDescription(),
                        c.getOwnerName(), c.getDueOn(), c.isDone())).toList(),
                audit.getAdoptions().stream().map(a -> new AuditSheet.SchoolSignOff(a.getSchoolId(),
                        schoolNames.getOrDefault(a.getSchoolId(), "?"), a.getDecision(), a.getNote(),
                        new AuditSheet.SignOff(a.getSignedByName(), a.getSignedAt()),
                        a.getRechecks().stream().map(r -> new AuditSheet.Recheck(
                                r.getAuditItem().getChecklistItem().getPrompt(), r.getOutcome(), r.getNote()))
                                .toList())).toList(),
                audit.getSendBacks().stream().map(b -> new AuditSheet.SentBack(b.getFromState(), b.getReason(),
                        new AuditSheet.SignOff(b.getSentBackByName(), b.getSentBackAt()))).toList(),
                correctionId);
    }

    private static AuditSheet.Section section(ChecklistSection section, List<AuditItem> items, LocalDate today) {
        return new AuditSheet.Section(section.getTitle(),
                RagRule.rate(items.stream().map(AuditItem::rated).toList(), today),
                items.stream().map(AuditSheets::item).toList());
    }

    private static AuditSheet.Item item(AuditItem item) {
        ChecklistItem check = item.getChecklistItem();
        return new AuditSheet.Item(item.requireId(), item.getVersion(), check.getPrompt(), check.spec().guidance(),
                check.isEvidenceRequired(), check.isNeedsExpiry(), check.needsDsl(), check.isCritical(), check.getStandardRef(),
                item.getOutcome(), item.getNote(), item.getExpiresOn(),
                signOff(item.getCheckedByName(), item.getCheckedAt()), item.getConfirmedByName(),
                item.getEvidence().stream().map(e -> new AuditSheet.EvidenceFile(e.requireId(), e.getFileName(),
                        e.getMediaType(), e.getSizeBytes(), e.getUploadedByName(), e.getUploadedAt())).toList(),
                item.getSeenNotKeptReason());
    }

    private static AuditSheet.@Nullable SignOff signOff(@Nullable String by, @Nullable Instant at) {
        return by == null || at == null ? null : new AuditSheet.SignOff(by, at);
    }
}
