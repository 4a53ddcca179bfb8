package uk.apassure.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.apache.shiro.SecurityUtils;
import org.jspecify.annotations.Nullable;
import uk.apassure.security.RouteAccessControl;
import uk.apassure.security.SignInService;
import uk.apassure.security.SignInService.SignInResult;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · AP Assure")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final SignInService signIn;
    private final LoginForm form = new LoginForm();

    public LoginView(SignInService signIn) {
        this.signIn = signIn;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(null));
        form.addLoginListener(event -> attempt(event.getUsername(), event.getPassword()));

        H1 title = new H1("AP Assure");
        Paragraph strap = new Paragraph("Quality assurance of alternative provision");
        strap.addClassName("login-strap");
        add(title, strap, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (SecurityUtils.getSubject().isAuthenticated()) {
            event.forwardTo("");
        }
    }

    private void attempt(String username, String password) {
        SignInResult result = signIn.signIn(username, password,
                VaadinServletRequest.getCurrent().getHttpServletRequest().getRemoteAddr());
        switch (result.outcome()) {
            case SIGNED_IN -> {
                // a new session id after sign-in: no session fixation
                VaadinServletRequest.getCurrent().getHttpServletRequest().changeSessionId();
                Location location = new Location(RouteAccessControl.takeRequestedLocation());
                UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
            }
            case REFUSED -> {
                form.setI18n(i18n(null));
                form.setError(true);
                form.setEnabled(true);
            }
            case THROTTLED -> {
                long seconds = Math.max(1, result.waitTime().toSeconds() + (result.waitTime().toMillisPart() > 0 ? 1 : 0));
                form.setI18n(i18n("Too many attempts. Please wait " + seconds
                        + " seconds, then try again."));
                form.setError(true);
                form.setEnabled(true);
            }
        }
    }

    private static LoginI18n i18n(@Nullable String throttledMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        if (throttledMessage == null) {
            error.setTitle("Incorrect username or password");
            error.setMessage("Check your username and password and try again.");
        } else {
            error.setTitle("Please wait");
            error.setMessage(throttledMessage);
        }
        return i18n;
    }
}
