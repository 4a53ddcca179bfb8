package uk.apassure.security;

import java.util.function.Supplier;
import org.apache.shiro.mgt.SecurityManager;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.subject.support.SubjectThreadState;
import org.springframework.stereotype.Component;

/**
 * Runs code as a given user outside a web request: the demo data loader and tests. Services then
 * apply that user's permissions and scope exactly as for a signed-in user. Never used by views
 * (an architecture test keeps it that way).
 */
@Component
public class SubjectRunner {

    private final SecurityManager securityManager;
    private final AccountLookup accounts;

    public SubjectRunner(SecurityManager securityManager, AccountLookup accounts) {
        this.securityManager = securityManager;
        this.accounts = accounts;
    }

    public <T> T callAs(String username, Supplier<T> work) {
        return callAs(signedIn(username), work);
    }

    /** The principal {@code username} would have after signing in. */
    public SignedInUser signedIn(String username) {
        return accounts.findActiveAccount(username)
                .orElseThrow(() -> new IllegalArgumentException("No active account " + username))
                .user();
    }

    public <T> T callAs(SignedInUser user, Supplier<T> work) {
        SubjectThreadState state = new SubjectThreadState(subjectFor(user));
        state.bind();
        try {
            return work.get();
        } finally {
            state.restore();
        }
    }

    public void runAs(String username, Runnable work) {
        callAs(username, () -> {
            work.run();
            return null;
        });
    }

    /** A signed-in subject for {@code user}, to bind to a thread (e.g. in a browserless UI test). */
    public Subject subjectFor(SignedInUser user) {
        return new Subject.Builder(securityManager)
                .principals(new SimplePrincipalCollection(user, AccountRealm.NAME))
                .authenticated(true)
                .sessionCreationEnabled(false)
                .buildSubject();
    }
}
