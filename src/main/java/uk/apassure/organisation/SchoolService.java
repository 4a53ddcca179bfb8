package uk.apassure.organisation;

import uk.apassure.base.domain.Refusal;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;
import uk.apassure.security.SignedInUser;

/**
 * Schools and their people. School-scoped: a user sees their own school; trust-wide roles see
 * every school of their trust; nobody sees another trust.
 */
@Service
@Transactional(readOnly = true)
public class SchoolService {

    private final SchoolRepository schools;
    private final AppUserRepository users;
    private final AccessGuard access;

    SchoolService(SchoolRepository schools, AppUserRepository users, AccessGuard access) {
        this.schools = schools;
        this.users = users;
        this.access = access;
    }

    /** The schools the current user may see: their own, or all of the trust for trust-wide roles and admins. */
    public List<SchoolSummary> visibleSchools() {
        SignedInUser user = access.require(Permission.SCHOOL_READ);
        boolean wholeTrust = access.isPermitted(Permission.TRUST_WIDE) || access.isPermitted(Permission.SCHOOL_MANAGE);
        return schools.findByTrustIdOrderByName(user.trustId()).stream()
                .filter(school -> wholeTrust || java.util.Objects.equals(school.getId(), user.schoolId()))
                .map(SchoolSummary::of)
                .toList();
    }

    /** Every school of the user's trust: names are not pupil data (calendars, trust-wide comparison). */
    public List<SchoolSummary> trustSchools() {
        SignedInUser user = access.require(Permission.SCHOOL_READ);
        return schools.findByTrustIdOrderByName(user.trustId()).stream().map(SchoolSummary::of).toList();
    }

    public SchoolSummary school(long schoolId) {
        SignedInUser user = access.require(Permission.SCHOOL_READ);
        School school = schools.findById(schoolId).orElseThrow(() -> new NotFound("No such school"));
        access.requireSchoolScope(user, school.trustId(), school.requireId());
        return SchoolSummary.of(school);
    }

    /** The staff of a school with their roles: the school's own, trust-wide roles and administrators. */
    public List<StaffMember> staff(long schoolId) {
        SignedInUser user = access.require(Permission.SCHOOL_READ);
        School school = schools.findById(schoolId).orElseThrow(() -> new NotFound("No such school"));
        if (access.isPermitted(Permission.SCHOOL_MANAGE)) {
            access.requireSameTrust(user, school.trustId());
        } else {
            access.requireSchoolScope(user, school.trustId(), school.requireId());
        }
        return users.findBySchoolIdOrderByDisplayName(schoolId).stream()
                .map(u -> new StaffMember(u.requireId(), u.getDisplayName(), u.getRoles(), u.isActive()))
                .toList();
    }

    /** The school's active designated safeguarding leads, with their e-mail address if they have one: who a concern alerts. */
    public List<StaffContact> safeguardingLeads(long schoolId) {
        SignedInUser user = access.require(Permission.SCHOOL_READ);
        School school = schools.findById(schoolId).orElseThrow(() -> new NotFound("No such school"));
        access.requireSchoolScope(user, school.trustId(), school.requireId());
        return users.findActiveBySchoolAndRole(schoolId, uk.apassure.security.Role.DSL).stream()
                .map(u -> new StaffContact(u.requireId(), u.getDisplayName(), u.getEmail()))
                .toList();
    }

    public record SchoolSummary(long id, String name, String urn, String town) {
        static SchoolSummary of(School school) {
            return new SchoolSummary(school.requireId(), school.getName(),
                    school.getUrn() == null ? "" : school.getUrn(), school.getTown() == null ? "" : school.getTown());
        }
    }

    /** Someone to alert: their e-mail address is null when their account has none. */
    public record StaffContact(long id, String displayName, @org.jspecify.annotations.Nullable String email) {}

    public record StaffMember(long id, String displayName, java.util.Set<uk.apassure.security.Role> roles,
            boolean active) {}

    public static class NotFound extends Refusal {
        NotFound(String message) {
            super(message);
        }
    }
}
