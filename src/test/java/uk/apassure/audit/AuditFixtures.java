package uk.apassure.audit;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import uk.apassure.provider.ProviderFixtures;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.SubjectRunner;

/** Audits in a given state for tests, made through the services as the right users would. */
@Component
public class AuditFixtures {

    private final AuditService audits;
    private final ProviderService providers;
    private final SubjectRunner subjects;

    AuditFixtures(AuditService audits, ProviderService providers, SubjectRunner subjects) {
        this.audits = audits;
        this.providers = providers;
        this.subjects = subjects;
    }

    public long provider(String name) {
        return subjects.callAs("a1.aplead", () -> providers.create(ProviderFixtures.farm(name),
                ProviderFixtures.site("Alpha", "AB1 2CD")));
    }

    public long draft(long providerId) {
        return subjects.callAs("a1.aplead", () -> audits.start(providerId, ChecklistService.PRE_PLACEMENT, null));
    }

    /**
     * Every item met, with a review date a year ahead where the item needs one; evidence an item
     * requires was "seen on site, not kept" (the service refuses "met" without evidence).
     */
    public void fillAllMet(String username, long auditId) {
        subjects.runAs(username, () -> {
            for (AuditSheet.Item item : audits.get(auditId).items()) {
                audits.recordItem(auditId, item.id(), item.version(), new ItemAnswer(Outcome.MET, "Seen",
                        item.needsExpiry() ? LocalDate.now().plusYears(1) : null,
                        item.evidenceRequired() ? SEEN_ON_SITE : null));
            }
        });
    }

    public static final String SEEN_ON_SITE = "Seen on the visit; the provider keeps the original";

    public long submitted(long providerId) {
        long id = draft(providerId);
        fillAllMet("a1.aplead", id);
        subjects.runAs("a1.aplead", () -> audits.submit(id, version(id)));
        return id;
    }

    public long confirmed(long providerId) {
        long id = submitted(providerId);
        subjects.runAs("a1.dsl", () -> audits.confirmSafeguarding(id, version(id)));
        return id;
    }

    public long decided(long providerId) {
        long id = confirmed(providerId);
        subjects.runAs("a1.slt", () -> audits.decide(id, version(id), Decision.APPROVED_WITH_CONDITIONS, "",
                java.util.List.of(new ConditionInput("Send the missing certificates", "A1 AP Lead",
                        LocalDate.now().plusWeeks(2)))));
        return id;
    }

    public long version(long auditId) {
        return subjects.callAs("a1.aplead", () -> audits.get(auditId).version());
    }
}
