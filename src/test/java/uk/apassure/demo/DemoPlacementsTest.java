package uk.apassure.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;
import uk.apassure.base.time.InTermClock;
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
@Import(InTermClock.class)
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
    void thirty_placements_at_three_schools_in_every_state_with_late_notices() {
        var all = subjects.callAs("trustlead", () -> placements.list(PlacementFilter.ANY, PageRequest.of(0, 100)));
        assertThat(all).hasSize(30);
        assertThat(all.stream().map(PlacementRow::status).collect(java.util.stream.Collectors.toSet()))
                .isEqualTo(java.util.EnumSet.allOf(PlacementStatus.class));
        var meadowbank = subjects.callAs("slt", () -> placements.list(PlacementFilter.ANY, PageRequest.of(0, 50)));
        assertThat(meadowbank).hasSize(12);
        assertThat(meadowbank).extracting(row -> subjects.callAs("slt", () -> placements.get(row.id()).notice()))
                .contains(NoticeState.LATE, NoticeState.ON_TIME);
        var riverside = subjects.callAs("dsl.riverside", () -> placements.list(PlacementFilter.ANY, PageRequest.of(0, 50)));
        assertThat(riverside).hasSize(10).extracting(PlacementRow::pupilName)
                .doesNotContainAnyElementsOf(meadowbank.stream().map(PlacementRow::pupilName).toList());
        assertThat(subjects.callAs("slt.stanselms", () -> placements.count(PlacementFilter.ANY))).isEqualTo(8);
        assertThat(subjects.callAs("governor", () -> placements.counts())).isNotEmpty();
    }
}
