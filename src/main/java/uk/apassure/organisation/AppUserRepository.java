package uk.apassure.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    @EntityGraph(attributePaths = {"trust", "school", "roles"})
    Optional<AppUser> findByUsernameAndActiveTrue(String username);

    @EntityGraph(attributePaths = {"roles"})
    List<AppUser> findBySchoolIdOrderByDisplayName(long schoolId);

    boolean existsByUsername(String username);

    @org.springframework.data.jpa.repository.Query("select u from AppUser u join u.roles r"
            + " where u.school.id = :schoolId and u.active = true and r = :role order by u.displayName, u.id")
    List<AppUser> findActiveBySchoolAndRole(long schoolId, uk.apassure.security.Role role);

    Optional<AppUser> findByUsername(String username);

    @EntityGraph(attributePaths = {"school", "roles"})
    List<AppUser> findByTrustIdOrderByDisplayNameAscIdAsc(long trustId);

    @EntityGraph(attributePaths = {"trust", "school", "roles"})
    Optional<AppUser> findWithRolesById(long id);
}
