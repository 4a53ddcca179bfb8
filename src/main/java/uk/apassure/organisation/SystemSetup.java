package uk.apassure.organisation;

import java.util.Set;
import org.apache.shiro.authc.credential.PasswordService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.security.Role;

/**
 * Creates trusts, schools and accounts outside any user's session: for the demo data and tests,
 * never called from a view (an architecture test keeps it that way). User administration by
 * administrators, with its own permission checks, is a later feature.
 */
@Service
@Transactional
public class SystemSetup {

    private final TrustRepository trusts;
    private final SchoolRepository schools;
    private final AppUserRepository users;
    private final PasswordService passwords;

    SystemSetup(TrustRepository trusts, SchoolRepository schools, AppUserRepository users,
            PasswordService passwords) {
        this.trusts = trusts;
        this.schools = schools;
        this.users = users;
        this.passwords = passwords;
    }

    @Transactional(readOnly = true)
    public boolean trustExists(String name) {
        return trusts.findByName(name).isPresent();
    }

    public long createTrust(String name) {
        return trusts.save(new Trust(name)).requireId();
    }

    public long createSchool(long trustId, String name, String urn, String town) {
        Trust trust = trusts.findById(trustId).orElseThrow();
        return schools.save(new School(trust, name, urn, town)).requireId();
    }

    /** A member of staff of a school; the password is hashed here with Argon2id. */
    public long createSchoolUser(long schoolId, String username, String displayName, Set<Role> roles,
            String password) {
        School school = schools.findById(schoolId).orElseThrow();
        return users.save(AppUser.ofSchool(username, displayName, school, roles, passwords.encryptPassword(password)))
                .requireId();
    }

    /** A member of the trust's central team (trust lead, trust administrator). */
    public long createTrustUser(long trustId, String username, String displayName, Set<Role> roles,
            String password) {
        Trust trust = trusts.findById(trustId).orElseThrow();
        return users.save(AppUser.ofTrust(username, displayName, trust, roles, passwords.encryptPassword(password)))
                .requireId();
    }

    /** The address alerts go to (e.g. safeguarding concerns to DSLs). */
    public void setEmail(String username, String email) {
        users.findByUsername(username).orElseThrow().setEmail(email);
    }
}
