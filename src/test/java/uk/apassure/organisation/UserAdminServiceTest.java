package uk.apassure.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.mgt.SecurityManager;
import org.apache.shiro.subject.support.SubjectThreadState;
import org.apache.shiro.web.subject.WebSubject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import uk.apassure.IntegrationTest;
import uk.apassure.organisation.UserAdminService.Account;
import uk.apassure.organisation.UserAdminService.InvalidAccount;
import uk.apassure.organisation.UserAdminService.NewAccount;
import uk.apassure.organisation.UserAdminService.OneTimePassword;
import uk.apassure.security.AccessGuard.AccessDeniedException;
import uk.apassure.security.Role;
import uk.apassure.security.SecurityEventKind;
import uk.apassure.security.SecurityLog;
import uk.apassure.security.SessionRevocation;
import uk.apassure.security.SignInService;
import uk.apassure.security.SignInService.SignInResult.Outcome;

/**
 * Administrators manage their trust's accounts (issue 13): one-time passwords, role changes and
 * disabling end sessions, every change is logged, and nobody else (nor another trust's admin) may.
 * Accounts are created here with fresh names, so the shared test world's users are never changed.
 */
class UserAdminServiceTest extends IntegrationTest {

    @Autowired
    UserAdminService admin;

    @Autowired
    AccountService accounts;

    @Autowired
    SignInService signIn;

    @Autowired
    SecurityManager securityManager;

    @Autowired
    SessionRevocation sessions;

    @Autowired
    SecurityLog log;

    private static String fresh() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }

    private OneTimePassword newSenco(String username) {
        return as("a.admin", () -> admin.create(new NewAccount(username, "Test Senco " + username,
                "  " + username.toUpperCase() + "@School-A1.example.org ", world.schoolA1, Set.of(Role.SENCO))));
    }

    private Account account(String username) {
        return as("a.admin", () -> admin.accounts()).stream().filter(a -> a.username().equals(username)).findFirst()
                .orElseThrow();
    }

    private <T> T signedInAs(String username, String password, java.util.function.Supplier<T> work) {
        SubjectThreadState state = new SubjectThreadState(new WebSubject.Builder(securityManager,
                new MockHttpServletRequest(), new MockHttpServletResponse()).buildWebSubject());
        state.bind();
        try {
            assertThat(signIn.signIn(username, password).outcome()).isEqualTo(Outcome.SIGNED_IN);
            return work.get();
        } finally {
            SecurityUtils.getSubject().logout();
            state.clear();
        }
    }

    @Test
    void a_new_account_signs_in_with_its_one_time_password_and_must_choose_its_own() {
        String username = fresh();
        OneTimePassword created = newSenco(username);

        assertThat(created.password()).matches("[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}");
        Account account = account(username);
        assertThat(account.roles()).containsExactly(Role.SENCO);
        assertThat(account.schoolName()).isEqualTo("School A1");
        assertThat(account.email()).isEqualTo(username + "@school-a1.example.org");
        assertThat(account.mustChangePassword()).isTrue();

        String chosen = "Kq7#vBn2!pWz-harbour";
        signedInAs(username, created.password(), () -> {
            assertThat(accounts.mustChangePassword()).isTrue();
            accounts.changePassword(created.password(), chosen, chosen);
            assertThat(accounts.mustChangePassword()).isFalse();
            return null;
        });
        assertThat(signedInAs(username, chosen, () -> accounts.mustChangePassword())).isFalse();
        assertThat(account(username).mustChangePassword()).isFalse();
    }

    @Test
    void a_password_change_needs_the_current_password_a_strong_new_one_typed_twice_alike() {
        String username = fresh();
        OneTimePassword created = newSenco(username);
        signedInAs(username, created.password(), () -> {
            assertThatThrownBy(() -> accounts.changePassword("wrong-password", "Kq7#vBn2!pWz-harbour", "Kq7#vBn2!pWz-harbour"))
                    .isInstanceOf(AccountService.InvalidPassword.class).hasMessageContaining("not your current password");
            assertThatThrownBy(() -> accounts.changePassword(created.password(), "short", "short"))
                    .isInstanceOf(AccountService.InvalidPassword.class).hasMessageContaining("at least 12");
            assertThatThrownBy(() -> accounts.changePassword(created.password(), "password123456", "password123456"))
                    .isInstanceOf(AccountService.InvalidPassword.class);
            assertThatThrownBy(() -> accounts.changePassword(created.password(), "Kq7#vBn2!pWz-harbour", "Kq7#vBn2!pWz-harbouR"))
                    .isInstanceOf(AccountService.InvalidPassword.class).hasMessageContaining("not the same");
            assertThat(accounts.mustChangePassword()).isTrue();
            return null;
        });
    }

    @Test
    void changing_roles_disabling_or_resetting_ends_the_accounts_sessions_and_is_logged() {
        String username = fresh();
        long id = newSenco(username).userId();
        Instant signedInBefore = Instant.now().minusSeconds(1);
        assertThat(sessions.isRevoked(id, signedInBefore)).isFalse();

        as("a.admin", () -> admin.changeRoles(id, Set.of(Role.SENCO, Role.VISITOR)));
        assertThat(account(username).roles()).containsExactlyInAnyOrder(Role.SENCO, Role.VISITOR);
        assertThat(sessions.isRevoked(id, signedInBefore)).isTrue();
        assertThat(as("a.admin", () -> log.page(new SecurityLog.Filter(SecurityEventKind.ROLES_CHANGED, "a.admin"), 0, 50)))
                .anySatisfy(entry -> assertThat(entry.detail()).contains(username, "SENCO → ", "Visiting staff"));

        as("a.admin", () -> admin.disable(id));
        assertThat(account(username).active()).isFalse();
        assertThatThrownBy(() -> subjects.signedIn(username)).isInstanceOf(IllegalArgumentException.class);
        as("a.admin", () -> admin.enable(id));
        assertThat(subjects.signedIn(username).roles()).containsExactlyInAnyOrder(Role.SENCO, Role.VISITOR);

        OneTimePassword reset = as("a.admin", () -> admin.resetPassword(id));
        assertThat(account(username).mustChangePassword()).isTrue();
        assertThat(signedInAs(username, reset.password(), () -> accounts.mustChangePassword())).isTrue();
        assertThat(as("a.admin", () -> log.page(new SecurityLog.Filter(null, "a.admin"), 0, 100)))
                .extracting(SecurityLog.Entry::kind)
                .contains(SecurityEventKind.ACCOUNT_CREATED, SecurityEventKind.ACCOUNT_DISABLED,
                        SecurityEventKind.ACCOUNT_ENABLED, SecurityEventKind.PASSWORD_RESET);
    }

    @Test
    void an_administrator_cannot_lock_themselves_out() {
        long self = subjects.signedIn("a.admin").id();
        assertThatThrownBy(() -> as("a.admin", () -> admin.disable(self))).isInstanceOf(InvalidAccount.class);
        assertThatThrownBy(() -> as("a.admin", () -> admin.changeRoles(self, Set.of(Role.TRUST_LEAD))))
                .isInstanceOf(InvalidAccount.class).hasMessageContaining("your own administrator role");
        assertThat(subjects.signedIn("a.admin").roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void bad_input_is_refused_with_the_field_to_correct() {
        assertThatThrownBy(() -> as("a.admin", () -> admin.create(new NewAccount("a1.slt", "Twin", null,
                world.schoolA1, Set.of(Role.SENCO))))).isInstanceOf(InvalidAccount.class).hasMessageContaining("taken")
                .extracting(e -> ((InvalidAccount) e).field()).isEqualTo("username");
        assertThatThrownBy(() -> as("a.admin", () -> admin.create(new NewAccount("x<script>", "Name", null,
                world.schoolA1, Set.of(Role.SENCO))))).isInstanceOf(InvalidAccount.class)
                .extracting(e -> ((InvalidAccount) e).field()).isEqualTo("username");
        assertThatThrownBy(() -> as("a.admin", () -> admin.create(new NewAccount(fresh(), " ", null,
                world.schoolA1, Set.of(Role.SENCO))))).isInstanceOf(InvalidAccount.class)
                .extracting(e -> ((InvalidAccount) e).field()).isEqualTo("displayName");
        assertThatThrownBy(() -> as("a.admin", () -> admin.create(new NewAccount(fresh(), "Name", "not-an-address",
                world.schoolA1, Set.of(Role.SENCO))))).isInstanceOf(InvalidAccount.class)
                .extracting(e -> ((InvalidAccount) e).field()).isEqualTo("email");
        assertThatThrownBy(() -> as("a.admin", () -> admin.create(new NewAccount(fresh(), "Name", null,
                world.schoolA1, Set.of())))).isInstanceOf(InvalidAccount.class)
                .extracting(e -> ((InvalidAccount) e).field()).isEqualTo("roles");
        assertThatThrownBy(() -> as("a.admin", () -> admin.create(new NewAccount(fresh(), "Name", null,
                world.schoolA1, Set.of(Role.TRUST_LEAD))))).isInstanceOf(InvalidAccount.class)
                .hasMessageContaining("trust lead");
        assertThatThrownBy(() -> as("a.admin", () -> admin.create(new NewAccount(fresh(), "Name", null,
                null, Set.of(Role.DSL))))).isInstanceOf(InvalidAccount.class).hasMessageContaining("choose a school");
    }

    @Test
    void only_administrators_of_the_same_trust_manage_accounts_and_refusals_are_logged() {
        long a1Slt = subjects.signedIn("a1.slt").id();
        for (String other : new String[] {"a.trustlead", "a1.head", "a1.governor"}) {
            assertThatThrownBy(() -> as(other, () -> admin.accounts())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> as(other, () -> admin.disable(a1Slt))).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> as("b.admin", () -> admin.disable(a1Slt))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("b.admin", () -> admin.create(new NewAccount(fresh(), "Name", null,
                world.schoolA1, Set.of(Role.SENCO))))).isInstanceOf(AccessDeniedException.class);
        assertThat(as("b.admin", () -> admin.accounts())).extracting(Account::username)
                .contains("b.admin", "b1.slt").doesNotContain("a1.slt", "a.admin");
        assertThat(subjects.signedIn("a1.slt").roles()).containsExactly(Role.SLT);

        assertThat(as("a.admin", () -> log.page(new SecurityLog.Filter(SecurityEventKind.ACCESS_REFUSED, "a1.governor"),
                0, 50))).isNotEmpty();
        // another trust's administrator does not read trust A's log
        assertThat(as("b.admin", () -> log.page(new SecurityLog.Filter(null, "a1.governor"), 0, 50))).isEmpty();
        assertThat(as("b.admin", () -> log.page(new SecurityLog.Filter(SecurityEventKind.ACCESS_REFUSED, "b.admin"),
                0, 50))).isNotEmpty();
        assertThatThrownBy(() -> as("a.trustlead", () -> log.page(SecurityLog.Filter.ALL, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void sign_in_failures_are_logged_for_the_accounts_trust_and_unknown_names_for_every_admin() {
        String username = fresh();
        newSenco(username);
        SubjectThreadState state = new SubjectThreadState(new WebSubject.Builder(securityManager,
                new MockHttpServletRequest(), new MockHttpServletResponse()).buildWebSubject());
        state.bind();
        try {
            assertThat(signIn.signIn(username, "not-the-password").outcome()).isEqualTo(Outcome.REFUSED);
            assertThat(signIn.signIn(username + "-nobody", "not-the-password").outcome()).isEqualTo(Outcome.REFUSED);
        } finally {
            state.clear();
        }
        assertThat(as("a.admin", () -> log.page(new SecurityLog.Filter(SecurityEventKind.SIGN_IN_FAILED, username), 0, 50)))
                .extracting(SecurityLog.Entry::username).contains(username, username + "-nobody");
        assertThat(as("b.admin", () -> log.page(new SecurityLog.Filter(SecurityEventKind.SIGN_IN_FAILED, username), 0, 50)))
                .extracting(SecurityLog.Entry::username).containsExactly(username + "-nobody");
    }
}
