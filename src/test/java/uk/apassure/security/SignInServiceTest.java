package uk.apassure.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.shiro.SecurityUtils;
import org.apache.shiro.mgt.SecurityManager;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.subject.support.SubjectThreadState;
import org.apache.shiro.web.subject.WebSubject;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.IntegrationTest;
import uk.apassure.TestWorld;
import uk.apassure.security.SignInService.SignInResult.Outcome;

/** Sign-in through Shiro against the users in MariaDB, with Argon2id hashes. */
class SignInServiceTest extends IntegrationTest {

    @Autowired
    SignInService signIn;

    @Autowired
    SecurityManager securityManager;

    @Autowired
    LoginThrottle throttle;

    private SubjectThreadState anonymous;

    @BeforeEach
    void bindAnonymousSubject() {
        // a web subject over mock servlet objects: sign-in keeps the principal in the HTTP session
        anonymous = new SubjectThreadState(new WebSubject.Builder(securityManager, new MockHttpServletRequest(),
                new MockHttpServletResponse()).buildWebSubject());
        anonymous.bind();
    }

    @AfterEach
    void clear() {
        anonymous.clear();
    }

    @Test
    void the_right_password_signs_in_with_roles_scope_and_permissions() {
        assertThat(signIn.signIn("a1.slt", TestWorld.PASSWORD).outcome()).isEqualTo(Outcome.SIGNED_IN);

        Subject subject = SecurityUtils.getSubject();
        assertThat(subject.isAuthenticated()).isTrue();
        SignedInUser user = (SignedInUser) subject.getPrincipal();
        assertThat(user.username()).isEqualTo("a1.slt");
        assertThat(user.schoolId()).isEqualTo(world.schoolA1);
        assertThat(user.trustId()).isEqualTo(world.trustA);
        assertThat(subject.hasRole("SLT")).isTrue();
        assertThat(subject.isPermitted(Permission.PROVIDER_STATUS)).isTrue();
        assertThat(subject.isPermitted(Permission.TRUST_WIDE)).isFalse();
    }

    @Test
    void usernames_are_not_case_sensitive() {
        assertThat(signIn.signIn("  A1.DSL ", TestWorld.PASSWORD).outcome()).isEqualTo(Outcome.SIGNED_IN);
    }

    @Test
    void a_wrong_password_and_an_unknown_user_get_the_same_refusal() {
        assertThat(signIn.signIn("a1.dsl", "wrong").outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(signIn.signIn("nobody", TestWorld.PASSWORD).outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(SecurityUtils.getSubject().isAuthenticated()).isFalse();
    }

    @Test
    void after_ten_failures_even_the_right_password_must_wait() {
        for (int i = 0; i < 10; i++) {
            assertThat(signIn.signIn("a1.governor", "guess-" + i).outcome()).isEqualTo(Outcome.REFUSED);
        }
        SignInService.SignInResult result = signIn.signIn("a1.governor", TestWorld.PASSWORD);

        assertThat(result.outcome()).isEqualTo(Outcome.THROTTLED);
        assertThat(result.waitTime()).isPositive();
        assertThat(SecurityUtils.getSubject().isAuthenticated()).isFalse();
        // another account is not affected
        assertThat(signIn.signIn("a1.visitor", TestWorld.PASSWORD).outcome()).isEqualTo(Outcome.SIGNED_IN);
        throttle.recordSuccess("a1.governor");
    }

    @Test
    void an_accented_or_zero_width_variant_of_a_name_does_not_find_the_account() {
        // the column's collation would match both; the sign-in takes only the exact normal form
        assertThat(signIn.signIn("a1.d\u015Bl", TestWorld.PASSWORD).outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(signIn.signIn("a1.\u200Bdsl", TestWorld.PASSWORD).outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(signIn.signIn("a1.dsl\u0000", TestWorld.PASSWORD).outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(SecurityUtils.getSubject().isAuthenticated()).isFalse();
        // a full-width spelling folds to the plain name (NFKC)
        assertThat(signIn.signIn("\uFF41\uFF11.DSL", TestWorld.PASSWORD).outcome()).isEqualTo(Outcome.SIGNED_IN);
    }

    @Test
    void signing_out_ends_the_authenticated_session() {
        signIn.signIn("a1.aplead", TestWorld.PASSWORD);
        signIn.signOut();
        assertThat(SecurityUtils.getSubject().isAuthenticated()).isFalse();
    }
}
