package uk.apassure.placement;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.apassure.IntegrationTest;
import uk.apassure.audit.AuditFixtures;
import uk.apassure.calendar.Session;
import uk.apassure.placement.PlacementService.InvalidPlacement;
import uk.apassure.placement.PlacementService.NotFound;
import uk.apassure.security.AccessGuard.AccessDeniedException;

/**
 * Changing a placement's terms and pupil: a slip put right (with a reason for an active placement's
 * dates and week), a concurrent save refused, every problem named with its field, the database behind.
 */
class PlacementEditTest extends IntegrationTest {

    @Autowired
    PlacementEditService edits;

    @Autowired
    PlacementService placements;

    @Autowired
    PlacementFixtures fixtures;

    @Autowired
    AuditFixtures audits;

    @Autowired
    JdbcTemplate jdbc;

    private long farm;

    @BeforeEach
    void anApprovedFarm() {
        fixtures.calendars();
        farm = audits.provider("Edit farm");
        audits.decided(farm);
    }

    @Test
    void a_typo_in_an_active_placements_start_is_put_right_with_a_reason() {
        long id = fixtures.propose("a1.aplead", PlacementType.VOCATIONAL, of(2027, 1, 21), farm);
        fixtures.start("a1.slt", id);
        PlacementEdit base = as("a1.aplead", () -> edits.open(id));
        PlacementTerms fixed = withStart(base.terms(), of(2027, 1, 12));

        assertThatThrownBy(() -> as("a1.aplead", () -> edits.save(base, base.pupil(), fixed, " ")))
                .isInstanceOfSatisfying(InvalidPlacement.class, refused -> assertThat(refused.byField())
                        .containsOnlyKeys(PlacementField.REASON));
        as("a1.aplead", () -> edits.save(base, base.pupil(), fixed, "Typed 21 for 12"));

        PlacementPage page = as("a1.dsl", () -> placements.get(id));
        assertThat(page.terms().startsOn()).isEqualTo(of(2027, 1, 12));
        // the last day for the notice follows the start: Tue 12 Jan 2027 → Fri 8 Jan, over the weekend
        assertThat(page.latestNotice()).isEqualTo(of(2027, 1, 8));
        assertThat(as("a1.dsl", () -> edits.changes(id))).singleElement().satisfies(change -> {
            assertThat(change.what()).isEqualTo("Start: Thu 21 Jan 2027 → Tue 12 Jan 2027");
            assertThat(change.reason()).isEqualTo("Typed 21 for 12");
            assertThat(change.by()).isEqualTo("A1 AP Lead");
        });
    }

    @Test
    void a_proposal_changes_without_a_reason_and_an_unchanged_save_records_nothing() {
        long id = fixtures.propose("a1.aplead", PlacementType.VOCATIONAL, of(2027, 1, 12), farm);
        PlacementEdit base = as("a1.aplead", () -> edits.open(id));
        PupilDetails renamed = new PupilDetails("Robyn", base.pupil().lastName(), base.pupil().upn(),
                base.pupil().dateOfBirth(), 11, base.pupil().sen(), base.pupil().lookedAfter(), null, true);
        as("a1.aplead", () -> edits.save(base, renamed, base.terms(), ""));
        PlacementEdit again = as("a1.slt", () -> edits.open(id));
        as("a1.slt", () -> edits.save(again, again.pupil(), again.terms(), ""));

        assertThat(as("a1.dsl", () -> placements.get(id)).pupil().name()).isEqualTo("Robyn Pupil");
        assertThat(as("a1.dsl", () -> edits.changes(id))).singleElement().satisfies(change -> {
            assertThat(change.what()).isEqualTo("Pupil's name: Grid Pupil → Robyn Pupil;"
                    + " Year group: Year 10 → Year 11; Free school meals: no → yes");
            assertThat(change.reason()).isNull();
        });
    }

    @Test
    void a_second_save_over_the_same_version_is_refused_and_the_first_kept() {
        long id = fixtures.propose("a1.aplead", PlacementType.VOCATIONAL, of(2027, 1, 12), farm);
        PlacementEdit mine = as("a1.aplead", () -> edits.open(id));
        PlacementEdit theirs = as("a1.slt", () -> edits.open(id));
        as("a1.slt", () -> edits.save(theirs, theirs.pupil(), withStart(theirs.terms(), of(2027, 1, 19)), ""));

        assertThatThrownBy(() -> as("a1.aplead",
                () -> edits.save(mine, mine.pupil(), withStart(mine.terms(), of(2027, 1, 26)), "")))
                .isInstanceOf(InvalidPlacement.class).hasMessageContaining("Someone else changed this placement");
        assertThat(as("a1.dsl", () -> placements.get(id)).terms().startsOn()).isEqualTo(of(2027, 1, 19));

        // the pupil is shared by the pupil's placements: a change through another one counts too
        PlacementEdit fresh = as("a1.aplead", () -> edits.open(id));
        as("a1.aplead", () -> placements.propose(new PupilDetails("Grid", "Pupil", fresh.pupil().upn(),
                fresh.pupil().dateOfBirth(), 10, SenStatus.EHCP, false, null, false),
                fixtures.terms(PlacementType.MEDICAL_SEMH, of(2027, 3, 2), farm)));
        assertThatThrownBy(() -> as("a1.aplead", () -> edits.save(fresh, fresh.pupil(), fresh.terms(), "")))
                .isInstanceOf(InvalidPlacement.class).hasMessageContaining("Someone else changed this placement");
    }

    @Test
    void every_problem_is_named_with_its_field() {
        long id = fixtures.propose("a1.aplead", PlacementType.VOCATIONAL, of(2027, 1, 12), farm);
        PlacementEdit base = as("a1.aplead", () -> edits.open(id));
        PupilDetails pupil = new PupilDetails(" ", "Pupil", "A801200001001", of(2011, 5, 4), 15, SenStatus.NONE,
                false, null, false);
        PlacementTerms terms = new PlacementTerms(null, of(2027, 1, 12), of(2027, 1, 11), "", "Level 1",
                new BigDecimal("-1"), false, of(2040, 1, 1), new Timetable(List.of()));

        assertThatThrownBy(() -> as("a1.aplead", () -> edits.save(base, pupil, terms, "")))
                .isInstanceOfSatisfying(InvalidPlacement.class, refused -> assertThat(refused.byField())
                        .containsEntry(PlacementField.FIRST_NAME, "Enter the pupil's first name.")
                        .containsEntry(PlacementField.YEAR_GROUP, "Choose a year group from Reception to Year 14.")
                        .containsEntry(PlacementField.TYPE, "Choose the type of placement.")
                        .containsEntry(PlacementField.ENDS_ON, "The placement ends before it starts.")
                        .containsEntry(PlacementField.AIMS, "Write the aims (001 §7.11).")
                        .containsEntry(PlacementField.COST_PER_SESSION,
                                "A cost per session from £0 to £99,999.99, in pounds and pence.")
                        .containsEntry(PlacementField.LA_INFORMED_ON,
                                "The local authority cannot have been told on a future date.")
                        .containsEntry(PlacementField.TIMETABLE, "Add at least one session to the timetable.")
                        .hasEntrySatisfying(PlacementField.UPN, message -> assertThat(message)
                                .startsWith("The check letter does not match"))
                        .doesNotContainKeys(PlacementField.LAST_NAME, PlacementField.STARTS_ON,
                                PlacementField.DATE_OF_BIRTH, PlacementField.PLANNED_OUTCOMES));
        assertThat(as("a1.dsl", () -> edits.changes(id))).isEmpty();
    }

    @Test
    void another_pupils_upn_and_an_unchecked_provider_for_an_active_placement_are_refused() {
        long first = fixtures.propose("a1.aplead", PlacementType.VOCATIONAL, of(2027, 1, 12), farm);
        long second = fixtures.propose("a1.aplead", PlacementType.VOCATIONAL, of(2027, 1, 12), farm);
        fixtures.start("a1.slt", second);
        String takenUpn = as("a1.dsl", () -> placements.get(first)).pupil().upn();
        PlacementEdit base = as("a1.aplead", () -> edits.open(second));
        PupilDetails clash = new PupilDetails("Grid", "Pupil", takenUpn, base.pupil().dateOfBirth(), 10,
                SenStatus.NONE, false, null, false);
        long unchecked = audits.provider("Unchecked edit farm");
        List<TimetableSession> week = new ArrayList<>(base.terms().timetable().sessions());
        week.add(new TimetableSession(DayOfWeek.THURSDAY, Session.AM, unchecked, fixtures.site(unchecked),
                LocalTime.of(9, 0), LocalTime.of(12, 0)));
        PlacementTerms moreDays = withWeek(base.terms(), new Timetable(week));

        assertThatThrownBy(() -> as("a1.aplead", () -> edits.save(base, clash, moreDays, "Thursday added")))
                .isInstanceOfSatisfying(InvalidPlacement.class, refused -> assertThat(refused.byField())
                        .containsEntry(PlacementField.UPN, "Another pupil of the school has UPN " + takenUpn
                                + ": check the UPN against the school's records.")
                        .containsEntry(PlacementField.TIMETABLE, "Unchecked edit farm is prospective, not approved."
                                + " Unchecked edit farm has no signed-off pre-placement audit."));
    }

    @Test
    void only_the_pupils_own_school_changes_a_placement_that_has_not_ended() {
        long id = fixtures.propose("a1.aplead", PlacementType.VOCATIONAL, of(2027, 1, 12), farm);
        assertThatThrownBy(() -> as("a2.aplead", () -> edits.open(id))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as("a1.dsl", () -> edits.open(id))).isInstanceOf(AccessDeniedException.class);
        PlacementEdit base = as("a1.aplead", () -> edits.open(id));
        as("a1.slt", () -> placements.changeStatus(id, base.version(), PlacementStatus.ENDED, "Not needed", "School"));
        assertThatThrownBy(() -> as("a1.aplead", () -> edits.open(id))).isInstanceOf(InvalidPlacement.class)
                .hasMessage("Only the pupil's own school changes a placement that has not ended.");
        assertThatThrownBy(() -> as("a2.aplead", () -> edits.changes(id))).isInstanceOf(NotFound.class);
    }

    @Test
    void the_database_refuses_what_the_rules_refuse() {
        long id = fixtures.propose("a1.aplead", PlacementType.VOCATIONAL, of(2027, 1, 12), farm);
        assertThatThrownBy(() -> jdbc.update("UPDATE placement SET aims = '  ' WHERE id = ?", id))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("UPDATE placement SET type = 'HOLIDAY' WHERE id = ?", id))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("UPDATE placement SET cost_per_session = 100000 WHERE id = ?", id))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("UPDATE placement SET status = 'ENDED', destination = NULL WHERE id = ?",
                id)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("UPDATE placement_session SET day_of_week = 'SATURDAY'"
                + " WHERE placement_id = ?", id)).isInstanceOf(DataIntegrityViolationException.class);
    }

    private static PlacementTerms withStart(PlacementTerms terms, java.time.LocalDate startsOn) {
        return new PlacementTerms(terms.type(), startsOn, terms.endsOn(), terms.aims(), terms.plannedOutcomes(),
                terms.costPerSession(), terms.dualRegistration(), terms.laInformedOn(), terms.timetable());
    }

    private static PlacementTerms withWeek(PlacementTerms terms, Timetable week) {
        return new PlacementTerms(terms.type(), terms.startsOn(), terms.endsOn(), terms.aims(),
                terms.plannedOutcomes(), terms.costPerSession(), terms.dualRegistration(), terms.laInformedOn(), week);
    }
}
