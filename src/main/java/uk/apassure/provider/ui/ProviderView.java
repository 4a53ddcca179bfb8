package uk.apassure.provider.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import uk.apassure.provider.ProviderPage;
import uk.apassure.provider.ProviderService;
import uk.apassure.provider.RegistrationTriggers;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;

/** A provider's page: details, sites, contacts and status history, with the actions the user may take. */
@Route("providers")
@PermitAll
public class ProviderView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ProviderService providers;
    private final boolean canEdit;
    private final boolean canChangeStatus;
    private final java.util.List<ProviderPageSection> sections;
    private final java.time.Clock clock;
    private final RegistrationTriggers triggers;
    private final boolean seesTrigger;
    // set in setParameter before anything renders
    private @Nullable ProviderPage provider;

    public ProviderView(ProviderService providers, AccessGuard access, java.util.List<ProviderPageSection> sections,
            java.time.Clock clock, RegistrationTriggers triggers) {
        this.providers = providers;
        this.triggers = triggers;
        this.seesTrigger = access.isPermitted(Permission.PLACEMENT_COUNT);
        this.clock = clock;
        this.sections = sections.stream().sorted(java.util.Comparator.comparingInt(ProviderPageSection::order)).toList();
        this.canEdit = access.isPermitted(Permission.PROVIDER_EDIT);
        this.canChangeStatus = access.isPermitted(Permission.PROVIDER_STATUS);
        addClassName("provider-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long providerId) {
        try {
            provider = providers.get(providerId);
        } catch (ProviderService.NotFound e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
            return;
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return provider == null ? "Provider" : provider.name();
    }

    private void reload() {
        provider = providers.get(provider.id());
        render();
    }

    private void render() {
        removeAll();
        RouterLink back = new RouterLink("← All providers", ProviderListView.class);
        back.addClassName("back-link");
        add(back, header());
        if (seesTrigger) {
            triggers.forProvider(provider.id()).map(TriggerNotice::new).ifPresent(this::add);
        }
        add(new ProviderDetailsPanel(provider.details()), sites(), contacts(),
                new StatusHistoryPanel(provider.history()));
        sections.forEach(section -> section.create(provider.id()).ifPresent(this::add));
        add(notYetBuilt());
    }

    private Component header() {
        H2 name = new H2(provider.name());
        Div header = new Div(name, new StatusBadge(provider.status()));
        header.addClassName("provider-header");
        Div actions = new Div();
        actions.addClassName("actions");
        if (canEdit) {
            actions.add(new Button("Edit details", VaadinIcon.EDIT.create(),
                    click -> new ProviderEditDialog(providers, provider, java.time.LocalDate.now(clock), this::reload)
                            .open()));
        }
        if (canChangeStatus) {
            Button status = new Button("Change status", VaadinIcon.EXCHANGE.create(),
                    click -> new StatusChangeDialog(providers, provider, this::reload).open());
            status.addClassName("change-status");
            actions.add(status);
        }
        header.add(actions);
        return header;
    }

    private Component sites() {
        Section section = new Section("Sites", canEdit ? addButton("Add site",
                () -> SiteDialog.add(providers, provider.id(), this::reload).open()) : null);
        for (ProviderPage.Site site : provider.sites()) {
            Div card = card(site.kind().label() + ": " + site.details().getName(), site.address());
            if (canEdit) {
                Div actions = new Div(smallButton("Edit", () -> SiteDialog.edit(providers, site, this::reload).open()));
                if (site.kind() != uk.apassure.provider.SiteKind.MAIN) {
                    actions.add(smallButton("Remove", () -> Confirm.remove("this site",
                            () -> Attempt.run(() -> providers.removeSite(site.id())), this::reload)));
                }
                actions.addClassName("card-actions");
                card.add(actions);
            }
            section.add(card);
        }
        return section;
    }

    private Component contacts() {
        Section section = new Section("Contacts", canEdit ? addButton("Add contact",
                () -> ContactDialog.add(providers, provider.id(), this::reload).open()) : null);
        if (provider.contacts().isEmpty()) {
            section.add(new Paragraph("No named contacts yet."));
        }
        for (ProviderPage.Contact contact : provider.contacts()) {
            var details = contact.details();
            String title = details.getName() + (details.getJobTitle().isBlank() ? "" : ", " + details.getJobTitle());
            Div card = card(title, "");
            card.add(ContactLinks.of(details));
            if (details.isPupilsReportTo()) {
                Span tag = new Span("Pupils report to");
                tag.addClassName("tag");
                card.add(tag);
            }
            if (canEdit) {
                Div actions = new Div(
                        smallButton("Edit", () -> ContactDialog.edit(providers, contact, this::reload).open()),
                        smallButton("Remove", () -> Confirm.remove("this contact",
                                () -> Attempt.run(() -> providers.removeContact(contact.id())), this::reload)));
                actions.addClassName("card-actions");
                card.add(actions);
            }
            section.add(card);
        }
        return section;
    }

    private static Component notYetBuilt() {
        Section section = new Section("Certificates", null);
        Paragraph text = new Paragraph("Not built yet: certificates outside audits will be listed here once that"
                + " feature exists.");
        text.addClassName("hint");
        section.add(text);
        return section;
    }

    private static Div card(String title, String body) {
        Span heading = new Span(title);
        heading.addClassName("card-title");
        Div card = new Div(heading);
        if (!body.isEmpty()) {
            Span text = new Span(body);
            text.addClassName("card-body");
            card.add(text);
        }
        card.addClassName("card");
        return card;
    }

    private static Button addButton(String label, Runnable action) {
        Button button = new Button(label, VaadinIcon.PLUS.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private static Button smallButton(String label, Runnable action) {
        Button button = new Button(label, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    /** A titled block of the page with an optional action beside the title. */
    static class Section extends Div {
        Section(String title, @Nullable Button action) {
            addClassName("page-section");
            Div heading = new Div(new H3(title));
            heading.addClassName("section-heading");
            if (action != null) {
                heading.add(action);
            }
            add(heading);
        }
    }
}
