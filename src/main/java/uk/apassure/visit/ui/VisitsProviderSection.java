package uk.apassure.visit.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.util.Optional;
import uk.apassure.provider.ui.ProviderPageSection;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.visit.CadenceRow;
import uk.apassure.visit.CadenceService;

/** The provider page's "Visits" section: when it was last visited and when the next visit is due (003). */
@org.springframework.stereotype.Component
class VisitsProviderSection implements ProviderPageSection {

    private final CadenceService cadence;
    private final AccessGuard access;

    VisitsProviderSection(CadenceService cadence, AccessGuard access) {
        this.cadence = cadence;
        this.access = access;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(long providerId) {
        if (!access.isPermitted(Permission.VISIT_READ)) {
            return Optional.empty();
        }
        Div section = new Div();
        section.addClassNames("page-section", "visit-cadence");
        Div heading = new Div(new H3("Visits"));
        heading.addClassName("section-heading");
        section.add(heading);
        Optional<CadenceRow> due = cadence.of(providerId);
        if (due.isEmpty()) {
            Paragraph none = new Paragraph("The visit cadence applies to approved providers only.");
            none.addClassName("hint");
            section.add(none);
        } else {
            section.add(DueBadge.line(due.get()));
        }
        if (access.isPermitted(Permission.VISIT_RECORD)) {
            section.add(new RouterLink("Record a visit", VisitNewView.class));
        }
        return Optional.of(section);
    }
}
