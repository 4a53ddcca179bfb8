package uk.apassure.security;

import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.PasswordMatcher;
import org.apache.shiro.authc.credential.PasswordService;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;

/**
 * Authenticates against the users stored in MariaDB (Argon2id hashes) and answers roles and
 * permissions from the {@link SignedInUser} principal, without a database round trip per check.
 */
class AccountRealm extends AuthorizingRealm {

    static final String NAME = "accounts";

    private final AccountLookup accounts;
    private final PasswordService passwordService;
    /** Checked against when the user is unknown, so that an unknown name costs one Argon2id hash too. */
    private final String dummyHash;

    AccountRealm(AccountLookup accounts, PasswordService passwordService) {
        this.accounts = accounts;
        this.passwordService = passwordService;
        this.dummyHash = passwordService.encryptPassword(UUID.randomUUID().toString());
        PasswordMatcher matcher = new PasswordMatcher();
        matcher.setPasswordService(passwordService);
        setCredentialsMatcher(matcher);
        setName(NAME);
        setAuthenticationTokenClass(UsernamePasswordToken.class);
        setCachingEnabled(false);
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
        UsernamePasswordToken credentials = (UsernamePasswordToken) token;
        String username = credentials.getUsername();
        Optional<AccountLookup.Account> account = accounts.findActiveAccount(username == null ? "" : username.trim());
        if (account.isEmpty()) {
            // as slow as a wrong password: the time taken must not tell whether the name exists
            char[] password = credentials.getPassword();
            passwordService.passwordsMatch(password == null ? new char[0] : password, dummyHash);
            throw new UnknownAccountException("No active account");
        }
        return new SimpleAuthenticationInfo(account.get().user(), account.get().passwordHash(), getName());
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        SignedInUser user = principals.oneByType(SignedInUser.class);
        SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
        if (user != null) {
            info.setRoles(user.roles().stream().map(Role::name).collect(Collectors.toSet()));
            info.setStringPermissions(user.roles().stream()
                    .flatMap(role -> role.permissions().stream())
                    .collect(Collectors.toSet()));
        }
        return info;
    }
}
