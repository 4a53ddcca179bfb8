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
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import uk.apassure.security.RouteAccessControl;
import uk.apassure.security.SecondFactor;
import uk.apassure.security.SignInService;
import uk.apassure.security.SignInService.SignInResult;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · AP Assure")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final SignInService signIn;
    private final SecondFactor secondFactor;
    private final LoginForm form = new LoginForm();
    private final VerticalLayout codeStep = new VerticalLayout();

    public LoginView(SignInService signIn, SecondFactor secondFactor) {
        this.signIn = signIn;
        this.secondFactor = secondFactor;
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
        add(title, strap, form, codeStep());
    }

    /** The second step for accounts with two-step sign-in: a code from the app, or a recovery code. */
    private VerticalLayout codeStep() {
        H2 heading = new H2("Two-step sign-in");
        Paragraph how = new Paragraph("Enter the 6-digit code your authenticator app shows for AP Assure."
                + " Lost your phone? Enter one of your recovery codes instead.");
        TextField code = new TextField("Code");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(20);
        code.setWidthFull();
        code.addClassName("sign-in-code");
        Button verify = new Button("Verify", click -> {
            if (secondFactor.completeSignIn(code.getValue())) {
                VaadinServletRequest.getCurrent().getHttpServletRequest().changeSessionId();
                Location location = new Location(RouteAccessControl.takeRequestedLocation());
                UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
            } else if (!SecondFactor.pending()) {
                // too many wrong codes: signed out, back to the (throttled) password
                code.clear();
                codeStep.setVisible(false);
                form.setVisible(true);
                form.setI18n(i18n("Too many wrong codes. Sign in again with your password."));
                form.setError(true);
                form.setEnabled(true);
            } else {
                code.clear();
                code.setErrorMessage("That code is not right, or it was used already. Check the app's current code"
                        + " and try again.");
                code.setInvalid(true);
                code.focus();
            }
        });
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        Button cancel = new Button("Cancel", click -> {
            signIn.signOut();
            UI.getCurrent().getPage().setLocation(RouteAccessControl.LOGIN_ROUTE);
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        codeStep.add(heading, how, code, new HorizontalLayout(verify, cancel));
        codeStep.addClassName("code-step");
        codeStep.setMaxWidth("22rem");
        codeStep.setVisible(false);
        return codeStep;
    }

    private void showCodeStep() {
        form.setVisible(false);
        codeStep.setVisible(true);
        codeStep.getChildren().filter(TextField.class::isInstance).findFirst()
                .ifPresent(field -> ((TextField) field).focus());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (SecondFactor.pending()) {
            showCodeStep();
        } else if (SecurityUtils.getSubject().isAuthenticated()) {
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
            case CODE_NEEDED -> showCodeStep();
            case REFUSED -> {
                form.setI18n(i18n(null));
                form.setError(true);
                form.setEnabled(true);
            }
            case BUSY -> {
                form.setI18n(i18n("Many people are signing in at this moment. Please try again in a few seconds.",
                        "Busy, please try again"));
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
        return i18n(throttledMessage, "Please wait");
    }

    private static LoginI18n i18n(@Nullable String throttledMessage, String title) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        if (throttledMessage == null) {
            error.setTitle("Incorrect username or password");
            error.setMessage("Check your username and password and try again.");
        } else {
            error.setTitle(title);
            error.setMessage(throttledMessage);
        }
        return i18n;
    }
}
