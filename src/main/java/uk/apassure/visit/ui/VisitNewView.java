package uk.apassure.visit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.domain.Refusal;
import uk.apassure.base.ui.Notices;
import uk.apassure.provider.ProviderChoice;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.Permission;
import uk.apassure.security.RequiresPermission;
import uk.apassure.visit.VisitPage;
import uk.apassure.visit.VisitService;

/**
 * Starts a visit: choose the provider and the site (its main site to begin with), and the draft
 * exists (and autosaves) from then on. {@code /visits/new?provider=12} (optionally
 * {@code &site=34}) opens with that provider chosen, e.g. from the provider's page.
 */
@Route("visits/new")
@PageTitle("New visit")
@RequiresPermission(Permission.VISIT_RECORD)
public class VisitNewView extends VerticalLayout implements BeforeEnterObserver {

    private final VisitService visits;
    private final ProviderService providers;
    private final ProviderPicker provider;
    final Select<VisitPage.Site> site = new Select<>();

    public VisitNewView(VisitService visits, ProviderService providers) {
        this.visits = visits;
        this.providers = providers;
        addClassName("visit-view");
        RouterLink back = new RouterLink("← All visits", VisitListView.class);
        back.addClassName("back-link");
        provider = new ProviderPicker(providers, "Provider");
        provider.setWidthFull();
        provider.setRequiredIndicatorVisible(true);
        provider.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                showSites(event.getValue(), null);
            }
        });
        site.setLabel("Site");
        site.setItemLabelGenerator(VisitPage.Site::name);
        site.setWidthFull();
        site.setVisible(false);
        Paragraph scope = new Paragraph("Any provider of your trust's register that is not archived or marked"
                + " \"do not use\": a pre-placement visit can be to a provider your school does not use yet.");
        scope.addClassName("hint");
        Button start = new Button("Start visit", click -> start());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClassName("start-visit");
        add(back, new H2("New visit"), provider, site, scope, start);
    }

    /** "+ Record a visit", opening this view with the provider (and its main site) chosen. */
    public static RouterLink recordLink(long providerId) {
        RouterLink record = new RouterLink("", VisitNewView.class);
        record.add(VaadinIcon.PLUS.create(), new Span("Record a visit"));
        record.setQueryParameters(QueryParameters.of(VisitListView.PROVIDER, String.valueOf(providerId)));
        record.addClassName("record-visit");
        return record;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        Optional<Long> providerId = number(query, "provider");
        if (providerId.isEmpty()) {
            return;
        }
        try {
            ProviderChoice chosen = providers.visitable(providerId.get());
            provider.setValue(chosen);
            showSites(chosen, number(query, "site").orElse(null));
        } catch (Refusal e) {
            Notices.problem(e.getMessage());
        }
    }

    /** The provider's sites, {@code siteId} (when it is one of them) or else the main site chosen. */
    private void showSites(@Nullable ProviderChoice chosen, @Nullable Long siteId) {
        List<VisitPage.Site> sites = chosen == null ? List.of() : visits.sitesToVisit(chosen.id());
        site.setItems(sites);
        site.setVisible(!sites.isEmpty());
        sites.stream().filter(s -> siteId == null || s.id() == siteId).findFirst()
                .or(() -> sites.stream().findFirst())
                .ifPresent(site::setValue);
    }

    private void start() {
        if (provider.getValue() == null) {
            provider.setInvalid(true);
            provider.setErrorMessage("Choose the provider you are visiting");
            return;
        }
        try {
            long id = visits.startDraft(provider.getValue().id(), site.isEmpty() ? null : site.getValue().id());
            getUI().ifPresent(ui -> ui.navigate(VisitView.class, id));
        } catch (VisitService.InvalidVisit e) {
            Notices.problem(String.join(" ", e.problems()));
        }
    }

    private static Optional<Long> number(QueryParameters query, String name) {
        return query.getSingleParameter(name).filter(value -> value.matches("\\d{1,18}")).map(Long::valueOf);
    }
}
