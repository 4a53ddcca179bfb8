package uk.apassure.visit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import uk.apassure.base.ui.Notices;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.Role;
import uk.apassure.visit.VisitService;

/** Starts a visit: choose the provider, and the draft exists (and autosaves) from then on. */
@Route("visits/new")
@PageTitle("New visit")
@RolesAllowed({Role.Names.AP_LEAD, Role.Names.VISITOR, Role.Names.DSL, Role.Names.SLT, Role.Names.HEADTEACHER})
public class VisitNewView extends VerticalLayout {

    public VisitNewView(VisitService visits, ProviderService providers) {
        addClassName("visit-view");
        RouterLink back = new RouterLink("← All visits", VisitListView.class);
        back.addClassName("back-link");
        ProviderPicker provider = new ProviderPicker(providers, "Provider");
        provider.setWidthFull();
        provider.setRequiredIndicatorVisible(true);
        Paragraph scope = new Paragraph("Any provider of your trust's register that is not archived or marked"
                + " \"do not use\". (Placements are not built yet, so the list is not narrowed to the providers"
                + " your school uses.)");
        scope.addClassName("hint");
        Button start = new Button("Start visit", click -> {
            if (provider.getValue() == null) {
                provider.setInvalid(true);
                provider.setErrorMessage("Choose the provider you are visiting");
                return;
            }
            try {
                long id = visits.startDraft(provider.getValue().id());
                getUI().ifPresent(ui -> ui.navigate(VisitView.class, id));
            } catch (VisitService.InvalidVisit e) {
                Notices.problem(String.join(" ", e.problems()));
            }
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClassName("start-visit");
        add(back, new H2("New visit"), provider, scope, start);
    }
}
