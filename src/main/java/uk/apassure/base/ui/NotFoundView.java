package uk.apassure.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * What every unknown address, missing record and page the user's roles may not open shows, inside
 * the app layout: one page for all of them, so it never tells which (and never Vaadin's route list
 * or a stack trace). Anonymous users never get here: they are sent to sign in first
 * ({@code RouteAccessControl}).
 */
@PageTitle("Not found")
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        addClassName("not-found-view");
        add(new H2("Not found, or not yours to see"),
                new Paragraph("There is no page at this address that you may open. The link may be"
                        + " mistyped or out of date, the record may have been removed, or it may belong"
                        + " to a role or school you do not have."),
                new Paragraph("If someone sent you this link, ask them to check it."));
        RouteConfiguration.forApplicationScope().getRoute("").ifPresent(this::addLinkToDashboard);
    }

    private void addLinkToDashboard(Class<? extends Component> dashboard) {
        RouterLink back = new RouterLink("Back to the dashboard", dashboard);
        back.addClassName("back-link");
        add(back);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        // the cause (unknown route, missing record, missing role) stays on the server
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
