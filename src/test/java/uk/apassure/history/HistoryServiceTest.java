package uk.apassure.history;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.apassure.IntegrationTest;
import uk.apassure.audit.AuditFixtures;
import uk.apassure.base.time.UkDates;
import uk.apassure.calendar.Session;
import uk.apassure.history.HistoryEntry.Action;
import uk.apassure.history.HistoryEntry.FieldChange;
import uk.apassure.organisation.UserAdminService;
import uk.apassure.organisation.UserAdminService.NewAccount;
import uk.apassure.placement.PlacementService;
import uk.apassure.placement.PlacementStatus;
import uk.apassure.placement.PlacementTerms;
import uk.apassure.placement.PlacementType;
import uk.apassure.placement.PupilDetails;
import uk.apassure.placement.SenStatus;
import uk.apassure.placement.Timetable;
import uk.apassure.placement.TimetableSession;
import uk.apassure.provider.ContactDetails;
import uk.apassure.provider.ProviderDetails;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.AccessGuard.AccessDeniedException;
import uk.apassure.security.Role;

class HistoryServiceTest extends IntegrationTest {

    @Autowired
    HistoryService history;

    @Autowired
    ProviderService providers;

    @Autowired
    PlacementService placements;

    @Autowired
    UserAdminService admin;

    @Autowired
    AuditFixtures audits;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_provider_edit_keeps_who_and_the_values_before_and_after() {
        long id = audits.provider("History farm " + UUID.randomUUID());
        ProviderDetails details = as("a1.aplead", () -> providers.get(id)).details();
        details.setOffer("Animal care");
        details.setLaApproved(false);
        as("a1.aplead", () -> providers.update(id, details));
        ProviderDetails again = as("a2.dsl", () -> providers.get(id)).details();
        again.setOffer("Animal care and horticulture");
        as("a2.dsl", () -> providers.update(id, again));

        List<HistoryEntry> entries = as("a2.dsl", () -> history.of(HistoryKind.PROVIDER, id));

        assertThat(entries).hasSizeGreaterThanOrEqualTo(3);
        assertThat(entries.getFirst().action()).isEqualTo(Action.CREATED);
        HistoryEntry last = entries.getLast();
        assertThat(last.action()).isEqualTo(Action.CHANGED);
        assertThat(last.who()).isEqualTo(subjects.signedIn("a2.dsl").displayName());
        assertThat(last.when()).matches("\\w{3} \\d{1,2} \\w{3} \\d{4}.*");
        assertThat(last.changes()).containsExactly(new FieldChange("Offer", "Animal care", "Animal care and horticulture"));
        assertThat(entries.get(entries.size() - 2).who()).isEqualTo(subjects.signedIn("a1.aplead").displayName());
        // the same trust shares provider facts; another trust sees nothing
        assertThatThrownBy(() -> as("b1.slt", () -> history.of(HistoryKind.PROVIDER, id)))
                .isInstanceOf(ProviderService.NotFound.class);
    }

    @Test
    void a_placement_status_change_is_kept_and_only_the_pupils_school_may_read_it() {
        long provider = audits.provider("History placement farm " + UUID.randomUUID());
        long site = as("a1.aplead", () -> providers.get(provider).sites().getFirst().id());
        PlacementTerms terms = new PlacementTerms(PlacementType.VOCATIONAL, of(2026, 12, 3), of(2027, 3, 26),
                "Re-engage with learning", "Level 1 in animal care", new BigDecimal("85.00"), false, null,
                new Timetable(List.of(new TimetableSession(DayOfWeek.TUESDAY, Session.AM, provider, site,
                        LocalTime.of(9, 0), LocalTime.of(12, 0)))));
        long id = as("a1.aplead", () -> placements.propose(new PupilDetails("Jamie", "Doe", "V801200009001",
                of(2011, 5, 4), 10, SenStatus.EHCP, false, null, true), terms));
        long version = as("a1.slt", () -> placements.get(id)).version();
        as("a1.slt", () -> placements.changeStatus(id, version, PlacementStatus.ENDED, "Not going ahead", "Home"));

        List<HistoryEntry> entries = as("a1.dsl", () -> history.of(HistoryKind.PLACEMENT, id));

        assertThat(entries.getFirst().action()).isEqualTo(Action.CREATED);
        assertThat(entries.getFirst().who()).isEqualTo(subjects.signedIn("a1.aplead").displayName());
        assertThat(entries.getLast().who()).isEqualTo(subjects.signedIn("a1.slt").displayName());
        assertThat(entries.getLast().changes().contains(new FieldChange("Status", "Proposed", "Ended")))
                .as("the status change in %s", entries.getLast().changes()).isTrue();
        assertThat(as("a.trustlead", () -> history.of(HistoryKind.PLACEMENT, id))).hasSameSizeAs(entries);

        assertThatThrownBy(() -> as("a2.dsl", () -> history.of(HistoryKind.PLACEMENT, id)))
                .isInstanceOf(PlacementService.NotFound.class);
        assertThatThrownBy(() -> as("b1.slt", () -> history.of(HistoryKind.PLACEMENT, id)))
                .isInstanceOf(PlacementService.NotFound.class);
        assertThatThrownBy(() -> as("a1.governor", () -> history.of(HistoryKind.PLACEMENT, id)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_role_change_is_kept_without_the_password_hash() {
        String username = "h" + UUID.randomUUID().toString().substring(0, 8);
        long id = as("a.admin", () -> admin.create(new NewAccount(username, "History Senco", null, world.schoolA1,
                Set.of(Role.SENCO)))).userId();
        as("a.admin", () -> admin.changeRoles(id, Set.of(Role.SENCO, Role.VISITOR)));

        List<HistoryEntry> entries = as("a.admin", () -> history.of(HistoryKind.USER, id));

        assertThat(entries.getFirst().action()).isEqualTo(Action.CREATED);
        assertThat(entries.getFirst().changes().contains(new FieldChange("Roles", UkDates.NONE, "SENCO")))
                .as("the first roles in %s", entries.getFirst().changes()).isTrue();
        HistoryEntry change = entries.getLast();
        assertThat(change.who()).isEqualTo(subjects.signedIn("a.admin").displayName());
        assertThat(change.changes().contains(new FieldChange("Roles", "SENCO", "SENCO, VISITOR")))
                .as("the roles change in %s", change.changes()).isTrue();
        assertThat(entries).flatMap(HistoryEntry::changes).extracting(FieldChange::field)
                .noneMatch(field -> field.toLowerCase().contains("password hash"));
        assertThat(jdbc.queryForList("SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = DATABASE() AND table_name = 'app_user_aud'", String.class))
                .contains("username", "display_name").doesNotContain("password_hash");
        // users are read by administrators only
        assertThatThrownBy(() -> as("a1.slt", () -> history.of(HistoryKind.USER, id)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_revision_is_made_by_the_signed_in_user_or_else_by_the_system() {
        HistoryRevision bySystem = new HistoryRevision();
        new RevisionAuthor().newRevision(bySystem);
        assertThat(bySystem.getUsername()).isEqualTo("system");
        assertThat(bySystem.getUserId()).isNull();

        HistoryRevision byUser = as("a1.aplead", () -> {
            HistoryRevision revision = new HistoryRevision();
            new RevisionAuthor().newRevision(revision);
            return revision;
        });
        assertThat(byUser.getUsername()).isEqualTo("a1.aplead");
        assertThat(byUser.getUserId()).isEqualTo(subjects.signedIn("a1.aplead").id());
    }

    @Test
    void a_contacts_addition_change_and_removal_are_kept_in_its_providers_history() {
        long id = audits.provider("History contacts farm " + UUID.randomUUID());
        ContactDetails contact = new ContactDetails();
        contact.setName("Sam Okafor");
        contact.setJobTitle("Farm manager");
        contact.setPhone("01632 960001");
        long contactId = as("a1.aplead", () -> providers.addContact(id, contact));
        ContactDetails changed = as("a1.aplead", () -> providers.get(id)).contacts().stream()
                .filter(c -> c.id() == contactId).findFirst().orElseThrow().details();
        changed.setJobTitle("Designated safeguarding lead");
        as("a2.dsl", () -> providers.updateContact(contactId, changed));
        as("a1.aplead", () -> providers.removeContact(contactId));

        List<HistoryEntry> entries = as("a2.dsl", () -> history.of(HistoryKind.PROVIDER, id));

        List<HistoryEntry> ofContact = entries.stream().filter(e -> e.part().equals("Contact “Sam Okafor”")).toList();
        assertThat(ofContact).extracting(HistoryEntry::action).containsExactly(Action.CREATED, Action.CHANGED, Action.DELETED);
        assertThat(ofContact.getFirst().changes().contains(new FieldChange("Job title", UkDates.NONE, "Farm manager")))
                .as("the first job title in %s", ofContact.getFirst().changes()).isTrue();
        assertThat(ofContact.get(1).who()).isEqualTo(subjects.signedIn("a2.dsl").displayName());
        assertThat(ofContact.get(1).changes())
                .containsExactly(new FieldChange("Job title", "Farm manager", "Designated safeguarding lead"));
        assertThat(entries.getLast()).isEqualTo(ofContact.getLast());
        assertThat(entries.stream().filter(e -> e.part().equals("Site “Main site”")).findFirst()).as("the main site")
                .hasValueSatisfying(e -> assertThat(e.changes()).contains(new FieldChange("Postcode", UkDates.NONE, "AB1 2CD"),
                        new FieldChange("Town", UkDates.NONE, "Alpha")));
        assertThatThrownBy(() -> as("b1.slt", () -> history.of(HistoryKind.PROVIDER, id)))
                .isInstanceOf(ProviderService.NotFound.class);
    }

    @Test
    void an_audits_answers_are_kept_in_its_history_and_unanswered_checks_say_nothing() {
        long provider = audits.provider("History audit farm " + UUID.randomUUID());
        long audit = audits.draft(provider);
        List<HistoryEntry> started = as("a1.aplead", () -> history.of(HistoryKind.AUDIT, audit));
        assertThat(started).as("a started audit: its checks are all unanswered").extracting(HistoryEntry::part)
                .containsOnly("");

        audits.fillAllMet("a1.aplead", audit);

        List<HistoryEntry> entries = as("a1.dsl", () -> history.of(HistoryKind.AUDIT, audit));
        List<HistoryEntry> answers = entries.stream().filter(e -> e.part().startsWith("Check “")).toList();
        int checks = jdbc.queryForObject("SELECT COUNT(*) FROM audit_item WHERE audit_id = ?", Integer.class, audit);
        assertThat(answers).hasSize(checks).allSatisfy(answer -> {
            assertThat(answer.action()).isEqualTo(Action.CHANGED);
            assertThat(answer.who()).isEqualTo(subjects.signedIn("a1.aplead").displayName());
            assertThat(answer.changes()).contains(new FieldChange("Outcome", UkDates.NONE, "Met"),
                    new FieldChange("Note", UkDates.NONE, "Seen"));
        });
        String firstPrompt = jdbc.queryForObject("SELECT ci.prompt FROM audit_item i JOIN checklist_item ci"
                + " ON ci.id = i.checklist_item_id WHERE i.audit_id = ? ORDER BY i.id LIMIT 1", String.class, audit);
        String firstPart = answers.getFirst().part();
        assertThat(firstPart.startsWith("Check “" + firstPrompt.substring(0, Math.min(20, firstPrompt.length()))))
                .as("the first answer names its check: %s", firstPart).isTrue();
    }

}
