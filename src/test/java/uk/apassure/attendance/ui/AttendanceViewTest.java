package uk.apassure.attendance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import uk.apassure.ViewTest;
import uk.apassure.attendance.AttendanceService;
import uk.apassure.attendance.Mark;
import uk.apassure.base.time.InTermClock;
import uk.apassure.calendar.CalendarService;
import uk.apassure.calendar.Session;
import uk.apassure.placement.PlacementService;
import uk.apassure.placement.PlacementWeek;
import uk.apassure.review.ReviewFixtures;
import uk.apassure.security.SubjectRunner;

/**
 * The attendance screen: a tap marks a session, another school's staff do not see the pupil,
 * governors get numbers, and a return with a bad row shows the row and offers no import. On a fixed
 * Tuesday in term (InTermClock), so it passes on any day of the year.
 */
@Import(InTermClock.class)
class AttendanceViewTest extends ViewTest {

    @Autowired
    Clock clock;

    @Autowired
    ReviewFixtures fixtures;
    @Autowired
    PlacementService placements;
    @Autowired
    CalendarService calendars;
    @Autowired
    AttendanceService attendance;
    @Autowired
    SubjectRunner subjects;

    @BeforeEach
    void inTerm() {
        InTermClock.reset(clock);
    }

    /** The latest Tuesday up to today that is a school day at A2 (the fixture's placements go on Tuesday mornings). */
    private LocalDate lastSchoolTuesday() {
        var calendar = subjects.callAs("a2.dsl", () -> calendars.calendarOf(world.schoolA2));
        LocalDate d = LocalDate.now(clock);
        while (d.getDayOfWeek() != DayOfWeek.TUESDAY || !calendar.isSchoolDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    private List<SessionCard> cardsOf(String pupil) {
        return $(SessionCard.class).all().stream()
                .filter(card -> card.getElement().getTextRecursively().contains(pupil)).toList();
    }

    /** The day's page narrowed to one pupil: the shared test school has many pupils by now. */
    private AttendanceView pageOf(String user, LocalDate day, String pupil) {
        signInAs(user);
        AttendanceView view = navigate(AttendanceView.class);
        view.date.setValue(day);
        test(view.pupil).setValue(pupil);
        return view;
    }

    @Test
    void a_tap_marks_the_session() {
        long placement = fixtures.activeAtA2(fixtures.provider("View attendance farm"));
        PlacementWeek week = subjects.callAs("a2.dsl", () -> placements.week(placement));
        LocalDate tuesday = lastSchoolTuesday();

        pageOf("a2.dsl", tuesday, week.pupilName());
        SessionCard card = cardsOf(week.pupilName()).getFirst();
        assertThat(card.getElement().getTextRecursively()).contains("Register: B").contains("View attendance farm");
        test(card.marks.get(Mark.PRESENT)).click();
        SessionCard after = cardsOf(week.pupilName()).getFirst();
        assertThat($(Span.class, after).withClassName("attendance-state").single().getText())
                .isEqualTo("Present · A2 DSL");
        assertThat(subjects.callAs("a2.dsl", () -> attendance.day(tuesday)).rows().stream()
                .filter(r -> r.placementId() == placement).findFirst().orElseThrow().mark()).isEqualTo(Mark.PRESENT);
    }

    @Test
    void not_marked_only_drops_a_session_from_the_page_once_it_is_marked() {
        long placement = fixtures.activeAtA2(fixtures.provider("View unmarked farm"));
        PlacementWeek week = subjects.callAs("a2.dsl", () -> placements.week(placement));
        LocalDate tuesday = lastSchoolTuesday();

        AttendanceView view = pageOf("a2.dsl", tuesday, week.pupilName());
        test(view.unmarkedOnly).click();
        assertThat(cardsOf(week.pupilName())).hasSize(1);
        assertThat(view.previous.isEnabled()).isFalse();
        assertThat(view.next.isEnabled()).isFalse();
        test(cardsOf(week.pupilName()).getFirst().marks.get(Mark.PRESENT)).click();
        assertThat(cardsOf(week.pupilName())).isEmpty();
        assertThat(view.sessions.getElement().getTextRecursively()).contains("No session matches these filters.");
        // the summary still counts the whole day
        assertThat(view.summary.getText()).contains("sessions expected on");
    }

    @Test
    void another_schools_staff_do_not_see_the_pupil() {
        long placement = fixtures.activeAtA2(fixtures.provider("View scope farm"));
        PlacementWeek week = subjects.callAs("a2.dsl", () -> placements.week(placement));
        LocalDate tuesday = lastSchoolTuesday();
        signInAs("a1.dsl");
        AttendanceView other = navigate(AttendanceView.class);
        other.date.setValue(tuesday);
        assertThat(other.getElement().getTextRecursively()).doesNotContain(week.pupilName());
        test(other.pupil).setValue(week.pupilName());
        assertThat($(SessionCard.class).all()).isEmpty();
    }

    @Test
    void governors_see_the_days_numbers_and_no_pupil() {
        signInAs("a1.governor");
        AttendanceView view = navigate(AttendanceView.class);
        assertThat(view.summary.getText()).contains("sessions expected").contains("not yet known");
        assertThat($(SessionCard.class).all()).isEmpty();
        assertThat($(ReturnImport.class).exists()).isFalse();
    }

    @Test
    void a_return_with_a_bad_row_lists_the_row_and_offers_no_import() {
        long placement = fixtures.activeAtA2(fixtures.provider("View import farm"));
        PlacementWeek week = subjects.callAs("a2.dsl", () -> placements.week(placement));
        LocalDate tuesday = lastSchoolTuesday();
        String date = String.format("%02d/%02d/%d", tuesday.getDayOfMonth(), tuesday.getMonthValue(),
                tuesday.getYear());

        signInAs("a2.dsl");
        navigate(AttendanceView.class);
        ReturnImport importer = $(ReturnImport.class).single();
        importer.show("upn,date,session,mark\n" + week.upn() + "," + date + ",AM,U\nX000000000001," + date + ",AM,P\n");
        assertThat($(ListItem.class, importer).all()).extracting(ListItem::getText)
                .contains("Row 3: Unknown UPN: no active placement of your school.");
        assertThat(importer.confirm.isVisible()).isFalse();
        assertThat(subjects.callAs("a2.dsl", () -> attendance.day(tuesday)).rows().stream()
                .filter(r -> r.placementId() == placement && r.session() == Session.AM).findFirst().orElseThrow()
                .mark()).isNull();

        importer.show("upn,date,session,mark\n" + week.upn() + "," + date + ",AM,U\n");
        assertThat(importer.confirm.isVisible()).isTrue();
        test(importer.confirm).click();
        assertThat(subjects.callAs("a2.dsl", () -> attendance.day(tuesday)).rows().stream()
                .filter(r -> r.placementId() == placement).findFirst().orElseThrow().mark())
                .isEqualTo(Mark.UNAUTHORISED_ABSENCE);
    }
}
