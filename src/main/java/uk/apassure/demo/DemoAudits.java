package uk.apassure.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import uk.apassure.audit.AuditService;
import uk.apassure.audit.AuditSheet;
import uk.apassure.audit.ChecklistService;
import uk.apassure.audit.ConditionInput;
import uk.apassure.audit.Decision;
import uk.apassure.audit.ItemAnswer;
import uk.apassure.audit.Outcome;
import uk.apassure.provider.ProviderFilter;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.SubjectRunner;

/**
 * A few pre-placement check audits for the demo trust, made through the services by the demo
 * users of Meadowbank Academy: one at each step of the workflow, and one with insurance that
 * expires soon, so the provider page shows its warning.
 */
@Component
@Profile("demo")
class DemoAudits {

    private final AuditService audits;
    private final ProviderService providers;
    private final SubjectRunner runner;
    private final Clock clock;

    DemoAudits(AuditService audits, ProviderService providers, SubjectRunner runner, Clock clock) {
        this.audits = audits;
        this.providers = providers;
        this.runner = runner;
        this.clock = clock;
    }

    void create() {
        decided("Willow Bank Farm", ChecklistService.PRE_PLACEMENT, Decision.APPROVED, List.of());
        decided("Open Lantern Online School", ChecklistService.PRE_PLACEMENT_ONLINE,
                Decision.APPROVED_WITH_CONDITIONS, List.of(new ConditionInput(
                        "Send the updated online safety policy", "Priya Shah", today().plusWeeks(3))));
        long riverbend = started("Riverbend Equine Centre", ChecklistService.PRE_PLACEMENT);
        fill(riverbend, Integer.MAX_VALUE);
        runner.runAs("aplead", () -> audits.submit(riverbend, audits.get(riverbend).version()));
        long summit = started("Summit Climbing Wall", ChecklistService.PRE_PLACEMENT);
        fill(summit, 8);
    }

    private long decided(String provider, String template, Decision decision, List<ConditionInput> conditions) {
        long id = started(provider, template);
        fill(id, Integer.MAX_VALUE);
        runner.runAs("aplead", () -> audits.submit(id, audits.get(id).version()));
        runner.runAs("dsl", () -> audits.confirmSafeguarding(id, audits.get(id).version()));
        runner.runAs("head", () -> audits.decide(id, audits.get(id).version(), decision,
                "Checked on a visit with the provider's manager", conditions));
        return id;
    }

    private long started(String provider, String template) {
        return runner.callAs("aplead", () -> {
            long providerId = providers.list(ProviderFilter.ANY.withName(provider), PageRequest.of(0, 1))
                    .getFirst().id();
            return audits.start(providerId, template, null);
        });
    }

    /** The first {@code count} items met; insurance expires in 21 days, other dates a year ahead. */
    private void fill(long auditId, int count) {
        runner.runAs("aplead", () -> {
            List<AuditSheet.Item> items = audits.get(auditId).items();
            for (AuditSheet.Item item : items.subList(0, Math.min(count, items.size()))) {
                LocalDate expires = !item.needsExpiry() ? null
                        : item.prompt().contains("liability insurance") ? today().plusDays(21) : today().plusYears(1);
                audits.recordItem(auditId, item.id(), item.version(), new ItemAnswer(Outcome.MET, "", expires));
            }
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
