package uk.apassure.attendance.ui;

import static java.time.DayOfWeek.TUESDAY;
import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import uk.apassure.ViewTest;
import uk.apassure.attendance.AttendanceService;
import uk.apassure.attendance.Mark;
import uk.apassure.audit.AuditFixtures;
import uk.apassure.base.time.InTermClock;
import uk.apassure.calendar.Session;
import uk.apassure.placement.PlacementFixtures;
import uk.apassure.provider.ProviderRow;
import uk.apassure.provider.ui.ProviderListView;
import uk.apassure.security.SubjectRunner;

/**
 * The provider register's row carries last week's attendance of the viewer's school's pupils there
 * (issue 10), for governors too (a percentage, no pupil); administrators get no column. Tue 24 Nov 2026 (InTermClock).
 */
@Import(InTermClock.class)
class RegisterAttendanceColumnTest extends ViewTest {

    @Autowired
    Clock clock;
    @Autowired
    PlacementFixtures fixtures;
    @Autowired
    AuditFixtures audits;
    @Autowired
    AttendanceService attendance;
    @Autowired
    SubjectRunner subjects;

    @BeforeEach
    void inTerm() {
        InTermClock.reset(clock);
        fixtures.termDates(world.schoolA1);
    }

    @SuppressWarnings("unchecked")
    private Grid<ProviderRow> grid() {
        return $(Grid.class).withClassName("provider-grid").single();
    }

    private void search(String name) {
        test($(TextField.class).withPropertyValue(TextField::getPlaceholder, "Search by name").single()).setValue(name);
    }

    @Test
    void the_row_shows_last_weeks_attendance_to_a_governor() {
        long farm = audits.provider("Column attendance farm");
        long placement = fixtures.active("a1.aplead", of(2026, 11, 2), Map.of(farm, List.of(TUESDAY)));
        subjects.runAs("a1.aplead", () -> {
            attendance.mark(placement, of(2026, 11, 17), Session.AM, Mark.PRESENT, null);
            attendance.mark(placement, of(2026, 11, 17), Session.PM, Mark.UNAUTHORISED_ABSENCE, null);
        });

        signInAs("a1.governor");
        navigate(ProviderListView.class);
        search("Column attendance farm");
        var column = grid().getColumnByKey("attendance");
        assertThat(column.isVisible()).isTrue();
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getCellText(0, grid().getColumns().indexOf(column))).isEqualTo("50%");
    }

    @Test
    void an_administrator_gets_no_attendance_column() {
        signInAs("a.admin");
        navigate(ProviderListView.class);
        assertThat(grid().getColumnByKey("attendance").isVisible()).isFalse();
    }
}
