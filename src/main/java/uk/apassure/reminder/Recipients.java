package uk.apassure.reminder;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.organisation.AppUser;
import uk.apassure.organisation.School;
import uk.apassure.security.Role;

/** Who a reminder goes to: an owner by id, or a school's active AP leads; with their address if they have one. */
@Component
class Recipients {

    private final EntityManager em;

    Recipients(EntityManager em) {
        this.em = em;
    }

    /** The owner, if their account is still active. */
    @Transactional(readOnly = true)
    Optional<Recipient> find(long userId) {
        return em.createQuery("select u from AppUser u join fetch u.trust left join fetch u.school"
                        + " where u.id = :id and u.active = true", AppUser.class)
                .setParameter("id", userId).getResultStream().findFirst().map(Recipients::of);
    }

    @Transactional(readOnly = true)
    List<Recipient> apLeads(long schoolId) {
        return em.createQuery("select u from AppUser u join fetch u.trust join fetch u.school s join u.roles r"
                        + " where s.id = :school and r = :role and u.active = true order by u.displayName, u.id",
                        AppUser.class)
                .setParameter("school", schoolId).setParameter("role", Role.AP_LEAD).getResultList().stream()
                .map(Recipients::of).toList();
    }

    private static Recipient of(AppUser user) {
        School school = user.getSchool();
        return new Recipient(user.requireId(), user.getDisplayName(), user.getEmail(), user.getTrust().requireId(),
                school == null ? null : school.requireId(), school == null ? "" : school.getName());
    }

    record Recipient(long id, String name, @Nullable String email, long trustId, @Nullable Long schoolId,
            String schoolName) {

        long requireSchoolId() {
            if (schoolId == null) {
                throw new IllegalStateException("Not a member of a school");
            }
            return schoolId;
        }
    }
}
