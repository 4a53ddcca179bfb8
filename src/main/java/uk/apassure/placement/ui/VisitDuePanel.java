package uk.apassure.placement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Optional;
import uk.apassure.placement.PlacementPage;
import uk.apassure.placement.PlacementStatus;
import uk.apassure.provider.ui.ProviderView;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.visit.CadenceService;
import uk.apassure.visit.PlacementCadence;
import uk.apassure.visit.VisitCadence;
import uk.apassure.visit.ui.DueBadge;
import uk.apassure.visit.ui.VisitNewView;

/**
 * The placement page's "Visits" section: when the next visit or meeting is due at each of the
 * placement's providers (003: a month or ten sessions, whichever comes first), with "Record a
 * visit" there. Shown to those who read visits, while the placement has not ended.
 */
@org.springframework.stereotype.Component
class VisitDuePanel {

    private final CadenceService cadence;
    private final AccessGuard access;

    VisitDuePanel(CadenceService cadence, AccessGuard access) {
        this.cadence = cadence;
        this.access = access;
    }

    Optional<Component> create(PlacementPage page) {
        if (!access.isPermitted(Permission.VISIT_READ) || page.status().isFinal()) {
            return Optional.empty();
        }
        Div panel = new Div(new H3("Visits"));
        panel.addClassName("visit-due-panel");
        panel.setWidthFull();
        List<PlacementCadence> due = page.status() == PlacementStatus.ACTIVE ? cadence.forPlacement(page.id()) : List.of();
        if (due.isEmpty()) {
            Paragraph hint = new Paragraph("Once the placement is active, a visit or meeting is due at each provider"
                    + " by one month after the start or the " + VisitCadence.SESSIONS_BETWEEN_VISITS
                    + "th session there, whichever comes first; then again after each visit.");
            hint.addClassName("hint");
            panel.add(hint);
        }
        for (PlacementCadence provider : due) {
            Div line = DueBadge.line(provider);
            line.addComponentAtIndex(1, new RouterLink(provider.providerName(), ProviderView.class, provider.providerId()));
            if (access.isPermitted(Permission.VISIT_RECORD)) {
                line.add(VisitNewView.recordLink(provider.providerId()));
            }
            panel.add(line);
        }
        return Optional.of(panel);
    }
}
