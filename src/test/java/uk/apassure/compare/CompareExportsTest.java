package uk.apassure.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.IntegrationTest;
import uk.apassure.base.pdf.PdfText;
import uk.apassure.base.time.MutableClock;
import uk.apassure.calendar.CalendarService;
import uk.apassure.organisation.SchoolService;
import uk.apassure.provider.RegistrationTriggers;
import uk.apassure.renewal.RenewalQueries;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.AccessGuard.AccessDeniedException;
import uk.apassure.visit.CadenceAt;

/** The CSV and PDF exports on the hand-made trust, today Mon 23 Nov 2026, over the last 12 months. */
class CompareExportsTest extends IntegrationTest {

    @Autowired
    CompareData data;

    @Autowired
    CompareQueries queries;

    @Autowired
    CadenceAt cadence;

    @Autowired
    RenewalQueries renewals;

    @Autowired
    RegistrationTriggers triggers;

    @Autowired
    SchoolService schools;

    @Autowired
    CalendarService calendars;

    @Autowired
    AccessGuard access;

    private CompareExports exports;

    @BeforeEach
    void dataSet() {
        data.ensure();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
        exports = new CompareExports(
                new CompareService(queries, cadence.at(clock), renewals, triggers, schools, calendars, access, clock));
    }

    @Test
    void the_trust_leads_csv_has_a_line_per_provider_with_every_measure() {
        String csv = new String(as("c.trustlead", () -> exports.csv("12-months")), StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(4);
        assertThat(csv).startsWith("\uFEFFProvider,Type,Schools using,Placements in period,Latest audit,");
        // farm over 24 Nov 2025 - 23 Nov 2026: North's placement that ended on 30 Sep now counts (5 qualifications,
        // a destination, 99 a session); every mark, 23 Nov included: 5 attended of 9 → 55.6;
        // cost (50 × 2 + 40 + 60 × 2 + 99) / 4 = 89.75
        assertThat(csv).contains("Meadow Farm,Unregistered provider,2,4,\"Amber, Tue 15 Sep 2026\",1,100.0,1,2,55.6,50.0,"
                + "0,5,1,89.75,No");
        assertThat(csv).contains("Forge Workshop,Unregistered provider,1,3,\"Green, Tue 1 Sep 2026\",0,0.0,0,0,100.0,0.0,"
                + "1,2,1,80.00,Over the trigger");
        assertThat(csv).contains("Riverside College,FE college,1,1,Not audited,0,–,0,0,–,100.0,0,0,1,90.00,No");
    }

    @Test
    void a_governors_files_hold_school_and_type_rows_and_no_provider_or_pupil() {
        String csv = new String(as("c1.governor", () -> exports.csv(null)), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFSchool,Provider type,Schools using,Placements in period,Renewals overdue");
        assertThat(csv).contains("North Academy,Unregistered provider,");
        assertThat(csv).doesNotContain("Meadow Farm", "Forge Workshop", "South Academy", "Pupil", "Concern text");
        String pdf = PdfText.of(as("c1.governor", () -> exports.pdf(null)));
        assertThat(pdf).contains("By school and provider type", "North Academy").doesNotContain("Meadow Farm");
    }

    @Test
    void the_pdf_for_a_board_pack_has_the_grid_and_the_ratings_by_school() {
        String pdf = PdfText.of(as("c.trustlead", () -> exports.pdf("12-months")));
        assertThat(pdf).contains("Provider comparison", "Last 12 months", "Meadow Farm", "Forge Workshop",
                "Providers used by each school");
        assertThatThrownBy(() -> as("c.admin", () -> exports.csv(null))).isInstanceOf(AccessDeniedException.class);
    }
}
