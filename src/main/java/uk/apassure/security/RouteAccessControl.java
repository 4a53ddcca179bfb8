package uk.apassure.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.security.Principal;
import java.util.Arrays;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Enforces {@code @AnonymousAllowed} / {@code @PermitAll} / {@link RequiresPermission} on every route
 * from the Shiro subject: anonymous users go to {@code /login} and come back afterwards (from an
 * unknown address too); a signed-in user without the role gets the not-found answer, as if the
 * route did not exist. {@code @RolesAllowed} is refused on routes (RouteProtectionTest): routes name
 * permissions, so that {@link Role} alone says who has them.
 * Deny is the default: a view with no annotation opens for nobody.
 */
@Component
public class RouteAccessControl implements VaadinServiceInitListener, BeforeEnterListener {

    private final SecurityLog log;

    RouteAccessControl(SecurityLog log) {
        this.log = log;
    }

    /** The sign-in view's route (security.ui.LoginView); by name, so access control does not depend on a view. */
    public static final String LOGIN_ROUTE = "login";
    /** The signed-in user's own account page (organisation.ui.AccountView). */
    public static final String ACCOUNT_ROUTE = "account";
    /** Set on a session signed in with a one-time password, until its owner has chosen their own. */
    static final String MUST_CHANGE_PASSWORD = RouteAccessControl.class.getName() + ".mustChangePassword";
    private static final String REQUESTED_LOCATION = RouteAccessControl.class.getName() + ".requested";
    private static final AccessAnnotationChecker CHECKER = new AccessAnnotationChecker();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        // half signed in (password right, two-step code not yet given): only the sign-in page opens
        boolean signedIn = SecurityUtils.getSubject().isAuthenticated() && !SecondFactor.pending();
        boolean allowed = HasErrorParameter.class.isAssignableFrom(target)
                ? signedIn || isLoginRoute(event)
                : canOpen(target);
        if (allowed && signedIn && (mustChangePassword() || SecondFactor.enrolRequired())
                && !HasErrorParameter.class.isAssignableFrom(target)
                && !ACCOUNT_ROUTE.equals(event.getLocation().getFirstSegment())) {
            event.forwardTo(ACCOUNT_ROUTE);
            return;
        }
        if (allowed) {
            return;
        }
        if (!signedIn) {
            // an unknown address too: what exists is not told before signing in
            VaadinSession.getCurrent().setAttribute(REQUESTED_LOCATION,
                    event.getLocation().getPathWithQueryParameters());
            event.forwardTo(LOGIN_ROUTE);
        } else {
            log.record(SecurityEventKind.ACCESS_REFUSED, "Page /" + event.getLocation().getPath());
            event.rerouteToError(NotFoundException.class);
        }
    }

    private static boolean isLoginRoute(BeforeEnterEvent event) {
        return LOGIN_ROUTE.equals(event.getLocation().getFirstSegment());
    }

    /** Whether the current subject may open the view: the same rule for routes and navigation. */
    public static boolean canOpen(Class<?> view) {
        Subject subject = SecurityUtils.getSubject();
        boolean signedIn = subject.isAuthenticated() && !SecondFactor.pending();
        RequiresPermission required = view.getAnnotation(RequiresPermission.class);
        if (required != null) {
            return signedIn && Arrays.stream(required.value()).anyMatch(subject::isPermitted);
        }
        Principal principal = signedIn ? subject.getPrincipal()::toString : null;
        return CHECKER.hasAccess(view, principal, role -> signedIn && subject.hasRole(role));
    }

    private static boolean mustChangePassword() {
        org.apache.shiro.session.Session session = SecurityUtils.getSubject().getSession(false);
        return session != null && Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE_PASSWORD));
    }

    /** The signed-in user has chosen their own password: the other pages open again. */
    public static void passwordChosen() {
        org.apache.shiro.session.Session session = SecurityUtils.getSubject().getSession(false);
        if (session != null) {
            session.removeAttribute(MUST_CHANGE_PASSWORD);
        }
    }

    /** Where to go after signing in: the page the user asked for, or the dashboard. */
    public static String takeRequestedLocation() {
        VaadinSession session = VaadinSession.getCurrent();
        @Nullable Object requested = session.getAttribute(REQUESTED_LOCATION);
        session.setAttribute(REQUESTED_LOCATION, null);
        return requested instanceof String location && !location.startsWith(LOGIN_ROUTE) ? location : "";
    }
}
