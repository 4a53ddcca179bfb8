package uk.apassure.placement.ui;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.ViewTest;
import uk.apassure.audit.AuditFixtures;
import uk.apassure.calendar.CalendarService;
import uk.apassure.calendar.Session;
import uk.apassure.calendar.TermDates;
import uk.apassure.dashboard.ui.DashboardView;
import uk.apassure.placement.PlacementService;
import uk.apassure.placement.PlacementTerms;
import uk.apassure.placement.PlacementType;
import uk.apassure.placement.SuspensionReason;
import uk.apassure.placement.SuspensionRow;
import uk.apassure.placement.Timetable;
import uk.apassure.placement.TimetableSession;
import uk.apassure.placement.Upn;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.SubjectRunner;

/**
 * An AP lead records a suspension for a pupil with no placement; SLT's dashboard asks for provision
 * from day 6 and opens the placement form filled in; the placement page then shows the duty met.
 * Another school's DSL and a governor never see the pupil.
 */
class SuspensionViewsTest extends ViewTest {

    @Autowired
    AuditFixtures fixtures;

    @Autowired
    ProviderService providers;

    @Autowired
    PlacementService placements;

    @Autowired
    CalendarService calendars;

    @Autowired
    SubjectRunner subjects;

    @BeforeEach
    void schoolA1HasItsCalendar() {
        subjects.runAs("a.admin", () -> TermDates.save2026(calendars, world.schoolA1));
    }

    @Test
    void a_suspension_without_a_placement_becomes_a_to_do_until_provision_is_proposed() {
        String upn = Upn.withCheckLetter("773200000001");
        signInAs("a1.aplead");
        SuspensionListView list = navigate(SuspensionListView.class);
        test(list.upn).setValue(upn);
        test(list.find).click();
        assertThat(list.pupil.isVisible()).isTrue();
        test(list.pupil.firstName).setValue("Rowan");
        test(list.pupil.lastName).setValue("Sentout");
        test(list.pupil.dateOfBirth).setValue(of(2012, 2, 20));
        list.pupil.yearGroup.setValue(9);
        // Wed 28 Apr 2027 for six school days: Mon 3 May is a bank holiday, Thu 6 May the sixth day
        test(list.suspension.firstDay).setValue(of(2027, 4, 28));
        test(list.suspension.schoolDays).setValue(6);
        list.suspension.reason.setValue(SuspensionReason.DAMAGE);
        test(list.record).click();
        SuspensionRow row = IntStream.range(0, test(list.grid).size()).mapToObj(i -> test(list.grid).getRow(i)).filter(r -> r.pupilName().equals("Rowan Sentout")).findFirst().orElseThrow();
        assertThat(row.duty()).isNotNull();
        assertThat(row.duty().run().provisionBy()).isEqualTo(of(2027, 5, 6));

        signInAs("a1.slt");
        navigate(DashboardView.class);
        String href = ProvisionPrefill.href(row.pupilId());
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains(href);
        assertThat($(Span.class).all()).extracting(Span::getText)
                .contains("Provision for Rowan Sentout must start by Thu 6 May 2027");
        UI.getCurrent().navigate("placements/new", QueryParameters.of(ProvisionPrefill.PARAMETER,
                String.valueOf(row.pupilId())));
        PlacementForm form = ((PlacementNewView) getCurrentView()).form;
        assertThat(form.upn.getValue()).isEqualTo(upn);
        assertThat(form.type.getValue()).isEqualTo(PlacementType.SUSPENSION_PROVISION);
        assertThat(form.startsOn.getValue()).isEqualTo(of(2027, 5, 6));

        long placement = subjects.callAs("a1.slt", () -> placements.propose(form.pupilDetails(), provision()));
        UI.getCurrent().navigate(PlacementView.class, placement);
        assertThat($(Span.class).all()).extracting(Span::getText)
                .contains("Provision must start by Thu 6 May 2027 · met: a placement for the suspension starts"
                        + " Thu 6 May 2027.");
        SuspensionsPanel panel = $(SuspensionsPanel.class).single();
        test(panel.fields.firstDay).setValue(of(2027, 5, 7));
        test(panel.fields.schoolDays).setValue(2);
        panel.fields.reason.setValue(SuspensionReason.BULLYING);
        test(panel.record).click();
        assertThat($(Span.class).all()).extracting(Span::getText)
                .anyMatch(text -> text.startsWith("Fri 7 May 2027 · 2 school days (last day Mon 10 May 2027)"))
                .contains("8 school days in a row, Wed 28 Apr 2027 to Mon 10 May 2027");
        navigate(DashboardView.class);
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).doesNotContain(href);

        signInAs("a2.dsl");
        SuspensionListView otherSchool = navigate(SuspensionListView.class);
        assertThat(test(otherSchool.grid).size()).isZero();
        UI.getCurrent().navigate(PlacementView.class, placement);
        assertThat(getCurrentView()).isNotInstanceOf(PlacementView.class);

        signInAs("a1.governor");
        navigate(DashboardView.class);
        SuspensionListView governor = navigate(SuspensionListView.class);
        assertThat(governor.grid.isAttached()).isFalse();
        assertThat($(Span.class).all()).extracting(Span::getText).doesNotContain("Rowan Sentout")
                .contains("Needing provision from day 6");
    }

    private PlacementTerms provision() {
        long provider = fixtures.provider("Day six view centre");
        long site = subjects.callAs("a1.aplead", () -> providers.get(provider).sites().getFirst().id());
        return new PlacementTerms(PlacementType.SUSPENSION_PROVISION, of(2027, 5, 6), of(2027, 5, 7),
                "Full-time education from day 6", "Back at school", new BigDecimal("60.00"), false, null,
                new Timetable(List.of(new TimetableSession(DayOfWeek.THURSDAY, Session.AM, provider, site,
                        LocalTime.of(9, 0), LocalTime.of(12, 0)))));
    }
}
