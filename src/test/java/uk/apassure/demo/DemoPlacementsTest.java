package uk.apassure.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;
import uk.apassure.calendar.CalendarService;
import uk.apassure.organisation.SchoolService;
import uk.apassure.placement.NoticeRule.NoticeState;
import uk.apassure.placement.PlacementFilter;
import uk.apassure.placement.PlacementRow;
import uk.apassure.placement.PlacementService;
import uk.apassure.placement.PlacementStatus;
import uk.apassure.security.SubjectRunner;

/** The demo profile starts with term dates at every school and Meadowbank's placements in every state. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class DemoPlacementsTest {

    @Autowired
    PlacementService placements;

    @Autowired
    CalendarService calendars;

    @Autowired
    SchoolService schools;

    @Autowired
    SubjectRunner subjects;

    @Test
    void every_demo_school_has_190_school_days_in_2026_27() {
        subjects.runAs("trustlead", () -> {
            for (var school : schools.trustSchools()) {
                int days = calendars.schoolDaysBetween(school.id(), LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31));
                assertThat(days).as(school.name()).isEqualTo(school.name().startsWith("Oakfield") ? 189 : 190);
            }
        });
    }

    @Test
    void meadowbank_has_placements_in_every_state_and_one_late_notice() {
        var rows = subjects.callAs("slt", () -> placements.list(PlacementFilter.ANY, PageRequest.of(0, 50)));
        assertThat(rows).extracting(PlacementRow::status).contains(PlacementStatus.ACTIVE, PlacementStatus.PROPOSED,
                PlacementStatus.REINTEGRATED);
        assertThat(rows).extracting(row -> subjects.callAs("slt", () -> placements.get(row.id()).notice()))
                .contains(NoticeState.LATE, NoticeState.ON_TIME);
        assertThat(subjects.callAs("dsl.riverside", () -> placements.count(PlacementFilter.ANY))).isZero();
        assertThat(subjects.callAs("governor", () -> placements.counts())).isNotEmpty();
    }
}
