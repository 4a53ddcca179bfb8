package uk.apassure.placement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.time.LocalDate;
import uk.apassure.base.ui.Notices;
import uk.apassure.placement.PlacementService;
import uk.apassure.placement.SuspensionService;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.Permission;
import uk.apassure.security.RequiresPermission;

/**
 * Proposing a placement: the pupil (a UPN already known to the school updates that pupil), the
 * terms, and a week at one or more providers. Every problem comes back from the service at once,
 * each next to its field.
 */
@Route("placements/new")
@PageTitle("New placement")
@RequiresPermission(Permission.PLACEMENT_EDIT)
public class PlacementNewView extends VerticalLayout implements BeforeEnterObserver {

    final PlacementForm form;
    final Button propose = new Button("Propose placement");
    private final SuspensionService suspensions;

    public PlacementNewView(PlacementService placements, ProviderService providers, SuspensionService suspensions,
            Clock clock) {
        this.suspensions = suspensions;
        addClassName("provider-view");
        form = new PlacementForm(providers, LocalDate.now(clock)).empty();
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        propose.addClickListener(click -> {
            long[] id = new long[1];
            if (form.submit(() -> id[0] = placements.propose(form.pupilDetails(), form.terms()))) {
                Notices.saved("Placement proposed");
                getUI().ifPresent(ui -> ui.navigate(PlacementView.class, id[0]));
            }
        });
        add(new H2("New placement"), form, propose);
    }

    /** Provision for a suspension, proposed from its to-do, starts filled in (ProvisionPrefill). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ProvisionPrefill.apply(form, suspensions, event.getLocation().getQueryParameters());
    }
}
