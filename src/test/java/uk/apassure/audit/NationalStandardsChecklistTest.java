package uk.apassure.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;
import uk.apassure.IntegrationTest;
import uk.apassure.base.pdf.PdfText;

/**
 * The shipped templates cover the DfE's national standards for non-school AP (V23) as a new
 * version: audits started before keep their items, new audits get the standards items, each item
 * names its standard, and publishing never changes a version already published.
 */
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NationalStandardsChecklistTest extends IntegrationTest {

    static final String STANDARDS_SECTION = "National standards for non-school AP (DfE 2025)";

    /** The standards the issue names, one item each (by a word of its prompt), and the reference it carries. */
    static final Map<String, String> ON_SITE = Map.of(
            "Single central record includes volunteers", "DfE AP 1.1 Safer recruitment",
            "Site risk assessment", "DfE AP 2 Health and safety",
            "Activity risk assessments", "DfE AP 2 Health and safety",
            "Risk assessment for each pupil", "DfE AP 2 Health and safety",
            "Fire drills held and logged", "DfE AP 2 Health and safety",
            "Baseline assessment for each pupil", "DfE AP 3 Admissions and support",
            "Individual learning plan for each pupil", "DfE AP 3 Admissions and support",
            "Attendance recorded for every session and sent to the school", "DfE AP 3 Admissions and support");

    @Autowired
    AuditService audits;

    @Autowired
    AuditPdf pdf;

    @Autowired
    ChecklistService checklists;

    @Autowired
    ChecklistRepository versions;

    @Autowired
    AuditRepository auditRows;

    @Autowired
    AuditFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    /** A shipped version's items, or trust A's own version of that number (published in this test). */
    private List<ChecklistItem.Spec> specs(String template, int number) {
        return transactions.execute(status -> versions.findByTemplateAndTrustIdIsNullAndNumber(template, number)
                .or(() -> versions.findFirstByTemplateAndTrustIdOrderByNumberDesc(template, world.trustA)
                        .filter(version -> version.getNumber() == number)).orElseThrow()
                .items().stream().map(ChecklistItem::spec).toList());
    }

    private List<String> sectionTitles(String template, int number) {
        return transactions.execute(status -> versions.findByTemplateAndTrustIdIsNullAndNumber(template, number).orElseThrow()
                .getSections().stream().map(ChecklistSection::getTitle).toList());
    }

    @Test
    void the_standards_version_copies_every_item_of_the_shipped_version_and_adds_the_standards_after_them() {
        for (String template : List.of(ChecklistService.PRE_PLACEMENT, ChecklistService.PRE_PLACEMENT_ONLINE)) {
            List<ChecklistItem.Spec> shipped = specs(template, 1);
            List<ChecklistItem.Spec> standards = specs(template, 2);
            assertThat(standards.subList(0, shipped.size())).as(template).isEqualTo(shipped);
            assertThat(sectionTitles(template, 2)).as(template)
                    .containsExactlyElementsOf(concat(sectionTitles(template, 1), STANDARDS_SECTION));
            // the shipped version is as V2 made it: no item names a national standard
            assertThat(shipped).extracting(ChecklistItem.Spec::standardRef).containsOnlyNulls();
        }
        assertThat(specs(ChecklistService.PRE_PLACEMENT, 1)).hasSize(37);
        assertThat(specs(ChecklistService.PRE_PLACEMENT_ONLINE, 1)).hasSize(35);
    }

    @Test
    void each_standards_item_names_the_standard_it_checks() {
        List<ChecklistItem.Spec> onSite = specs(ChecklistService.PRE_PLACEMENT, 2);
        List<ChecklistItem.Spec> added = onSite.subList(specs(ChecklistService.PRE_PLACEMENT, 1).size(), onSite.size());
        assertThat(added).hasSize(ON_SITE.size());
        for (ChecklistItem.Spec item : added) {
            assertThat(item.standardRef()).as(item.prompt()).isEqualTo(ON_SITE.get(item.prompt()));
            assertThat(item.guidance()).as(item.prompt()).isNotBlank();
        }
        // a provider checked online has no site to assess or evacuate; the rest apply as they are
        List<ChecklistItem.Spec> online = specs(ChecklistService.PRE_PLACEMENT_ONLINE, 2);
        List<ChecklistItem.Spec> onlineAdded = online.subList(specs(ChecklistService.PRE_PLACEMENT_ONLINE, 1).size(),
                online.size());
        assertThat(onlineAdded).extracting(ChecklistItem.Spec::prompt).containsExactly(
                "Single central record includes volunteers", "Activity risk assessments",
                "Risk assessment for each pupil", "Baseline assessment for each pupil",
                "Individual learning plan for each pupil", "Attendance recorded for every session and sent to the school");
        onlineAdded.forEach(item -> assertThat(item.standardRef()).as(item.prompt()).isEqualTo(ON_SITE.get(item.prompt())));
    }

    @Test
    void a_new_audit_starts_on_the_standards_version_and_its_sheet_and_pdf_show_each_reference() {
        long id = fixtures.draft(fixtures.provider("Standards Meadow Farm"));
        AuditSheet sheet = as("a1.aplead", () -> audits.get(id));

        assertThat(sheet.checklistNumber()).isEqualTo(2);
        assertThat(sheet.sections().getLast().title()).isEqualTo(STANDARDS_SECTION);
        List<AuditSheet.Item> standards = sheet.items().stream().filter(i -> i.standardRef() != null).toList();
        assertThat(standards).extracting(AuditSheet.Item::prompt).containsExactlyInAnyOrderElementsOf(ON_SITE.keySet());
        standards.forEach(i -> assertThat(i.standardRef()).as(i.prompt()).isEqualTo(ON_SITE.get(i.prompt())));

        String text = PdfText.of(as("a1.aplead", () -> pdf.export(id)));
        assertThat(text).contains("Single central record includes volunteers (critical) (DSL confirms) "
                + AuditSheet.STANDARD_LABEL + "DfE AP 1.1 Safer recruitment");
        assertThat(text).contains("Fire drills held and logged " + AuditSheet.STANDARD_LABEL
                + "DfE AP 2 Health and safety");
        assertThat(text).contains("Individual learning plan for each pupil " + AuditSheet.STANDARD_LABEL
                + "DfE AP 3 Admissions and support");
    }

    @Test
    void an_audit_started_on_the_shipped_version_keeps_its_items_and_can_still_be_filled_and_submitted() {
        long provider = fixtures.provider("Started Before Standards Farm");
        long current = fixtures.draft(provider);
        // as an audit started before V23 ran: pinned to version 1
        long old = transactions.execute(status -> {
            Audit template = auditRows.findById(current).orElseThrow();
            ChecklistVersion shipped = versions.findByTemplateAndTrustIdIsNullAndNumber(ChecklistService.PRE_PLACEMENT, 1).orElseThrow();
            return auditRows.saveAndFlush(new Audit(template.getTrustId(), provider, template.getSchoolId(), shipped,
                    null, "A1 AP Lead", template.getStartedAt())).requireId();
        });

        AuditSheet sheet = as("a1.aplead", () -> audits.get(old));
        assertThat(sheet.checklistNumber()).isEqualTo(1);
        assertThat(sheet.items()).extracting(AuditSheet.Item::prompt)
                .containsExactlyElementsOf(specs(ChecklistService.PRE_PLACEMENT, 1).stream()
                        .map(ChecklistItem.Spec::prompt).toList());
        assertThat(sheet.items()).extracting(AuditSheet.Item::standardRef).containsOnlyNulls();
        assertThat(sheet.sections()).extracting(AuditSheet.Section::title).doesNotContain(STANDARDS_SECTION);

        fixtures.fillAllMet("a1.aplead", old);
        as("a1.aplead", () -> audits.submit(old, fixtures.version(old)));
        assertThat(as("a1.aplead", () -> audits.get(old)).state()).isEqualTo(AuditState.SUBMITTED);
        assertThat(as("a1.aplead", () -> audits.get(old)).items()).hasSize(37);
    }

    /** Every version, section and item row, in id order, table by table. */
    private record Rows(List<Map<String, Object>> versions, List<Map<String, Object>> sections,
            List<Map<String, Object>> items) {

        /** The rows that were there before are all still there, unchanged; rows may have been added after them. */
        void unchangedIn(Rows later) {
            assertThat(later.versions.subList(0, versions.size())).isEqualTo(versions);
            assertThat(later.sections.subList(0, sections.size())).isEqualTo(sections);
            assertThat(later.items.subList(0, items.size())).isEqualTo(items);
        }
    }

    private Rows checklistRows() {
        return new Rows(jdbc.queryForList("select * from checklist_version order by id"),
                jdbc.queryForList("select * from checklist_section order by id"),
                jdbc.queryForList("select * from checklist_item order by id"));
    }

    @Test
    @Order(Integer.MAX_VALUE) // publishes the next version: the other tests read the one V23 made
    void publishing_through_the_service_adds_a_version_and_never_changes_a_published_one() {
        Rows before = checklistRows();
        int current = as("a.admin", () -> checklists.current()).stream()
                .filter(c -> c.template().equals(ChecklistService.PRE_PLACEMENT)).findFirst().orElseThrow().number();

        // what the template editor does: start from the current sections, change one, publish
        List<ChecklistService.SectionSpec> sections = new ArrayList<>(as("a.admin",
                () -> checklists.currentSections(ChecklistService.PRE_PLACEMENT)));
        ChecklistService.SectionSpec last = sections.getLast();
        List<ChecklistService.ItemSpec> items = new ArrayList<>(last.items());
        ChecklistService.ItemSpec first = items.getFirst();
        items.set(0, new ChecklistService.ItemSpec(first.prompt() + " and agency staff", first.guidance(),
                first.evidenceRequired(), first.needsExpiry(), first.confirmRole(), first.critical(), "  DfE AP 1.1  "));
        items.set(1, new ChecklistService.ItemSpec(items.get(1).prompt(), items.get(1).guidance(), true, true, null,
                true, " "));
        sections.set(sections.size() - 1, new ChecklistService.SectionSpec(last.title(), items));
        int published = as("a.admin", () -> checklists.publish(ChecklistService.PRE_PLACEMENT, sections));

        assertThat(published).isEqualTo(current + 1);
        Rows after = checklistRows();
        before.unchangedIn(after);
        assertThat(after.items()).hasSize(before.items().size() + specs(ChecklistService.PRE_PLACEMENT, published).size());
        List<ChecklistItem.Spec> next = specs(ChecklistService.PRE_PLACEMENT, published);
        List<ChecklistItem.Spec> previous = specs(ChecklistService.PRE_PLACEMENT, current);
        int firstStandard = previous.size() - ON_SITE.size();
        assertThat(next.get(firstStandard).prompt()).isEqualTo("Single central record includes volunteers and agency staff");
        assertThat(next.get(firstStandard).standardRef()).isEqualTo("DfE AP 1.1");
        assertThat(next.get(firstStandard + 1).standardRef()).as("a blank reference is none").isNull();
        assertThat(next.subList(firstStandard + 2, next.size())).isEqualTo(previous.subList(firstStandard + 2,
                previous.size()));
        assertThat(previous.get(firstStandard).prompt()).isEqualTo("Single central record includes volunteers");

        var tooLong = List.of(new ChecklistService.SectionSpec("S", List.of(new ChecklistService.ItemSpec("P", "",
                false, false, null, false, "x".repeat(ChecklistService.STANDARD_REF_MAX + 1)))));
        assertThatThrownBy(() -> as("a.admin", () -> checklists.publish(ChecklistService.PRE_PLACEMENT, tooLong)))
                .isInstanceOf(InvalidStep.class).hasMessageContaining("at most 80 characters");
    }

    private static List<String> concat(List<String> list, String last) {
        List<String> all = new ArrayList<>(list);
        all.add(last);
        return all;
    }
}
