package uk.apassure.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import uk.apassure.IntegrationTest;
import uk.apassure.security.AccessGuard.AccessDeniedException;
import uk.apassure.security.Role;

/** Publishing a template makes a new version; audits keep the version they were started from. */
@DirtiesContext
class ChecklistVersioningTest extends IntegrationTest {

    @Autowired
    ChecklistService checklists;

    @Autowired
    AuditService audits;

    @Autowired
    AuditFixtures fixtures;

    @Test
    void an_old_audit_still_shows_its_version_after_a_new_one_is_published() {
        long provider = fixtures.provider("Versioning farm");
        long old = fixtures.draft(provider);
        int before = as("a1.aplead", () -> audits.get(old)).checklistNumber();

        int published = as("a.admin", () -> checklists.publish(ChecklistService.PRE_PLACEMENT, List.of(
                new ChecklistService.SectionSpec("Safeguarding", List.of(new ChecklistService.ItemSpec(
                        "Safeguarding policy seen", "Current and signed", true, true, Role.DSL, true, null))))));
        assertThat(published).isEqualTo(before + 1);
        assertThat(as("a1.aplead", () -> checklists.current())).filteredOn(c -> c.template().equals(
                ChecklistService.PRE_PLACEMENT)).singleElement().satisfies(c -> assertThat(c.number()).isEqualTo(published));

        long fresh = fixtures.draft(provider);
        AuditSheet newSheet = as("a1.aplead", () -> audits.get(fresh));
        assertThat(newSheet.checklistNumber()).isEqualTo(published);
        assertThat(newSheet.items()).extracting(AuditSheet.Item::prompt).containsExactly("Safeguarding policy seen");

        AuditSheet oldSheet = as("a1.aplead", () -> audits.get(old));
        assertThat(oldSheet.checklistNumber()).isEqualTo(before);
        assertThat(oldSheet.items()).hasSizeGreaterThan(30).extracting(AuditSheet.Item::prompt)
                .contains("Employer's liability insurance").doesNotContain("Safeguarding policy seen");
    }

    /** Issue 13's finding: one trust's administrator could change every trust's template. */
    @Test
    void a_trust_publishes_its_own_version_and_another_trust_keeps_the_shipped_default() {
        List<ChecklistService.SectionSpec> trustBDefault = as("b.admin",
                () -> checklists.currentSections(ChecklistService.PRE_PLACEMENT_ONLINE));
        int trustBNumber = currentNumber("b1.slt", ChecklistService.PRE_PLACEMENT_ONLINE);
        int before = currentNumber("a1.aplead", ChecklistService.PRE_PLACEMENT_ONLINE);

        int published = as("a.admin", () -> checklists.publish(ChecklistService.PRE_PLACEMENT_ONLINE, List.of(
                new ChecklistService.SectionSpec("Trust A's own", List.of(new ChecklistService.ItemSpec(
                        "Trust A's online safety check", "", false, false, null, false, null))))));

        assertThat(published).isEqualTo(before + 1);
        assertThat(currentNumber("a1.aplead", ChecklistService.PRE_PLACEMENT_ONLINE)).isEqualTo(published);
        assertThat(as("a.admin", () -> checklists.currentSections(ChecklistService.PRE_PLACEMENT_ONLINE)))
                .extracting(ChecklistService.SectionSpec::title).containsExactly("Trust A's own");
        // trust B: the same template as before, for its administrator and for its schools' audits
        assertThat(currentNumber("b1.slt", ChecklistService.PRE_PLACEMENT_ONLINE)).isEqualTo(trustBNumber);
        assertThat(as("b.admin", () -> checklists.currentSections(ChecklistService.PRE_PLACEMENT_ONLINE)))
                .isEqualTo(trustBDefault);

        // trust B publishing its own afterwards numbers on from the default and leaves trust A's alone
        int trustBPublished = as("b.admin", () -> checklists.publish(ChecklistService.PRE_PLACEMENT_ONLINE,
                List.of(new ChecklistService.SectionSpec("Trust B's own", List.of(new ChecklistService.ItemSpec(
                        "Trust B's check", "", false, false, null, false, null))))));
        assertThat(trustBPublished).isEqualTo(trustBNumber + 1);
        assertThat(as("a.admin", () -> checklists.currentSections(ChecklistService.PRE_PLACEMENT_ONLINE)))
                .extracting(ChecklistService.SectionSpec::title).containsExactly("Trust A's own");
    }

    private int currentNumber(String username, String template) {
        return as(username, () -> checklists.current()).stream().filter(c -> c.template().equals(template))
                .findFirst().orElseThrow().number();
    }

    @Test
    void only_administrators_publish_and_a_version_needs_items() {
        var sections = List.of(new ChecklistService.SectionSpec("S", List.of(new ChecklistService.ItemSpec("P", "", false,
                false, null, false, null))));
        assertThatThrownBy(() -> as("a1.slt", () -> checklists.publish(ChecklistService.PRE_PLACEMENT, sections)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a.admin", () -> checklists.publish(ChecklistService.PRE_PLACEMENT,
                List.of(new ChecklistService.SectionSpec("Empty", List.of()))))).isInstanceOf(InvalidStep.class);
    }
}
