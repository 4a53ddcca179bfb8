package uk.apassure.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import uk.apassure.IntegrationTest;
import uk.apassure.base.domain.Amendment;
import uk.apassure.provider.ProviderFixtures;
import uk.apassure.provider.ProviderService;
import uk.apassure.provider.ProviderStatus;
import uk.apassure.provider.SiteKind;
import uk.apassure.security.AccessGuard;

class VisitServiceTest extends IntegrationTest {

    @Autowired
    VisitService visits;

    @Autowired
    ProviderService providers;

    @Autowired
    VisitFixtures fixtures;

    @Autowired
    FollowUpService actions;

    @Autowired
    Clock clock;

    long provider;

    @BeforeEach
    void provider() {
        provider = fixtures.approvedProvider("Visit farm");
    }

    @Test
    void autosave_round_trip_keeps_every_field_and_moves_the_version_on() {
        long id = fixtures.draftVisit("a1.visitor", provider);
        VisitPage started = as("a1.visitor", () -> visits.get(id));
        assertThat(started.status()).isEqualTo(VisitStatus.DRAFT);
        assertThat(started.draft().getVisitors()).isEqualTo("A1 Visitor");
        assertThat(started.editable()).isTrue();

        VisitDraft draft = VisitFixtures.complete(started.draft());
        draft.setSiteId(started.sites().getFirst().id());
        draft.setJudgement(JudgedArea.BEHAVIOUR, Judgement.ADEQUATE);
        long version = as("a1.visitor", () -> visits.saveDraft(id, draft));

        VisitPage saved = as("a1.visitor", () -> visits.get(id));
        assertThat(version).isGreaterThan(started.draft().getVersion());
        assertThat(saved.draft().getVersion()).isEqualTo(version);
        assertThat(saved.draft().getNotes()).isEqualTo("A calm, well-run morning.");
        assertThat(saved.draft().getPupilWork()).isEqualTo("Maths workbook, up to date and marked");
        assertThat(saved.draft().judgement(JudgedArea.BEHAVIOUR)).isEqualTo(Judgement.ADEQUATE);
        assertThat(saved.draft().getSiteId()).isEqualTo(started.sites().getFirst().id());
        assertThat(saved.draft().isSpokeToStaff()).isTrue();
        assertThat(saved.draft().isSpokeToParents()).isFalse();
        assertThat(saved.status()).isEqualTo(VisitStatus.DRAFT);
    }

    @Test
    void a_save_from_an_older_copy_is_refused_and_the_newer_one_kept() {
        long id = fixtures.draftVisit("a1.visitor", provider);
        VisitDraft tabOne = as("a1.visitor", () -> visits.get(id).draft());
        VisitDraft tabTwo = as("a1.visitor", () -> visits.get(id).draft());
        tabOne.setNotes("Typed on the tablet");
        as("a1.visitor", () -> visits.saveDraft(id, tabOne));

        tabTwo.setNotes("Typed on the phone");
        assertThatThrownBy(() -> as("a1.visitor", () -> visits.saveDraft(id, tabTwo)))
                .isInstanceOf(VisitService.ConcurrentEdit.class)
                .hasMessageContaining("changed elsewhere");
        assertThat(as("a1.visitor", () -> visits.get(id).draft().getNotes())).isEqualTo("Typed on the tablet");
    }

    @Test
    void submission_names_every_missing_field_and_saves_nothing() {
        long id = fixtures.draftVisit("a1.visitor", provider);
        VisitDraft draft = as("a1.visitor", () -> visits.get(id).draft());
        draft.setVisitors(" ");
        draft.setType(null);
        draft.setJudgement(JudgedArea.SAFEGUARDING, Judgement.GOOD);

        assertThatThrownBy(() -> as("a1.visitor", () -> visits.submit(id, draft)))
                .isInstanceOfSatisfying(VisitService.InvalidVisit.class, e -> assertThat(e.problems()).containsExactly(
                        "Choose the type of visit",
                        "Enter who visited",
                        "Give a judgement for teaching and learning",
                        "Give a judgement for behaviour",
                        "Give a judgement for attendance",
                        "Give a judgement for site and safety"));
        assertThat(as("a1.visitor", () -> visits.get(id).status())).isEqualTo(VisitStatus.DRAFT);
    }

    @Test
    void a_submitted_visit_is_read_only_and_changes_only_by_amendment_with_a_trail() {
        long id = fixtures.submittedVisit("a1.visitor", provider, LocalDateTime.of(2026, 3, 2, 10, 0));
        VisitPage submitted = as("a1.visitor", () -> visits.get(id));
        assertThat(submitted.status()).isEqualTo(VisitStatus.SUBMITTED);
        assertThat(submitted.editable()).isFalse();
        assertThat(submitted.amendable()).isTrue();

        VisitDraft change = submitted.draft();
        change.setNotes("Changed quietly");
        assertThatThrownBy(() -> as("a1.visitor", () -> visits.saveDraft(id, change)))
                .isInstanceOf(VisitService.InvalidVisit.class).hasMessageContaining("amend it with a reason");
        assertThatThrownBy(() -> as("a1.dsl", () -> visits.amend(id, change, " ")))
                .isInstanceOf(VisitService.InvalidVisit.class).hasMessage("Give a reason for the amendment");

        change.setJudgement(JudgedArea.ATTENDANCE, Judgement.CONCERN);
        as("a1.dsl", () -> visits.amend(id, change, "Attendance register seen afterwards"));

        VisitPage amended = as("a1.visitor", () -> visits.get(id));
        assertThat(amended.draft().getNotes()).isEqualTo("Changed quietly");
        assertThat(amended.amendments()).extracting(Amendment::field)
                .containsExactlyInAnyOrder("Notes", "Judgement: attendance");
        Amendment attendance = amended.amendments().stream()
                .filter(a -> a.field().equals("Judgement: attendance")).findFirst().orElseThrow();
        assertThat(attendance.before()).isEqualTo("Good");
        assertThat(attendance.after()).isEqualTo("Concern");
        assertThat(attendance.by()).isEqualTo("A1 DSL");
        assertThat(attendance.reason()).isEqualTo("Attendance register seen afterwards");
    }

    @Test
    void only_the_author_edits_a_draft_and_other_schools_do_not_find_it() {
        long id = fixtures.draftVisit("a1.visitor", provider);
        VisitDraft draft = as("a1.dsl", () -> visits.get(id).draft());
        assertThatThrownBy(() -> as("a1.dsl", () -> visits.saveDraft(id, draft)))
                .isInstanceOf(VisitService.InvalidVisit.class).hasMessageContaining("Only A1 Visitor");
        assertThatThrownBy(() -> as("a2.dsl", () -> visits.get(id))).isInstanceOf(VisitService.NotFound.class);
        assertThatThrownBy(() -> as("b.trustlead", () -> visits.get(id))).isInstanceOf(VisitService.NotFound.class);
        assertThatThrownBy(() -> as("a1.governor", () -> visits.get(id)))
                .isInstanceOf(AccessGuard.AccessDeniedException.class);
    }

    @Test
    void each_role_sees_exactly_the_visits_its_scope_allows() {
        long a1ByVisitor = fixtures.submittedVisit("a1.visitor", provider, LocalDateTime.of(2026, 3, 2, 10, 0));
        long a1ByAplead = fixtures.submittedVisit("a1.aplead", provider, LocalDateTime.of(2026, 3, 3, 10, 0));
        long a2ByDsl = fixtures.submittedVisit("a2.dsl", provider, LocalDateTime.of(2026, 3, 4, 10, 0));
        VisitFilter mine = VisitFilter.ANY.withProvider(provider);

        assertThat(ids("a1.visitor", mine)).containsExactlyInAnyOrder(a1ByVisitor, a1ByAplead);
        assertThat(ids("a1.aplead", mine)).containsExactlyInAnyOrder(a1ByVisitor, a1ByAplead);
        assertThat(ids("a1.dsl", mine)).containsExactlyInAnyOrder(a1ByVisitor, a1ByAplead);
        assertThat(ids("a1.slt", mine)).containsExactlyInAnyOrder(a1ByVisitor, a1ByAplead);
        assertThat(ids("a1.head", mine)).containsExactlyInAnyOrder(a1ByVisitor, a1ByAplead);
        assertThat(ids("a2.dsl", mine)).containsExactly(a2ByDsl);
        assertThat(ids("a.trustlead", mine)).containsExactlyInAnyOrder(a1ByVisitor, a1ByAplead, a2ByDsl);
        assertThat(ids("b.trustlead", mine)).isEmpty();
        assertThat(as("a1.dsl", () -> visits.count(mine))).isEqualTo(2);

        // governors: counts only, never the rows
        assertThatThrownBy(() -> ids("a1.governor", mine)).isInstanceOf(AccessGuard.AccessDeniedException.class);
        VisitCounts counts = as("a1.governor", () -> visits.counts());
        assertThat(counts.submittedByType().get(VisitType.QA_MONITORING)).isGreaterThanOrEqualTo(2);
        // the administrator holds no visit data
        assertThatThrownBy(() -> ids("a.admin", mine)).isInstanceOf(AccessGuard.AccessDeniedException.class);
        assertThatThrownBy(() -> as("a.admin", () -> visits.counts())).isInstanceOf(AccessGuard.AccessDeniedException.class);
    }

    @Test
    void filters_by_date_range_type_and_judgement() {
        long march = fixtures.submittedVisit("a1.visitor", provider, LocalDateTime.of(2026, 3, 2, 10, 0));
        long april = fixtures.submittedVisit("a1.visitor", provider, LocalDateTime.of(2026, 4, 1, 23, 30));
        as("a1.dsl", () -> {
            VisitDraft draft = visits.get(april).draft();
            draft.setJudgement(JudgedArea.SITE_SAFETY, Judgement.CONCERN);
            draft.setType(VisitType.UNANNOUNCED);
            visits.amend(april, draft, "Corrected after the visit");
        });
        VisitFilter mine = VisitFilter.ANY.withProvider(provider);

        assertThat(ids("a1.dsl", mine.withFrom(LocalDate.of(2026, 3, 3)).withTo(LocalDate.of(2026, 4, 1))))
                .containsExactly(april);
        assertThat(ids("a1.dsl", mine.withTo(LocalDate.of(2026, 3, 31)))).containsExactly(march);
        assertThat(ids("a1.dsl", mine.withType(VisitType.UNANNOUNCED))).containsExactly(april);
        assertThat(ids("a1.dsl", mine.withJudgement(Judgement.CONCERN))).containsExactly(april);
        assertThat(ids("a1.dsl", mine.withJudgement(Judgement.GOOD))).containsExactlyInAnyOrder(march, april);
        assertThat(ids("a1.dsl", mine.withJudgement(Judgement.ADEQUATE))).isEmpty();
    }

    @Test
    void only_providers_that_may_be_used_can_be_visited() {
        long doNotUse = fixtures.approvedProvider("Closed yard");
        as("a1.slt", () -> providers.changeStatus(doNotUse, 1, ProviderStatus.DO_NOT_USE, "Failed checks"));

        assertThatThrownBy(() -> as("a1.visitor", () -> visits.startDraft(doNotUse)))
                .isInstanceOf(VisitService.InvalidVisit.class).hasMessageContaining("cannot be chosen for a visit");
        List<Long> choices = as("a1.visitor", () -> providers.visitable("Closed yard", 0, 50)).stream()
                .map(choice -> choice.id()).toList();
        assertThat(choices).doesNotContain(doNotUse);
        assertThat(as("a1.visitor", () -> providers.visitable("Visit farm", 0, 50))).extracting(c -> c.id())
                .contains(provider);
        assertThatThrownBy(() -> as("a.trustlead", () -> visits.startDraft(provider)))
                .isInstanceOf(AccessGuard.AccessDeniedException.class);
    }

    @Test
    void follow_up_actions_need_what_who_and_when() {
        long id = fixtures.draftVisit("a1.visitor", provider);
        assertThatThrownBy(() -> as("a1.visitor", () -> actions.add(id, "", "", null)))
                .isInstanceOfSatisfying(VisitService.InvalidVisit.class, e -> assertThat(e.problems()).hasSize(3));
        as("a1.visitor", () -> actions.add(id, "Send the risk assessment", "Provider manager",
                LocalDate.of(2026, 3, 20)));
        VisitPage.Action action = as("a1.visitor", () -> visits.get(id)).actions().getFirst();
        assertThat(action.owner()).isEqualTo("Provider manager");
        assertThat(action.status()).isEqualTo(ActionStatus.OPEN);
        as("a1.dsl", () -> actions.setStatus(action.id(), ActionStatus.DONE));
        assertThat(as("a1.visitor", () -> visits.get(id)).actions().getFirst().status()).isEqualTo(ActionStatus.DONE);
        assertThatThrownBy(() -> as("a2.dsl", () -> actions.setStatus(action.id(), ActionStatus.OPEN)))
                .isInstanceOf(VisitService.NotFound.class);
    }

    @Test
    void visit_dates_before_2000_or_after_now_are_refused_on_autosave_submit_and_amend() {
        long id = fixtures.draftVisit("a1.visitor", provider);
        LocalDateTime now = LocalDateTime.now(clock);
        for (LocalDateTime slip : List.of(LocalDateTime.of(1, 1, 1, 10, 0), LocalDateTime.of(1900, 1, 1, 10, 0),
                LocalDateTime.of(2099, 1, 1, 10, 0), LocalDateTime.of(9999, 12, 31, 10, 0),
                LocalDateTime.of(10000, 1, 1, 10, 0), now.plusHours(1))) {
            VisitDraft draft = VisitFixtures.complete(as("a1.visitor", () -> visits.get(id).draft()));
            draft.setVisitedAt(slip);
            assertThatThrownBy(() -> as("a1.visitor", () -> visits.saveDraft(id, draft)))
                    .as("autosave of %s", slip).isInstanceOf(VisitService.InvalidVisit.class)
                    .hasMessageContaining("The date");
            assertThatThrownBy(() -> as("a1.visitor", () -> visits.submit(id, draft)))
                    .as("submission of %s", slip).isInstanceOf(VisitService.InvalidVisit.class);
        }
        assertThat(as("a1.visitor", () -> visits.get(id)).draft().getVisitedAt()).isBefore(now.plusMinutes(1));

        // a tablet's clock a few minutes ahead is fine
        VisitDraft justNow = VisitFixtures.complete(as("a1.visitor", () -> visits.get(id).draft()));
        justNow.setVisitedAt(now.plusMinutes(5));
        as("a1.visitor", () -> visits.submit(id, justNow));
        VisitDraft amended = as("a1.dsl", () -> visits.get(id).draft());
        amended.setVisitedAt(LocalDateTime.of(2099, 1, 1, 10, 0));
        assertThatThrownBy(() -> as("a1.dsl", () -> visits.amend(id, amended, "Typed the year wrong")))
                .isInstanceOf(VisitService.InvalidVisit.class).hasMessageContaining("later than now");
    }

    @Test
    void a_new_visit_starts_at_the_main_site_with_the_type_this_user_recorded_last() {
        long satellite = as("a1.slt", () -> providers.addSite(provider, SiteKind.SATELLITE,
                ProviderFixtures.site("Beta", "AB1 2CE")));
        long other = fixtures.approvedProvider("Other farm");
        long otherSite = as("a1.slt", () -> providers.get(other)).sites().getFirst().id();
        long mainSite = as("a1.slt", () -> providers.get(provider)).sites().stream()
                .filter(site -> site.kind() == SiteKind.MAIN).findFirst().orElseThrow().id();
        long earlier = fixtures.draftVisit("a1.aplead", provider);
        as("a1.aplead", () -> {
            VisitDraft draft = visits.get(earlier).draft();
            draft.setType(VisitType.UNANNOUNCED);
            visits.saveDraft(earlier, draft);
        });

        long next = fixtures.draftVisit("a1.aplead", provider);
        VisitDraft started = as("a1.aplead", () -> visits.get(next)).draft();
        assertThat(started.getSiteId()).isEqualTo(mainSite);
        assertThat(started.getType()).isEqualTo(VisitType.UNANNOUNCED);
        assertThat(as("a1.aplead", () -> visits.sitesToVisit(provider))).extracting(VisitPage.Site::id)
                .containsExactly(mainSite, satellite);

        long atSatellite = as("a1.aplead", () -> visits.startDraft(provider, satellite));
        assertThat(as("a1.aplead", () -> visits.get(atSatellite)).draft().getSiteId()).isEqualTo(satellite);
        assertThatThrownBy(() -> as("a1.aplead", () -> visits.startDraft(provider, otherSite)))
                .isInstanceOf(VisitService.InvalidVisit.class).hasMessageContaining("not one of this provider's sites");
    }

    @Test
    void an_action_due_date_outside_2000_to_ten_years_ahead_is_refused() {
        long id = fixtures.draftVisit("a1.visitor", provider);
        for (LocalDate slip : List.of(LocalDate.of(1, 1, 1), LocalDate.of(1999, 12, 31), LocalDate.of(9999, 1, 1))) {
            assertThatThrownBy(() -> as("a1.visitor", () -> actions.add(id, "Send the fire log", "Manager", slip)))
                    .as("due %s", slip).isInstanceOf(VisitService.InvalidVisit.class)
                    .hasMessageContaining("The due date must be between 01/01/2000 and");
        }
        assertThat(as("a1.visitor", () -> visits.get(id)).actions()).isEmpty();
    }

    private List<Long> ids(String username, VisitFilter filter) {
        return as(username, () -> visits.list(filter, PageRequest.of(0, 50))).stream().map(VisitRow::id).toList();
    }
}
