package uk.apassure.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.SignInService;
import uk.apassure.security.SignedInUser;

/**
 * The frame of every signed-in page: a header with the page title, the user, their school and
 * sign-out, and a side navigation (a drawer on narrow screens) listing only what the user may open.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Span pageTitle = new Span();

    public MainLayout(AccessGuard access, SignInService signIn, InAppAlerts alerts) {
        // error pages may be shown to someone not signed in: then the header has no identity
        SignedInUser user = access.findCurrentUser().orElse(null);
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        pageTitle.addClassName("page-title");

        Span who = new Span(user == null ? "" : user.displayName());
        who.addClassName("header-user");
        Span where = new Span(user == null ? "" : user.organisationName());
        where.addClassName("header-school");
        Div identity = new Div(who, where);
        identity.addClassName("header-identity");

        Button signOut = new Button("Sign out", new Icon(VaadinIcon.SIGN_OUT), click -> UnsavedChanges.leave(() -> {
            // no browser copy of a draft outlives the sign-in (scripts/visit-draft.js, docs/security.md)
            UI.getCurrent().getPage().executeJs("Object.keys(window.localStorage)"
                    + ".filter(name => name.startsWith('apassure.visit-draft.'))"
                    + ".forEach(name => window.localStorage.removeItem(name))");
            UI.getCurrent().getPage().setLocation("login");
            signIn.signOut();
        }));
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClassName("sign-out");
        signOut.setVisible(user != null);

        HorizontalLayout header = new HorizontalLayout(toggle, pageTitle, identity, signOut);
        header.addClassName("app-header");
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(pageTitle);
        addToNavbar(header);

        Span brand = new Span("AP Assure");
        brand.addClassName("brand");
        addToDrawer(brand, navigation());
        if (user != null) {
            // at once, without a reload, in every open page (e.g. a new safeguarding concern for the DSLs)
            alerts.subscribe(this, user, AlertNotice::show);
        }
    }

    private static SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassName("main-nav");
        for (NavigationEntries.Entry entry : NavigationEntries.forCurrentUser()) {
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(entry.icon().create());
            }
            nav.addItem(item);
        }
        return nav;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String title = getContent() == null ? "" : MenuConfiguration.getPageHeader(getContent()).orElse("");
        pageTitle.setText(title.replace(" · AP Assure", ""));
    }
}
