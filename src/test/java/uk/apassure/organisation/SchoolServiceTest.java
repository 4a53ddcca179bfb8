package uk.apassure.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.IntegrationTest;
import uk.apassure.organisation.SchoolService.SchoolSummary;
import uk.apassure.organisation.SchoolService.StaffMember;
import uk.apassure.security.AccessGuard.AccessDeniedException;

/** School-scoped data (a school's staff) stays inside its school, its trust leads and admins; never another trust. */
class SchoolServiceTest extends IntegrationTest {

    @Autowired
    SchoolService schools;

    @Test
    void a_school_user_sees_their_own_school_and_its_staff() {
        assertThat(as("a1.dsl", () -> schools.visibleSchools())).extracting(SchoolSummary::name)
                .containsExactly("School A1");
        assertThat(as("a1.dsl", () -> schools.staff(world.schoolA1))).extracting(StaffMember::displayName)
                .contains("A1 DSL", "A1 SLT").doesNotContain("A2 DSL");
    }

    @Test
    void a_school_user_cannot_read_another_school_of_the_same_trust() {
        assertThatThrownBy(() -> as("a1.dsl", () -> schools.staff(world.schoolA2)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a1.slt", () -> schools.school(world.schoolA2)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_trust_lead_sees_every_school_of_the_trust_but_not_another_trust() {
        assertThat(as("a.trustlead", () -> schools.visibleSchools())).extracting(SchoolSummary::name)
                .containsExactly("School A1", "School A2");
        assertThat(as("a.trustlead", () -> schools.staff(world.schoolA2))).extracting(StaffMember::displayName)
                .containsExactly("A2 AP Lead", "A2 DSL", "A2 SLT");
        assertThatThrownBy(() -> as("a.trustlead", () -> schools.staff(world.schoolB1)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_reads_another_trusts_school() {
        assertThatThrownBy(() -> as("b1.slt", () -> schools.staff(world.schoolA1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a.admin", () -> schools.school(world.schoolB1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("b.trustlead", () -> schools.visibleSchools())).extracting(SchoolSummary::name)
                .containsExactly("School B1");
    }

    @Test
    void nothing_is_read_without_signing_in() {
        assertThatThrownBy(() -> schools.visibleSchools()).isInstanceOf(org.apache.shiro.lang.ShiroException.class);
    }
}
