package uk.apassure.placement;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.apassure.calendar.CalendarService;
import uk.apassure.calendar.HalfTerm;
import uk.apassure.calendar.NoCalendar;
import uk.apassure.calendar.SchoolCalendar;
import uk.apassure.calendar.SchoolSession;
import uk.apassure.calendar.Session;
import uk.apassure.organisation.SchoolService;
import uk.apassure.provider.ContactDetails;
import uk.apassure.provider.ProviderPage;
import uk.apassure.provider.ProviderService;

/**
 * The parental notice letter for one placement, with every item the seeds ask of it; access is
 * checked by {@link PlacementService}, which loads the placement. Only this placement's pupil is
 * in it. Items, with where the seeds ask for them:
 * <ul>
 * <li>the school, the date of the letter (the day it was sent, once that is recorded), and the
 *     pupil's name and year group, addressed to the parents (and to the pupil as well when they are
 *     18 or over at the start: 003, referral);
 * <li>the type of placement; for an off-site direction, that it is a direction to improve
 *     behaviour and not an exclusion (003, referral; 001 §6);
 * <li>the reasons for the placement (002 §7; 003 (v); 000 §12.3) — {@link NoticeDetails#reason()};
 * <li>its aims and planned outcomes (002 §7; 003 (v) "objectives"; 000 §12.3 "purpose");
 * <li>the period: start date and end date, and the number of days the pupil attends, counted on the
 *     school calendar (002 §7 "period"; 003 (iv); 000 §12.4 "dates"); an open-ended placement says so;
 * <li>the date and time of the first session, where, and whom to ask for (002 §7; 003 suspensions);
 * <li>each provider's name, the address of every site the pupil attends (002 §7; 003 (i), (iii) and
 *     "addresses of the provider and satellite sites"; 000 §12.4) and the person responsible there,
 *     whom the pupil reports to on the first day (002 §7; 003 (ii); 000 §12.4) — the provider's
 *     contact marked "pupils report to";
 * <li>the week: for each day the morning's start and end, the break and the afternoon's start and
 *     end, where each session is, and the time that day (002 §7; 003 (vi); 000 §12.4 "amount of time
 *     each day"), and the hours a week at each provider;
 * <li>travel arrangements (003, "ensure learner safety … including transport arrangements");
 * <li>dress, equipment and lunch where recorded, and always how a pupil with free school meals gets
 *     them (004, "correct equipment"; 003, free school meals; 001 §7.11);
 * <li>what to do about an absence: whom parents call, and that the provider tells the school of every
 *     absence and the school follows it up with them (002 §5; 003, monitoring attendance; 000 §15.3);
 * <li>the parents' duty to make sure the pupil attends as if it were the school (Education Act 1996
 *     s444(1): 001 §6.5), and that missing it is treated as absence from school (002 §7; 003; 000 §8.7);
 * <li>how the placement is reviewed: at least every half-term with the parents and the pupil, the
 *     first by the end of the half-term it starts in, the agreement termly, a meeting on the parents'
 *     request, and a new notice if it is extended (001 §8.2–8.3; 003; 000 §8.4, §9.2; 002 §6–7);
 * <li>the school's named contact for parents (001 §4.3; 003 "collaborate").
 * </ul>
 * What the placement lacks for any of these is a gap, and the letter is refused until it is filled:
 * a blank is never printed.
 */
@Component
class NoticeLetter {

    private final ProviderService providers;
    private final CalendarService calendars;
    private final SchoolService schools;
    private final Clock clock;

    NoticeLetter(ProviderService providers, CalendarService calendars, SchoolService schools, Clock clock) {
        this.providers = providers;
        this.calendars = calendars;
        this.schools = schools;
        this.clock = clock;
    }

    /** What the placement still needs before its letter can be printed, in sentences; empty when none. */
    List<String> gaps(Placement placement) {
        return compose(placement).gaps();
    }

    /** The letter as an A4 PDF; refused, with every gap, when something it must say is not known. */
    byte[] pdf(Placement placement) {
        Composed composed = compose(placement);
        if (!composed.gaps().isEmpty()) {
            throw new PlacementService.InvalidPlacement("The parental notice letter cannot be printed yet. "
                    + String.join(" ", composed.gaps()));
        }
        return NoticeLetterPdf.render(composed.content());
    }

    private Composed compose(Placement placement) {
        PupilDetails pupil = placement.pupil().details();
        PlacementTerms terms = placement.terms();
        List<String> gaps = new ArrayList<>(terms.notice().gaps(pupil.freeSchoolMeals()));
        if (terms.type() == PlacementType.OFF_SITE_DIRECTION && terms.endsOn() == null) {
            gaps.add("An off-site direction is time-limited: the letter gives its number of days (001 §6.2, 003),"
                    + " and this one has no end date.");
        }
        Map<Long, Where> where = new LinkedHashMap<>();
        List<ProviderPart> parts = new ArrayList<>();
        for (long providerId : terms.timetable().providerIds().stream().sorted().toList()) {
            parts.add(provider(providers.get(providerId), terms.timetable(), where, gaps));
        }
        Start first = null;
        Integer days = null;
        HalfTerm firstHalfTerm = null;
        try {
            SchoolCalendar calendar = calendars.calendarOf(placement.schoolId());
            first = firstSession(calendar, terms);
            if (first == null) {
                gaps.add("The timetable has no session on a school day in the first weeks of the placement.");
            } else {
                firstHalfTerm = calendar.halfTermOf(first.date()).orElse(null);
            }
            if (terms.endsOn() != null) {
                days = (int) calendar.sessionsBetween(terms.timetable().slots(), terms.startsOn(), terms.endsOn())
                        .stream().map(SchoolSession::date).distinct().count();
            }
        } catch (NoCalendar e) {
            gaps.add(e.getMessage());
        }
        if (!gaps.isEmpty() || first == null) {
            return new Composed(gaps, null);
        }
        // a copy printed after the notice went out carries the day it was sent
        LocalDate dated = placement.noticeSentOn() != null ? placement.noticeSentOn() : LocalDate.now(clock);
        boolean adult = Period.between(pupil.dateOfBirth(), terms.startsOn()).getYears() >= 18;
        FirstDay firstDay = new FirstDay(first.date(), first.session().startsAt(), where.get(first.session().siteId()));
        return new Composed(List.of(), new Content(dated, schools.school(placement.schoolId()).name(), pupil, adult,
                terms, firstDay, days, firstHalfTerm, parts, week(terms.timetable(), where)));
    }

    private static ProviderPart provider(ProviderPage provider, Timetable timetable, Map<Long, Where> where,
            List<String> gaps) {
        List<Long> siteIds = timetable.sessions().stream().filter(s -> s.providerId() == provider.id())
                .map(TimetableSession::siteId).distinct().toList();
        List<String> addresses = new ArrayList<>();
        for (long siteId : siteIds) {
            Optional<ProviderPage.Site> site = provider.sites().stream().filter(s -> s.id() == siteId).findFirst();
            if (site.isEmpty()) {
                gaps.add("A site of " + provider.name() + " in the timetable is no longer on its page.");
                continue;
            }
            String place = siteIds.size() > 1 ? provider.name() + ", " + site.get().details().getName()
                    : provider.name();
            where.put(siteId, new Where(place, site.get().address()));
            addresses.add(site.get().details().getName() + ": " + site.get().address());
        }
        Optional<ContactDetails> reportTo = provider.contacts().stream().map(ProviderPage.Contact::details)
                .filter(ContactDetails::isPupilsReportTo).findFirst();
        if (reportTo.isEmpty()) {
            gaps.add("Mark on " + provider.name() + "'s page the contact pupils report to: the letter names them.");
        }
        double hours = new Timetable(timetable.sessions().stream().filter(s -> s.providerId() == provider.id())
                .toList()).hoursPerWeek();
        return new ProviderPart(provider.name(), addresses, reportTo.map(NoticeLetter::person).orElse(""), hours);
    }

    private static String person(ContactDetails contact) {
        StringBuilder person = new StringBuilder(contact.getName());
        if (!contact.getJobTitle().isBlank()) {
            person.append(", ").append(contact.getJobTitle());
        }
        for (String reach : List.of(contact.getPhone(), contact.getEmail())) {
            if (!reach.isBlank()) {
                person.append(", ").append(reach);
            }
        }
        return person.toString();
    }

    /** The first timetabled session on a school day from the start, looked for in its first thirteen weeks. */
    private static @Nullable Start firstSession(SchoolCalendar calendar, PlacementTerms terms) {
        LocalDate last = terms.startsOn().plusWeeks(13);
        if (terms.endsOn() != null && terms.endsOn().isBefore(last)) {
            last = terms.endsOn();
        }
        for (LocalDate day = terms.startsOn(); !day.isAfter(last); day = day.plusDays(1)) {
            if (!calendar.isSchoolDay(day)) {
                continue;
            }
            DayOfWeek weekday = day.getDayOfWeek();
            Optional<TimetableSession> session = terms.timetable().sessions().stream()
                    .filter(s -> s.day() == weekday).min(Comparator.comparing(TimetableSession::session));
            if (session.isPresent()) {
                return new Start(day, session.get());
            }
        }
        return null;
    }

    private static List<Day> week(Timetable timetable, Map<Long, Where> where) {
        Map<DayOfWeek, Day> days = new LinkedHashMap<>();
        for (TimetableSession s : timetable.sessions()) {
            Part part = new Part(s.startsAt(), s.endsAt(), where.get(s.siteId()).place());
            Day day = days.getOrDefault(s.day(), new Day(s.day(), null, null));
            days.put(s.day(), s.session() == Session.AM ? new Day(s.day(), part, day.afternoon())
                    : new Day(s.day(), day.morning(), part));
        }
        return List.copyOf(days.values());
    }

    private record Composed(List<String> gaps, @Nullable Content content) {}

    private record Start(LocalDate date, TimetableSession session) {}

    /** Where a site is: its provider (and site name when the pupil goes to more than one) and its address. */
    record Where(String place, String address) {}

    record FirstDay(LocalDate date, LocalTime startsAt, Where where) {}

    record ProviderPart(String name, List<String> addresses, String reportTo, double hoursPerWeek) {}

    record Part(LocalTime startsAt, LocalTime endsAt, String place) {}

    record Day(DayOfWeek day, @Nullable Part morning, @Nullable Part afternoon) {
        Duration length() {
            Duration length = Duration.ZERO;
            for (Part part : new Part[] {morning, afternoon}) {
                if (part != null) {
                    length = length.plus(Duration.between(part.startsAt(), part.endsAt()));
                }
            }
            return length;
        }
    }

    /** Everything the letter says, gathered and checked. */
    record Content(LocalDate dated, String school, PupilDetails pupil, boolean pupilIsAdult, PlacementTerms terms,
            FirstDay firstDay, @Nullable Integer days, @Nullable HalfTerm firstHalfTerm, List<ProviderPart> providers,
            List<Day> week) {}
}
