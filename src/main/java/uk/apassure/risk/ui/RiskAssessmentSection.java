package uk.apassure.risk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import uk.apassure.base.time.UkDates;
import uk.apassure.base.ui.Attempt;
import uk.apassure.provider.ui.ProviderPageSection;
import uk.apassure.risk.ProviderRiskState;
import uk.apassure.risk.RiskAssessmentPage;
import uk.apassure.risk.RiskAssessmentService;

/**
 * The provider page's risk assessment (001 §7.9): its state with the reasons it needs review, the
 * current version's hazards, and the earlier versions, read-only. Every text is set as text, never as
 * HTML.
 */
@org.springframework.stereotype.Component
class RiskAssessmentSection implements ProviderPageSection {

    private final RiskAssessmentService assessments;
    private final Clock clock;

    RiskAssessmentSection(RiskAssessmentService assessments, Clock clock) {
        this.assessments = assessments;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 28;
    }

    @Override
    public Optional<Component> create(long providerId) {
        Div section = new Div();
        section.addClassNames("page-section", "risk-assessment");
        render(section, providerId);
        return Optional.of(section);
    }

    private void render(Div section, long providerId) {
        section.removeAll();
        RiskAssessmentPage page = assessments.page(providerId);
        Div actions = new Div();
        actions.addClassName("risk-actions");
        Runnable reload = () -> render(section, providerId);
        if (page.canAssess()) {
            Button approve = new Button(page.current() == null ? "Make risk assessment" : "New version",
                    VaadinIcon.CLIPBOARD_CHECK.create(), click -> {
                        var draft = new java.util.concurrent.atomic.AtomicReference<uk.apassure.risk.RiskDraft>();
                        if (Attempt.run("", () -> draft.set(assessments.draft(providerId)))) {
                            RiskAssessmentDialog.open(assessments, draft.get(), LocalDate.now(clock), reload);
                        }
                    });
            approve.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            approve.addClassName("risk-approve");
            actions.add(approve);
        }
        if (page.canReport()) {
            Button report = new Button("Report a change", VaadinIcon.EXCLAMATION_CIRCLE_O.create(),
                    click -> ReportChangeDialog.open(assessments, providerId, reload));
            report.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(report);
        }
        Div heading = new Div(new H3("Risk assessment"), actions);
        heading.addClassName("section-heading");
        section.add(heading, stateLine(page.state(), page.current()));
        if (!page.state().reasons().isEmpty()) {
            section.add(reasons(page.state()));
        }
        if (page.current() != null) {
            section.add(version(page.current()));
        }
        for (RiskAssessmentPage.Version earlier : page.previous()) {
            Div body = version(earlier);
            Details details = new Details("Version " + earlier.number() + " · approved "
                    + UkDates.date(earlier.approvedOn()) + " by " + earlier.approvedBy() + " (replaced, read-only)", body);
            details.addClassName("risk-previous");
            section.add(details);
        }
    }

    private static Component stateLine(ProviderRiskState state, RiskAssessmentPage.@org.jspecify.annotations.Nullable Version current) {
        Span badge = RiskBadge.of(state.state());
        Span words = new Span(current == null ? "No risk assessment yet: it is made from the provider's latest"
                + " signed-off audit."
                : "Version " + current.number() + " · approved " + UkDates.date(current.approvedOn()) + " by "
                        + current.approvedBy() + " · renewal "
                        + (state.state() == uk.apassure.risk.RiskState.OVERDUE ? "was due " : "due ")
                        + UkDates.date(state.dueOn()));
        Div line = new Div(badge, words);
        line.addClassNames("due-line", "risk-state");
        return line;
    }

    private static Component reasons(ProviderRiskState state) {
        UnorderedList list = new UnorderedList();
        list.addClassName("risk-reasons");
        state.reasons().forEach(reason -> list.add(new ListItem(UkDates.date(reason.on()) + " · " + reason.text()
                + " (" + reason.by() + ")")));
        Paragraph why = new Paragraph("Review needed because of changes since approval:");
        why.addClassName("risk-why");
        return new Div(why, list);
    }

    private static Div version(RiskAssessmentPage.Version version) {
        Div lines = new Div();
        lines.addClassName("risk-lines");
        if (!version.summary().isBlank()) {
            Paragraph summary = new Paragraph(version.summary());
            summary.addClassName("risk-summary");
            lines.add(summary);
        }
        version.hazards().forEach(line -> {
            Span title = new Span(line.hazard().label() + " · " + line.activity());
            title.addClassName("card-title");
            Span where = new Span(line.site() + (line.description().isBlank() ? "" : " · " + line.description()));
            where.addClassName("card-body");
            Span who = new Span("At risk: " + line.whoAtRisk());
            who.addClassName("card-body");
            Span controls = new Span("Controls: " + line.controls());
            controls.addClassNames("card-body", "risk-controls");
            Span residual = new Span("Residual risk: " + line.residual().label());
            residual.addClassNames("status-badge", "risk-residual-" + line.residual().name().toLowerCase(java.util.Locale.ROOT));
            Div card = new Div(title, where, who, controls, residual);
            card.addClassNames("card", "risk-line");
            lines.add(card);
        });
        Paragraph from = new Paragraph("Made from audit #" + version.auditId() + ".");
        from.addClassName("hint");
        lines.add(from);
        return lines;
    }
}
