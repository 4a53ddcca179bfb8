package uk.apassure.demo;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import uk.apassure.audit.AuditService;
import uk.apassure.audit.AuditSheet;
import uk.apassure.audit.ChecklistService;
import uk.apassure.audit.ConditionInput;
import uk.apassure.audit.Decision;
import uk.apassure.audit.EvidenceService;
import uk.apassure.audit.ItemAnswer;
import uk.apassure.audit.Outcome;
import uk.apassure.provider.ProviderFilter;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.SubjectRunner;

/**
 * A few pre-placement check audits for the demo trust, made through the services by the demo
 * users of Meadowbank Academy: one at each step of the workflow, and one with insurance that
 * expires soon, so the provider page shows its warning. Every item that requires evidence and is
 * met has it, as the service insists: a (fictional) PDF, or "seen on site, not kept" with a reason.
 */
@Component
@Profile("demo")
class DemoAudits {

    /** Evidence seen on the visit and deliberately not copied, and why. */
    private static final Map<String, String> SEEN_NOT_KEPT = Map.of(
            "Safer recruitment: written confirmation of staff checks", "Single central record seen with the provider's"
                    + " manager; not copied because it holds staff personal data",
            "Fire safety", "Fire risk assessment and drill log seen on the site visit; the provider keeps the originals");

    private final AuditService audits;
    private final EvidenceService evidence;
    private final ProviderService providers;
    private final SubjectRunner runner;
    private final Clock clock;

    DemoAudits(AuditService audits, EvidenceService evidence, ProviderService providers, SubjectRunner runner,
            Clock clock) {
        this.audits = audits;
        this.evidence = evidence;
        this.providers = providers;
        this.runner = runner;
        this.clock = clock;
    }

    void create() {
        decided("Willow Bank Farm", ChecklistService.PRE_PLACEMENT, Decision.APPROVED, List.of());
        decided("Open Lantern Online School", ChecklistService.PRE_PLACEMENT_ONLINE,
                Decision.APPROVED_WITH_CONDITIONS, List.of(new ConditionInput(
                        "Send the updated online safety policy", "Priya Shah", today().plusWeeks(3))));
        // signed off too, so that the other schools' demo placements can start there
        decided("The Forge Construction Centre", ChecklistService.PRE_PLACEMENT, Decision.APPROVED, List.of());
        decided("Ashworth Pupil Referral Unit", ChecklistService.PRE_PLACEMENT, Decision.APPROVED, List.of());
        long riverbend = started("Riverbend Equine Centre", ChecklistService.PRE_PLACEMENT);
        fill(riverbend, Integer.MAX_VALUE, "");
        runner.runAs("aplead", () -> audits.submit(riverbend, audits.get(riverbend).version()));
        long summit = started("Summit Climbing Wall", ChecklistService.PRE_PLACEMENT);
        fill(summit, 8, "");
        // /renewals: Willow Bank Farm's place on the LA's approved list ends soon, Ashworth PRU's next year
        approvedUntil("Willow Bank Farm", today().plusDays(14));
        approvedUntil("Ashworth Pupil Referral Unit", today().plusYears(1));
    }

    private void approvedUntil(String provider, LocalDate until) {
        runner.runAs("aplead", () -> {
            long id = providers.list(ProviderFilter.ANY.withName(provider), PageRequest.of(0, 1)).getFirst().id();
            uk.apassure.provider.ProviderDetails details = providers.get(id).details();
            details.setLaApproved(true);
            details.setLaApprovedUntil(until);
            providers.update(id, details);
        });
    }

    private long decided(String provider, String template, Decision decision, List<ConditionInput> conditions) {
        long id = started(provider, template);
        fill(id, Integer.MAX_VALUE, provider);
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

    /**
     * The first {@code count} items met, with their evidence where required; insurance expires in
     * 21 days (The Forge's employer's liability insurance expired 12 days ago, for /renewals), other
     * dates a year ahead.
     */
    private void fill(long auditId, int count, String provider) {
        runner.runAs("aplead", () -> {
            List<AuditSheet.Item> items = audits.get(auditId).items();
            for (AuditSheet.Item item : items.subList(0, Math.min(count, items.size()))) {
                LocalDate expires = !item.needsExpiry() ? null : expiry(provider, item.prompt());
                String seen = item.evidenceRequired() ? SEEN_NOT_KEPT.get(item.prompt()) : null;
                if (item.evidenceRequired() && seen == null) {
                    evidence.upload(auditId, item.id(), fileName(item.prompt()), pdf(item.prompt()));
                }
                audits.recordItem(auditId, item.id(), item.version(), new ItemAnswer(Outcome.MET, "", expires, seen));
            }
        });
    }

    private LocalDate expiry(String provider, String prompt) {
        if (provider.equals("The Forge Construction Centre") && prompt.startsWith("Employer's liability")) {
            return today().minusDays(12);
        }
        return prompt.contains("liability insurance") ? today().plusDays(21) : today().plusYears(1);
    }

    private static String fileName(String prompt) {
        String slug = prompt.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (slug.length() > 60 ? slug.substring(0, 60) : slug) + ".pdf";
    }

    /** A one-page PDF standing in for the provider's document (demo data is fictional). */
    private static byte[] pdf(String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(title + " (demonstration copy, fictional provider)"));
        document.close();
        return out.toByteArray();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
