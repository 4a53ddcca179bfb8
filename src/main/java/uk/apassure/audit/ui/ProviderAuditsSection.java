package uk.apassure.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.apassure.audit.AuditRow;
import uk.apassure.audit.AuditService;
import uk.apassure.audit.ChecklistService;
import uk.apassure.audit.ExpiringEvidence;
import uk.apassure.provider.AuditGlance;
import uk.apassure.provider.ui.ProviderPageSection;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;

/** The provider page's audit section: suitability at a glance, expiring evidence, the audits, and "start audit". */
@org.springframework.stereotype.Component
class ProviderAuditsSection implements ProviderPageSection {

    /** Evidence expiring within this many days is shown on the provider page. */
    static final int EXPIRY_WARNING_DAYS = 60;

    private final AuditService audits;
    private final ChecklistService checklists;
    private final AccessGuard access;
    private final Clock clock;

    ProviderAuditsSection(AuditService audits, ChecklistService checklists, AccessGuard access, Clock clock) {
        this.audits = audits;
        this.checklists = checklists;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public java.util.Optional<com.vaadin.flow.component.Component> create(long providerId) {
        return java.util.Optional.of(section(providerId));
    }

    private com.vaadin.flow.component.Component section(long providerId) {
        LocalDate today = LocalDate.now(clock);
        Div section = new Div();
        section.addClassNames("page-section", "provider-audits");
        Div heading = new Div(new H3("Pre-placement check audits"));
        heading.addClassName("section-heading");
        section.add(heading);
        if (!access.isPermitted(Permission.AUDIT_READ)) {
            section.add(new AuditCountsPanel(audits.counts(providerId), "This provider's audits, as numbers."));
            return section;
        }
        List<AuditRow> rows = audits.forProvider(providerId);
        AuditRow latest = rows.stream().filter(row -> row.decidedAt() != null)
                .max(java.util.Comparator.comparing(AuditRow::decidedAt)).orElse(null);
        Span glance = new Span("Latest decided audit: " + AuditGlance.of(latest == null ? null : latest.rag(),
                latest == null || latest.decidedAt() == null ? null
                        : latest.decidedAt().atZone(clock.getZone()).toLocalDate(), today));
        glance.addClassNames("audit-glance", latest == null || latest.rag() == null ? "rag-none"
                : "rag-" + latest.rag().name().toLowerCase(java.util.Locale.ROOT));
        section.add(glance);
        for (ExpiringEvidence expiring : audits.expiringEvidence(providerId, EXPIRY_WARNING_DAYS)) {
            Paragraph warning = new Paragraph(expiring.describe(today));
            warning.addClassName("expiry-warning");
            section.add(warning);
        }
        if (access.isPermitted(Permission.AUDIT_EDIT)) {
            section.add(startAudit(providerId));
        }
        if (rows.isEmpty()) {
            section.add(new Paragraph("No audits yet."));
        }
        rows.forEach(row -> section.add(card(row)));
        return section;
    }

    private com.vaadin.flow.component.Component startAudit(long providerId) {
        Select<ChecklistService.TemplateChoice> template = new Select<>();
        template.setAriaLabel("Checklist");
        List<ChecklistService.TemplateChoice> choices = checklists.current();
        template.setItems(choices);
        template.setItemLabelGenerator(c -> c.name() + " (v" + c.number() + ")");
        String suggested = audits.suggestedTemplate(providerId);
        choices.stream().filter(c -> c.template().equals(suggested)).findFirst()
                .or(() -> choices.stream().findFirst()).ifPresent(template::setValue);
        Button start = new Button("Start audit", VaadinIcon.PLUS.create(), click -> {
            if (template.getValue() == null) {
                template.setInvalid(true);
                click.getSource().setEnabled(true);
                return;
            }
            long[] id = new long[1];
            if (AuditAttempt.run(() -> id[0] = audits.start(providerId, template.getValue().template(), null))) {
                click.getSource().getUI().ifPresent(ui -> ui.navigate(AuditView.class, id[0]));
            } else {
                click.getSource().setEnabled(true);
            }
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClassName("start-audit");
        // one press, one draft: a double tap on a slow connection would otherwise start two
        start.setDisableOnClick(true);
        Div row = new Div(template, start);
        row.addClassName("audit-section-title");
        return row;
    }

    private static Div card(AuditRow row) {
        RouterLink link = new RouterLink("Audit #" + row.id() + " · " + row.schoolName(), AuditView.class, row.id());
        link.addClassName("card-title");
        Span body = new Span(row.state().label() + " · started " + AuditFormat.day(row.startedAt())
                + (row.decision() == null ? "" : " · " + row.decision().label() + " " + AuditFormat.day(row.decidedAt())));
        body.addClassName("card-body");
        Div card = new Div(link, body);
        if (row.rag() != null) {
            card.add(new RagBadge(row.rag()));
        }
        card.addClassName("card");
        return card;
    }
}
