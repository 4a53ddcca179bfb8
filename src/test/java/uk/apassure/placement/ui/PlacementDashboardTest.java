package uk.apassure.placement.ui;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.ViewTest;
import uk.apassure.audit.AuditFixtures;
import uk.apassure.calendar.Session;
import uk.apassure.dashboard.ui.DashboardView;
import uk.apassure.placement.PlacementService;
import uk.apassure.placement.PlacementTerms;
import uk.apassure.placement.PlacementType;
import uk.apassure.placement.PupilDetails;
import uk.apassure.placement.SenStatus;
import uk.apassure.placement.Timetable;
import uk.apassure.placement.TimetableSession;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.SubjectRunner;

/** A proposed placement waits on SLT's dashboard; another school's SLT and a governor never see the pupil. */
class PlacementDashboardTest extends ViewTest {

    @Autowired
    AuditFixtures fixtures;

    @Autowired
    ProviderService providers;

    @Autowired
    PlacementService placements;

    @Autowired
    SubjectRunner subjects;

    @Test
    void a_proposal_waits_on_slts_dashboard_and_nowhere_outside_the_school() {
        long provider = fixtures.provider("Dashboard placement farm");
        long id = subjects.callAs("a1.aplead", () -> {
            long site = providers.get(provider).sites().getFirst().id();
            return placements.propose(new PupilDetails("Sam", "Waitingpupil", "H801200001001", of(2011, 5, 4), 10,
                    SenStatus.NONE, false, null, false), new PlacementTerms(PlacementType.VOCATIONAL,
                    of(2026, 12, 10), null, "Aims", "Outcomes", new BigDecimal("50"), false, null,
                    new Timetable(List.of(new TimetableSession(DayOfWeek.MONDAY, Session.AM, provider, site,
                            LocalTime.of(9, 0), LocalTime.of(12, 0))))));
        });

        signInAs("a1.slt");
        navigate(DashboardView.class);
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("placements/" + id);

        signInAs("a2.slt");
        // the same route would keep the previous user's view: go elsewhere first
        navigate(PlacementListView.class);
        navigate(DashboardView.class);
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).doesNotContain("placements/" + id);
        assertThat($(Span.class).all()).extracting(Span::getText).doesNotContain("Sam Waitingpupil");

        signInAs("a1.governor");
        navigate(PlacementListView.class);
        navigate(DashboardView.class);
        assertThat($(Span.class).all()).extracting(Span::getText).doesNotContain("Sam Waitingpupil")
                .contains("Proposed placements");
    }
}
