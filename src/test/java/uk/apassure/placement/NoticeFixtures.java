package uk.apassure.placement;

import static java.time.LocalDate.of;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.apassure.TestWorld;
import uk.apassure.calendar.CalendarService;
import uk.apassure.calendar.Session;
import uk.apassure.calendar.TermDates;
import uk.apassure.calendar.YearPlan;
import uk.apassure.provider.ContactDetails;
import uk.apassure.provider.ProviderFixtures;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.SubjectRunner;

/** Placements of School A1 ready for their parental notice letter, made through the services. */
@Component
public class NoticeFixtures {

    public static final NoticeDetails DETAILS = new NoticeDetails(
            "Repeated removals from lessons this term; a practical setting is agreed to rebuild engagement.",
            "Mr Ōta Brennan, AP lead, 01632 960700",
            "the attendance line, 01632 960701, before 8:30",
            "School minibus from the main gate at 08:50; home by 15:30.",
            "Work boots and old clothes; a free school meal is served at the farm.");

    private final PlacementService placements;
    private final ProviderService providers;
    private final CalendarService calendars;
    private final SubjectRunner subjects;
    private final TestWorld world;

    NoticeFixtures(PlacementService placements, ProviderService providers, CalendarService calendars,
            SubjectRunner subjects, TestWorld world) {
        this.placements = placements;
        this.providers = providers;
        this.calendars = calendars;
        this.subjects = subjects;
        this.world = world;
    }

    /** School A1's 2026-27 calendar (TermDates): the letter counts days and finds the half-term on it. */
    public void calendar() {
        YearPlan plan = TermDates.plan2026();
        long version = subjects.callAs("a.admin", () -> calendars.plans(world.schoolA1)).stream()
                .filter(p -> p.year().equals(plan.year())).mapToLong(YearPlan::version).findFirst().orElse(0);
        subjects.runAs("a.admin", () -> calendars.save(world.schoolA1,
                new YearPlan(plan.year(), plan.halfTerms(), plan.closures(), version)));
    }

    /** A provider with one site and a contact marked as the one pupils report to, and one who is not. */
    public long provider(String name, String town, String postcode, String reportsTo) {
        return subjects.callAs("a1.aplead", () -> {
            long id = providers.create(ProviderFixtures.farm(name), ProviderFixtures.site(town, postcode));
            ContactDetails contact = ProviderFixtures.contact("Reporter");
            contact.setName(reportsTo);
            contact.setJobTitle("Centre manager");
            contact.setPupilsReportTo(true);
            providers.addContact(id, contact);
            providers.addContact(id, ProviderFixtures.contact("Someone Else"));
            return id;
        });
    }

    /** Tuesdays at the first provider (4 h 45 min), Thursdays at the second (5 h 15 min), 1 Dec 2026 to 26 Mar 2027. */
    public PlacementTerms twoProviders(long first, long second, NoticeDetails notice) {
        long firstSite = site(first);
        long secondSite = site(second);
        return new PlacementTerms(PlacementType.VOCATIONAL, of(2026, 12, 1), of(2027, 3, 26),
                "Rebuild attendance through practical work", "Attendance above 90%; Level 1 in land-based studies",
                new BigDecimal("80.00"), false, null, new Timetable(List.of(
                        new TimetableSession(DayOfWeek.TUESDAY, Session.AM, first, firstSite, LocalTime.of(9, 30),
                                LocalTime.of(12, 0)),
                        new TimetableSession(DayOfWeek.TUESDAY, Session.PM, first, firstSite, LocalTime.of(12, 45),
                                LocalTime.of(15, 0)),
                        new TimetableSession(DayOfWeek.THURSDAY, Session.AM, second, secondSite, LocalTime.of(9, 0),
                                LocalTime.of(12, 15)),
                        new TimetableSession(DayOfWeek.THURSDAY, Session.PM, second, secondSite, LocalTime.of(13, 0),
                                LocalTime.of(15, 0)))),
                notice);
    }

    /** A placement of School A1 at one provider on Tuesdays and Thursdays, proposed by its AP lead. */
    public long placement(String first, String last, String upnDigits, NoticeDetails notice) {
        calendar();
        long provider = provider(first + " " + last + " Farm", "Alpha", "AB1 2CD", "Pat Reporter");
        return subjects.callAs("a1.aplead", () -> placements.propose(pupil(first, last, upnDigits, false),
                twoProviders(provider, provider, notice)));
    }

    public static PupilDetails pupil(String first, String last, String upnDigits, boolean freeSchoolMeals) {
        return new PupilDetails(first, last, Upn.withCheckLetter(upnDigits), of(2011, 5, 4), 10, SenStatus.NONE,
                false, null, freeSchoolMeals);
    }

    private long site(long provider) {
        return subjects.callAs("a1.aplead", () -> providers.get(provider).sites().getFirst().id());
    }
}
