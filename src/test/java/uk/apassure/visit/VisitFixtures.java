package uk.apassure.visit;

import java.time.LocalDateTime;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.apassure.provider.ProviderFixtures;
import uk.apassure.provider.ProviderService;
import uk.apassure.provider.ProviderStatus;
import uk.apassure.security.SubjectRunner;

/** Providers and visits for visit tests: each test gets its own provider, so tests never see each other's visits. */
@Component
public class VisitFixtures {

    private final ProviderService providers;
    private final VisitService visits;
    private final SubjectRunner subjects;

    VisitFixtures(ProviderService providers, VisitService visits, SubjectRunner subjects) {
        this.providers = providers;
        this.visits = visits;
        this.subjects = subjects;
    }

    /** A new approved provider in trust A. */
    public long approvedProvider(String name) {
        return subjects.callAs("a1.slt", () -> {
            long id = providers.create(ProviderFixtures.farm(name + " " + UUID.randomUUID().toString().substring(0, 6)),
                    ProviderFixtures.site("Alpha", "AB1 2CD"));
            providers.changeStatus(id, 0, ProviderStatus.APPROVED, "Checks complete");
            return id;
        });
    }

    /** A draft as its author would have it after typing everything a submission needs. */
    public static VisitDraft complete(VisitDraft draft) {
        draft.setVisitedAt(LocalDateTime.of(2026, 3, 2, 10, 30));
        draft.setType(VisitType.QA_MONITORING);
        draft.setVisitors("A1 Visitor");
        draft.setSpokeToStaff(true);
        draft.setPupilWork("Maths workbook, up to date and marked");
        draft.setObservedLessons(true);
        draft.setActivities("Welding lesson, small group");
        for (JudgedArea area : JudgedArea.values()) {
            draft.setJudgement(area, Judgement.GOOD);
        }
        draft.setNotes("A calm, well-run morning.");
        return draft;
    }

    /** A submitted visit by {@code username} at {@code when}. */
    public long submittedVisit(String username, long providerId, LocalDateTime when) {
        return subjects.callAs(username, () -> {
            long id = visits.startDraft(providerId);
            VisitDraft draft = complete(visits.get(id).draft());
            draft.setVisitedAt(when);
            visits.submit(id, draft);
            return id;
        });
    }

    public long draftVisit(String username, long providerId) {
        return subjects.callAs(username, () -> visits.startDraft(providerId));
    }
}
