package uk.apassure.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.apassure.audit.AuditWork;
import uk.apassure.audit.ConditionRow;
import uk.apassure.base.time.UkDates;
import uk.apassure.provider.ui.ProviderPageSection;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;

/**
 * The provider page's audit conditions: what an "approve with conditions" decision asked for, who
 * owns it and by when, open ones first. Governors see how many are open.
 */
@org.springframework.stereotype.Component
class ProviderConditionsSection implements ProviderPageSection {

    private final AuditWork work;
    private final AccessGuard access;
    private final Clock clock;

    ProviderConditionsSection(AuditWork work, AccessGuard access, Clock clock) {
        this.work = work;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public Optional<Component> create(long providerId) {
        Div section = new Div();
        section.addClassNames("page-section", "provider-conditions");
        Div heading = new Div(new H3("Audit conditions"));
        heading.addClassName("section-heading");
        if (!access.isPermitted(Permission.AUDIT_READ)) {
            // governors: counts only, never an audit's detail
            AuditWork.ConditionTally tally = work.conditionTally(providerId);
            if (tally.open() + tally.done() == 0) {
                return Optional.empty();
            }
            section.add(heading, new Paragraph(tally.open() + (tally.open() == 1 ? " open condition · "
                    : " open conditions · ") + tally.done() + " done"));
            return Optional.of(section);
        }
        List<ConditionRow> conditions = work.conditionsOf(providerId);
        if (conditions.isEmpty()) {
            return Optional.empty();
        }
        section.add(heading);
        LocalDate today = LocalDate.now(clock);
        conditions.forEach(condition -> section.add(card(condition, today)));
        return Optional.of(section);
    }

    private static Component card(ConditionRow condition, LocalDate today) {
        RouterLink link = new RouterLink("", AuditView.class, condition.auditId());
        Span what = new Span(condition.description());
        what.addClassName("card-title");
        boolean late = !condition.done() && condition.dueOn().isBefore(today);
        Span state = new Span(condition.done() ? "Done" : late ? "Overdue" : "Open");
        state.addClassNames("status-badge", condition.done() ? "status-approved"
                : late ? "status-do-not-use" : "status-approved-with-conditions");
        Span who = new Span(condition.ownerName() + " · due " + UkDates.date(condition.dueOn()) + " · audit #"
                + condition.auditId() + ", " + condition.schoolName());
        Div line = new Div(state, who);
        line.addClassName("due-line");
        link.add(what, line);
        link.addClassNames("card", "condition-card");
        return link;
    }
}
