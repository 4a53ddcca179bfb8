package uk.apassure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;
import org.junit.jupiter.api.Test;

class AccountRealmTest {

    /** Argon2id as in production, noting which hashes passwords were checked against. */
    private static final class RecordingPasswordService implements PasswordService {
        final PasswordService real = new DefaultPasswordService();
        final List<String> checkedAgainst = new ArrayList<>();

        @Override
        public String encryptPassword(Object plaintextPassword) {
            return real.encryptPassword(plaintextPassword);
        }

        @Override
        public boolean passwordsMatch(Object submittedPlaintext, String encrypted) {
            checkedAgainst.add(encrypted);
            return real.passwordsMatch(submittedPlaintext, encrypted);
        }
    }

    @Test
    void an_unknown_user_costs_one_argon2id_check_like_a_known_one() {
        RecordingPasswordService hasher = new RecordingPasswordService();
        AccountRealm realm = new AccountRealm(username -> Optional.empty(), hasher);

        assertThatThrownBy(() -> realm.getAuthenticationInfo(new UsernamePasswordToken("nobody", "guess")))
                .isInstanceOf(UnknownAccountException.class);

        assertThat(hasher.checkedAgainst).hasSize(1);
        assertThat(hasher.checkedAgainst.getFirst()).startsWith("$shiro2$argon2id$");
    }
}
