package uk.apassure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.UnauthenticatedException;
import org.apache.shiro.mgt.SecurityManager;
import org.apache.shiro.subject.support.SubjectThreadState;
import org.apache.shiro.web.subject.WebSubject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import uk.apassure.IntegrationTest;
import uk.apassure.organisation.AccountService;
import uk.apassure.organisation.UserAdminService;
import uk.apassure.organisation.UserAdminService.NewAccount;
import uk.apassure.security.SignInService.SignInResult.Outcome;

/**
 * Two-step sign-in: after the password an enrolled account is only half signed in until a current
 * code (never one used before) or an unused recovery code; roles that require it are sent to enrol;
 * an administrator resets a lost phone. Fresh accounts, so the shared test world is never changed.
 */
class SecondFactorTest extends IntegrationTest {

    private static final String CHOSEN = "Kq7#vBn2!pWz-harbour";

    @Autowired
    SecondFactor secondFactor;

    @Autowired
    SignInService signIn;

    @Autowired
    AccountService accounts;

    @Autowired
    UserAdminService admin;

    @Autowired
    AccessGuard access;

    @Autowired
    SecurityManager securityManager;

    @Autowired
    Clock clock;

    private SubjectThreadState web;

    @BeforeEach
    void bindWebSubject() {
        web = new SubjectThreadState(new WebSubject.Builder(securityManager, new MockHttpServletRequest(),
                new MockHttpServletResponse()).buildWebSubject());
        web.bind();
    }

    @AfterEach
    void clear() {
        SecurityUtils.getSubject().logout();
        web.clear();
        secondFactor.requireFor(Set.of());
    }

    /** A fresh account with its own password, signed out again. */
    private String account(uk.apassure.security.Role role) {
        String username = "m" + UUID.randomUUID().toString().substring(0, 8);
        UserAdminService.OneTimePassword created = as("a.admin", () -> admin.create(new NewAccount(username,
                "Two Step " + username, null, role == Role.ADMIN ? null : world.schoolA1, Set.of(role))));
        assertThat(signIn.signIn(username, created.password()).outcome()).isEqualTo(Outcome.SIGNED_IN);
        accounts.changePassword(created.password(), CHOSEN, CHOSEN);
        signIn.signOut();
        return username;
    }

    private String enrol(String username) {
        assertThat(signIn.signIn(username, CHOSEN).outcome()).isEqualTo(Outcome.SIGNED_IN);
        SecondFactor.Setup setup = secondFactor.start();
        assertThat(setup.uri()).startsWith("otpauth://totp/AP%20Assure:" + username + "?secret=" + setup.secret());
        assertThat(setup.qrSvg()).startsWith("<svg").contains("<path d=\"M");
        assertThat(secondFactor.confirm(setup.secret(), "000000")).isEmpty();
        List<String> codes = secondFactor.confirm(setup.secret(), secondFactor.codeAt(setup.secret(), clock.instant()))
                .orElseThrow();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(code -> code.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        signIn.signOut();
        recoveryCodes = codes;
        return setup.secret();
    }

    private List<String> recoveryCodes = List.of();

    @Test
    void an_enrolled_account_is_half_signed_in_until_a_current_code_and_a_code_works_only_once() {
        String username = account(Role.SENCO);
        String secret = enrol(username);

        assertThat(signIn.signIn(username, CHOSEN).outcome()).isEqualTo(Outcome.CODE_NEEDED);
        assertThat(SecondFactor.pending()).isTrue();
        assertThatThrownBy(() -> access.currentUser()).isInstanceOf(UnauthenticatedException.class);
        assertThat(access.isPermitted(Permission.PLACEMENT_READ)).isFalse();
        assertThat(secondFactor.completeSignIn("123456")).isFalse();
        assertThat(secondFactor.completeSignIn("not a code")).isFalse();
        String code = secondFactor.codeAt(secret, clock.instant().plusSeconds(30));
        assertThat(secondFactor.completeSignIn(code)).isTrue();
        assertThat(access.currentUser().username()).isEqualTo(username);
        signIn.signOut();

        // the same code again (a replay, or shoulder-surfed) is refused
        assertThat(signIn.signIn(username, CHOSEN).outcome()).isEqualTo(Outcome.CODE_NEEDED);
        assertThat(secondFactor.completeSignIn(code)).isFalse();
        assertThat(SecondFactor.pending()).isTrue();
    }

    @Test
    void five_wrong_codes_sign_the_half_signed_in_session_out() {
        String username = account(Role.SENCO);
        enrol(username);
        assertThat(signIn.signIn(username, CHOSEN).outcome()).isEqualTo(Outcome.CODE_NEEDED);
        for (int i = 1; i < SecondFactor.WRONG_CODES_ALLOWED; i++) {
            assertThat(secondFactor.completeSignIn("000000")).isFalse();
            assertThat(SecondFactor.pending()).as("still waiting for a code after %d wrong", i).isTrue();
        }
        assertThat(secondFactor.completeSignIn("000000")).isFalse();
        assertThat(SecurityUtils.getSubject().isAuthenticated()).isFalse();
    }

    @Test
    void a_recovery_code_signs_in_once_and_an_admin_reset_removes_the_second_step() {
        String username = account(Role.SENCO);
        enrol(username);
        String recovery = recoveryCodes.get(3);

        assertThat(signIn.signIn(username, CHOSEN).outcome()).isEqualTo(Outcome.CODE_NEEDED);
        assertThat(secondFactor.completeSignIn(" " + recovery.toUpperCase() + " ")).isTrue();
        assertThat(secondFactor.unusedRecoveryCodes()).isEqualTo(9);
        signIn.signOut();
        assertThat(signIn.signIn(username, CHOSEN).outcome()).isEqualTo(Outcome.CODE_NEEDED);
        assertThat(secondFactor.completeSignIn(recovery)).isFalse();
        signIn.signOut();

        long id = subjects.signedIn(username).id();
        assertThat(as("a.admin", () -> admin.hasSecondFactor(id))).isTrue();
        assertThatThrownBy(() -> as("b.admin", () -> admin.hasSecondFactor(id)))
                .isInstanceOf(AccessGuard.AccessDeniedException.class);
        as("a.admin", () -> admin.resetSecondFactor(id));
        assertThat(signIn.signIn(username, CHOSEN).outcome()).isEqualTo(Outcome.SIGNED_IN);
    }

    @Test
    void a_role_that_requires_it_is_sent_to_enrol_and_others_may_choose() {
        String head = account(Role.HEADTEACHER);
        String senco = account(Role.SENCO);
        secondFactor.requireFor(Set.of(Role.ADMIN, Role.TRUST_LEAD, Role.DSL, Role.HEADTEACHER));

        assertThat(signIn.signIn(senco, CHOSEN).outcome()).isEqualTo(Outcome.SIGNED_IN);
        assertThat(SecondFactor.enrolRequired()).isFalse();
        signIn.signOut();

        assertThat(signIn.signIn(head, CHOSEN).outcome()).isEqualTo(Outcome.SIGNED_IN);
        assertThat(SecondFactor.enrolRequired()).isTrue();
        SecondFactor.Setup setup = secondFactor.start();
        secondFactor.confirm(setup.secret(), secondFactor.codeAt(setup.secret(), clock.instant())).orElseThrow();
        assertThat(SecondFactor.enrolRequired()).isFalse();
    }
}
