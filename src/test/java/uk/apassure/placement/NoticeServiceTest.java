package uk.apassure.placement;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.apassure.placement.NoticeFixtures.pupil;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.IntegrationTest;
import uk.apassure.base.pdf.PdfText;
import uk.apassure.base.time.UkDates;
import uk.apassure.placement.PlacementService.InvalidPlacement;
import uk.apassure.placement.PlacementService.NotFound;
import uk.apassure.provider.ProviderFixtures;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.AccessGuard.AccessDeniedException;

/**
 * The parental notice letter holds every item the seeds ask for (002 §7, 003, 000 §12), for a
 * pupil at two providers, counted on the school calendar; only the pupil's school and trust leads
 * may print it, and it is refused while an item is missing.
 */
class NoticeServiceTest extends IntegrationTest {

    private static final NoticeDetails DETAILS = NoticeFixtures.DETAILS;

    @Autowired
    NoticeService notices;

    @Autowired
    PlacementService placements;

    @Autowired
    ProviderService providers;

    @Autowired
    NoticeFixtures fixtures;

    @Autowired
    Clock clock;

    @BeforeEach
    void schoolA1HasItsCalendar() {
        fixtures.calendar();
    }

    private long provider(String name, String town, String postcode, String reportsTo) {
        return fixtures.provider(name, town, postcode, reportsTo);
    }

    private PlacementTerms twoProviders(long first, long second, NoticeDetails notice) {
        return fixtures.twoProviders(first, second, notice);
    }

    @Test
    void the_letter_for_a_pupil_at_two_providers_holds_every_item_the_seeds_require() {
        long farm = provider("Ayşe's Meadow Farm", "Alpha", "AB1 2CD", "Łukasz Wójcik");
        long workshop = provider("Nguyễn Bike Workshop", "Gamma", "GH3 4JK", "Siobhán Dálaigh");
        long id = as("a1.aplead", () -> placements.propose(pupil("Zoë", "Nguyễn", "801200009301", true),
                twoProviders(farm, workshop, DETAILS)));
        long other = as("a1.aplead", () -> placements.propose(pupil("Otherpupil", "Hidden", "801200009302", false),
                twoProviders(farm, workshop, DETAILS)));

        assertThat(as("a1.dsl", () -> notices.gaps(id))).isEmpty();
        String letter = PdfText.of(as("a1.dsl", () -> notices.letter(id)));

        assertThat(letter).contains(
                "School A1", "Date: " + UkDates.date(LocalDate.now(clock)),
                "To the parents or carers of Zoë Nguyễn (Year 10)",
                "Curriculum / vocational",
                "Why: " + DETAILS.reason(),
                "Aims: Rebuild attendance through practical work",
                "Planned outcomes: Attendance above 90%; Level 1 in land-based studies",
                "from Tue 1 Dec 2026 to Fri 26 Mar 2027",
                // Tuesdays and Thursdays on school days: 6 before Christmas, 12 in Spring 1, 10 in Spring 2
                "Number of days: 28 school days",
                "First day: Tue 1 Dec 2026, starting at 09:30 at Ayşe's Meadow Farm, 1 Mill Lane, Alpha, AB1 2CD",
                "Ayşe's Meadow Farm", "Main site: 1 Mill Lane, Alpha, AB1 2CD",
                "Nguyễn Bike Workshop", "Main site: 1 Mill Lane, Gamma, GH3 4JK",
                "reports to on the first day: Łukasz Wójcik, Centre manager, 01632 960123",
                "reports to on the first day: Siobhán Dálaigh, Centre manager, 01632 960123",
                "Tuesday", "09:30–12:00", "12:00–12:45", "12:45–15:00", "4 h 45 min",
                "Thursday", "09:00–12:15", "12:15–13:00", "13:00–15:00", "5 h 15 min",
                "Hours a week in all: 10 h",
                "Travel " + DETAILS.travel(),
                "Dress, equipment and lunch " + DETAILS.kit(),
                "Zoë keeps free school meals",
                "call the attendance line, 01632 960701, before 8:30",
                "The provider tells the school the same day whenever Zoë is absent",
                "section 444(1) of the Education Act 1996",
                "at least once every half-term, the first time by Fri 18 Dec 2026 (the end of Autumn 2)",
                "reviewed every term", "new notice",
                "Your contact at school Mr Ōta Brennan, AP lead, 01632 960700");
        assertThat(letter).doesNotContain("Otherpupil", "Hidden", "Someone Else", "UPN");
        assertThat(PdfText.of(as("a.trustlead", () -> notices.letter(other)))).contains("Otherpupil Hidden")
                .doesNotContain("Zoë");
    }

    @Test
    void another_schools_user_and_a_governor_cannot_print_the_letter() {
        long id = fixtures.placement("Kept", "Private", "801200009303", DETAILS);

        assertThatThrownBy(() -> as("a2.dsl", () -> notices.letter(id))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as("b1.slt", () -> notices.letter(id))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as("a1.governor", () -> notices.letter(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a.admin", () -> notices.gaps(id))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_letter_is_refused_with_every_missing_item_until_the_school_fills_them_in() {
        long farm = provider("Gaps Farm", "Alpha", "AB1 2CD", "Robin Reporter");
        long noContact = as("a1.aplead", () -> providers.create(ProviderFixtures.farm("Nobody Reports Workshop"),
                ProviderFixtures.site("Delta", "DE5 6FG")));
        long id = as("a1.aplead", () -> placements.propose(pupil("Gap", "Pupil", "801200009304", true),
                new PlacementTerms(PlacementType.VOCATIONAL, of(2026, 12, 1), of(2027, 3, 26), "Aims", "Outcomes",
                        null, false, null, twoProviders(farm, noContact, DETAILS).timetable())));

        assertThat(as("a1.dsl", () -> notices.gaps(id))).containsExactly(
                "Write the reasons for the placement (002 §7).",
                "Name the school's contact for parents.",
                "Say who parents call when the pupil will be absent.",
                "Describe the travel arrangements (003).",
                "The pupil has free school meals: say under dress, equipment and lunch how they get them (003).",
                "Mark on Nobody Reports Workshop's page the contact pupils report to: the letter names them.");
        assertThatThrownBy(() -> as("a1.dsl", () -> notices.letter(id))).isInstanceOf(InvalidPlacement.class)
                .hasMessageStartingWith("The parental notice letter cannot be printed yet. Write the reasons");

        long version = as("a1.dsl", () -> placements.get(id)).version();
        assertThatThrownBy(() -> as("a1.dsl", () -> notices.update(id, version, DETAILS)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("a2.aplead", () -> notices.update(id, version, DETAILS)))
                .isInstanceOf(NotFound.class);
        NoticeDetails tooLong = new NoticeDetails("x".repeat(NoticeDetails.MAX_REASON + 1), "a", "b", "c", "d");
        assertThatThrownBy(() -> as("a1.aplead", () -> notices.update(id, version, tooLong)))
                .isInstanceOf(InvalidPlacement.class).hasMessageContaining("at most 4000 characters");
        as("a1.aplead", () -> notices.update(id, version, DETAILS));
        assertThatThrownBy(() -> as("a1.aplead", () -> notices.update(id, version, DETAILS)))
                .isInstanceOf(InvalidPlacement.class).hasMessageContaining("Someone else changed this placement");

        assertThat(as("a1.dsl", () -> placements.get(id)).terms().notice()).isEqualTo(DETAILS);
        assertThat(as("a1.dsl", () -> notices.gaps(id))).containsExactly(
                "Mark on Nobody Reports Workshop's page the contact pupils report to: the letter names them.");
    }

    @Test
    void an_off_site_direction_needs_an_end_date_and_an_open_placement_says_it_has_none_dated_when_sent() {
        long farm = provider("Direction Farm", "Alpha", "AB1 2CD", "Dana Reporter");
        PlacementTerms base = twoProviders(farm, farm, DETAILS);
        PlacementTerms direction = new PlacementTerms(PlacementType.OFF_SITE_DIRECTION, base.startsOn(), null,
                base.aims(), base.plannedOutcomes(), null, false, null, base.timetable(), DETAILS);
        assertThatThrownBy(() -> as("a1.aplead", () -> placements.propose(
                pupil("Direct", "Pupil", "801200009305", false), direction)))
                .isInstanceOf(InvalidPlacement.class).hasMessageContaining("off-site direction is time-limited");

        PlacementTerms open = new PlacementTerms(PlacementType.MEDICAL_SEMH, base.startsOn(), null, base.aims(),
                base.plannedOutcomes(), null, false, null, base.timetable(), DETAILS);
        long id = as("a1.aplead", () -> placements.propose(pupil("Open", "Pupil", "801200009306", false), open));
        as("a1.aplead", () -> placements.recordNoticeSent(id, of(2026, 11, 26)));
        assertThat(PdfText.of(as("a1.slt", () -> notices.letter(id))))
                .contains("Date: Thu 26 Nov 2026", "from Tue 1 Dec 2026; no end date is set", "Medical / SEMH")
                .doesNotContain("Number of days", "keeps free school meals");
    }
}
