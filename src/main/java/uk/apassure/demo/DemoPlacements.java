package uk.apassure.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import uk.apassure.calendar.CalendarService;
import uk.apassure.calendar.Session;
import uk.apassure.placement.AgreementItem;
import uk.apassure.placement.NoticeDetails;
import uk.apassure.placement.PlacementService;
import uk.apassure.placement.PlacementStatus;
import uk.apassure.placement.PlacementTerms;
import uk.apassure.placement.PlacementType;
import uk.apassure.placement.PupilDetails;
import uk.apassure.placement.SenStatus;
import uk.apassure.placement.Timetable;
import uk.apassure.placement.TimetableSession;
import uk.apassure.placement.Upn;
import uk.apassure.provider.ProviderFilter;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.SubjectRunner;

/**
 * Thirty placements at three schools of the demo trust, in every state: active ones at the
 * providers with signed-off audits (one parental notice sent late), proposals waiting for checks
 * or for their start, ended and reintegrated ones. Willow Bank Farm, an unregistered provider,
 * has five pupils of the trust full-time (18 hours a week or more): over the registration trigger
 * of 001 §7.2. Fictional pupils; UPNs made with a valid check letter. Start dates are moved to
 * the school's next school day on its calendar.
 */
@Component
@Profile("demo")
class DemoPlacements {

    static final String FARM = "Willow Bank Farm";
    static final String ONLINE = "Open Lantern Online School";
    static final String FORGE = "The Forge Construction Centre";
    static final String PRU = "Ashworth Pupil Referral Unit";
    static final String EQUINE = "Riverbend Equine Centre";

    /** How a demo placement's week looks. */
    enum Week {
        /** Tuesday all day, Thursday morning: 7.25 hours. */
        PART_TIME,
        /** Every weekday, morning and afternoon: 23.75 hours, full-time. */
        FULL_TIME,
        /** Monday and Wednesday at the first provider, Tuesday and Thursday at the second, all day. */
        TWO_PROVIDERS
    }

    /** Where a demo placement has got to. */
    enum Stage { PROPOSED, ACTIVE, ACTIVE_NOTICE_LATE, DECLINED, ENDED, REINTEGRATED }

    record School(String name, String aplead, String slt, String upnPrefix, String contact, String phone) {

        /** What the parental notice letter says besides the terms (fictional contacts, drama-range numbers). */
        NoticeDetails notice() {
            return new NoticeDetails(
                    "School alone has not met the pupil's needs this year despite in-school support; time in a"
                            + " practical setting is agreed with the family to rebuild attendance and confidence.",
                    contact + ", alternative provision lead, " + phone,
                    "the school attendance line, " + phone + " (from 8:00)",
                    "A school minibus collects the pupil from the school gate at 08:50 and brings them back by"
                            + " 15:20; the school arranges and pays for it.",
                    "Clothes that can get dirty and sturdy shoes; the provider lends protective clothing. A packed"
                            + " lunch, or a free school meal provided by the provider for pupils who have them.");
        }
    }

    record Plan(String first, String last, int year, SenStatus sen, boolean lookedAfter, PlacementType type,
            List<String> providers, int startWeeks, Week week, Stage stage) {}

    private static final School MEADOWBANK = new School("Meadowbank Academy", "aplead", "slt", "990001426",
            "Ms Priya Shah", "01632 960500");
    private static final School RIVERSIDE = new School("Riverside High School", "aplead.riverside", "slt.riverside",
            "990002426", "Mr Marcus Bell", "01632 960510");
    private static final School ST_ANSELMS = new School("St Anselm's Church of England School", "aplead.stanselms",
            "slt.stanselms", "990004426", "Mrs Ruth Adeyemi", "01632 960520");

    private static final SenStatus NONE = SenStatus.NONE;
    private static final SenStatus SUPPORT = SenStatus.SEN_SUPPORT;
    private static final SenStatus EHCP = SenStatus.EHCP;
    private static final PlacementType VOC = PlacementType.VOCATIONAL;

    private final PlacementService placements;
    private final ProviderService providers;
    private final CalendarService calendars;
    private final BulkPlacements bulk;
    private final SubjectRunner runner;
    private final AccessGuard access;
    private final Clock clock;
    private final DemoPupilRisks risks;

    DemoPlacements(PlacementService placements, ProviderService providers, CalendarService calendars,
            BulkPlacements bulk, SubjectRunner runner, AccessGuard access, Clock clock, DemoPupilRisks risks) {
        this.risks = risks;
        this.access = access;
        this.placements = placements;
        this.providers = providers;
        this.calendars = calendars;
        this.bulk = bulk;
        this.runner = runner;
        this.clock = clock;
    }

    /** The large switch: {@code count} generated placements over the trust's schools (none for 0). */
    void large(long trust, int count) {
        if (count > 0) {
            bulk.generate(trust, count);
            runner.runAs("admin", placements::refreshNoticeDeadlines);
        }
    }

    void create() {
        create(MEADOWBANK, List.of(
                new Plan("Alfie", "Marsh", 10, SUPPORT, false, VOC, List.of(FARM), -9, Week.FULL_TIME, Stage.ACTIVE),
                new Plan("Bethany", "Cole", 9, EHCP, false, PlacementType.MEDICAL_SEMH, List.of(ONLINE), -6,
                        Week.PART_TIME, Stage.ACTIVE),
                new Plan("Callum", "Reid", 11, NONE, true, VOC, List.of(FORGE), -4, Week.PART_TIME, Stage.ACTIVE),
                new Plan("Daisy", "Okoro", 10, NONE, false, PlacementType.PART_TIME_TIMETABLE, List.of(ONLINE), -2,
                        Week.PART_TIME, Stage.ACTIVE_NOTICE_LATE),
                new Plan("Ethan", "Lowe", 8, SUPPORT, false, VOC, List.of(EQUINE), 2, Week.PART_TIME, Stage.PROPOSED),
                new Plan("Freya", "Quinn", 10, NONE, false, VOC, List.of(FARM), 1, Week.PART_TIME, Stage.PROPOSED),
                new Plan("George", "Pike", 11, NONE, false, VOC, List.of(FARM), -14, Week.PART_TIME,
                        Stage.REINTEGRATED),
                new Plan("Harriet", "Vance", 10, SUPPORT, false, PlacementType.OFF_SITE_DIRECTION, List.of(FORGE, FARM),
                        -7, Week.TWO_PROVIDERS, Stage.ACTIVE),
                new Plan("Isaac", "Dunn", 11, NONE, false, VOC, List.of(FARM), -10, Week.FULL_TIME, Stage.ACTIVE),
                new Plan("Jasmine", "Holt", 9, EHCP, false, PlacementType.MEDICAL_SEMH, List.of(PRU), -20,
                        Week.FULL_TIME, Stage.ENDED),
                new Plan("Kai", "Bramley", 10, NONE, false, PlacementType.OFF_SITE_DIRECTION, List.of(FORGE), 3,
                        Week.FULL_TIME, Stage.DECLINED),
                new Plan("Lily", "Foster", 8, SUPPORT, false, PlacementType.PART_TIME_TIMETABLE, List.of(ONLINE), 4,
                        Week.PART_TIME, Stage.PROPOSED)));
        create(RIVERSIDE, List.of(
                new Plan("Mason", "Ibe", 11, NONE, false, VOC, List.of(FARM), -8, Week.FULL_TIME, Stage.ACTIVE),
                new Plan("Nadia", "Kowalska", 10, SUPPORT, false, VOC, List.of(FARM), -5, Week.FULL_TIME, Stage.ACTIVE),
                new Plan("Oscar", "Lindqvist", 9, EHCP, false, PlacementType.MEDICAL_SEMH, List.of(PRU), -6,
                        Week.FULL_TIME, Stage.ACTIVE),
                new Plan("Poppy", "Achterberg", 10, NONE, true, VOC, List.of(FORGE), -3, Week.PART_TIME, Stage.ACTIVE),
                new Plan("Quentin", "Shaw", 11, NONE, false, PlacementType.OFF_SITE_DIRECTION, List.of(FORGE), -12,
                        Week.FULL_TIME, Stage.ENDED),
                new Plan("Rosa", "Mendes", 9, SUPPORT, false, PlacementType.PART_TIME_TIMETABLE, List.of(ONLINE), -9,
                        Week.PART_TIME, Stage.REINTEGRATED),
                new Plan("Samir", "Haddad", 10, NONE, false, VOC, List.of(EQUINE), 3, Week.PART_TIME, Stage.PROPOSED),
                new Plan("Tilly", "Brennan", 8, NONE, false, PlacementType.SUSPENSION_PROVISION, List.of(PRU), 1,
                        Week.FULL_TIME, Stage.PROPOSED),
                new Plan("Umar", "Sadiq", 11, SUPPORT, false, VOC, List.of(FORGE, ONLINE), -4, Week.TWO_PROVIDERS,
                        Stage.ACTIVE),
                new Plan("Violet", "Crane", 10, NONE, false, VOC, List.of(FARM), 2, Week.PART_TIME, Stage.PROPOSED)));
        create(ST_ANSELMS, List.of(
                new Plan("William", "Ashby", 10, NONE, false, VOC, List.of(FARM), -6, Week.FULL_TIME, Stage.ACTIVE),
                new Plan("Xanthe", "Morel", 9, SUPPORT, false, PlacementType.MEDICAL_SEMH, List.of(ONLINE), -3,
                        Week.PART_TIME, Stage.ACTIVE),
                new Plan("Yusuf", "Demir", 11, NONE, false, VOC, List.of(FORGE), -5, Week.FULL_TIME, Stage.ACTIVE),
                new Plan("Zara", "Nwosu", 10, EHCP, false, PlacementType.OFF_SITE_DIRECTION, List.of(PRU), -15,
                        Week.FULL_TIME, Stage.REINTEGRATED),
                new Plan("Aaron", "Pryce", 8, NONE, false, PlacementType.PART_TIME_TIMETABLE, List.of(ONLINE), 2,
                        Week.PART_TIME, Stage.PROPOSED),
                new Plan("Bella", "Turnbull", 11, SUPPORT, true, VOC, List.of(FORGE), -11, Week.PART_TIME,
                        Stage.ENDED),
                new Plan("Connor", "Walsh", 10, NONE, false, VOC, List.of(EQUINE), 5, Week.PART_TIME, Stage.PROPOSED),
                new Plan("Delia", "Fenwick", 9, NONE, false, PlacementType.OFF_SITE_DIRECTION, List.of(PRU), -2,
                        Week.FULL_TIME, Stage.ACTIVE_NOTICE_LATE)));
    }

    private void create(School school, List<Plan> plans) {
        int serial = 1;
        for (Plan plan : plans) {
            create(school, plan, "%03d".formatted(serial++));
        }
    }

    private void create(School school, Plan plan, String serial) {
        PupilDetails pupil = pupil(school, plan, serial);
        List<Long> at = plan.providers().stream().map(this::provider).toList();
        long id = runner.callAs(school.aplead(), () -> {
            LocalDate today = LocalDate.now(clock);
            long schoolId = java.util.Objects.requireNonNull(access.currentUser().schoolId());
            LocalDate startsOn = calendars.calendarOf(schoolId).nthSchoolDayFrom(today.plusWeeks(plan.startWeeks()), 1);
            return placements.propose(pupil, new PlacementTerms(plan.type(), startsOn, startsOn.plusMonths(6),
                    "Re-engage with learning through practical work; build attendance and confidence",
                    "Attendance above 90%\nA Level 1 qualification\nA plan for the next school year",
                    new BigDecimal("72.50"), false, startsOn.isAfter(today) ? null : startsOn.minusDays(3),
                    week(at, plan.week()), school.notice()));
        });
        if (plan.stage() == Stage.PROPOSED) {
            return;
        }
        if (plan.stage() == Stage.DECLINED) {
            move(school, id, PlacementStatus.ENDED, "Declined at the inclusion panel: a place at school found instead",
                    school.name());
            return;
        }
        LocalDate startsOn = runner.callAs(school.aplead(), () -> placements.get(id).terms().startsOn());
        boolean late = plan.stage() == Stage.ACTIVE_NOTICE_LATE;
        runner.runAs(school.aplead(), () -> {
            placements.recordNoticeSent(id, startsOn.minusDays(late ? 1 : 7));
            for (AgreementItem item : AgreementItem.values()) {
                placements.confirm(id, item);
            }
        });
        risks.approved(school.aplead(), school.slt(), id);
        move(school, id, PlacementStatus.ACTIVE, "Agreed at the inclusion panel with the pupil and parents", null);
        switch (plan.stage()) {
            case ENDED -> move(school, id, PlacementStatus.ENDED, "Moved to a specialist setting after an EHC review",
                    "Specialist provision named in the pupil's plan");
            case REINTEGRATED -> move(school, id, PlacementStatus.REINTEGRATED,
                    "Targets met; full timetable back at school", school.name());
            default -> {
                // stays active
            }
        }
    }

    private void move(School school, long id, PlacementStatus to, String why, String destination) {
        runner.runAs(school.slt(), () -> placements.changeStatus(id, placements.get(id).version(), to, why,
                destination));
    }

    private Timetable week(List<Long> at, Week week) {
        List<TimetableSession> sessions = new ArrayList<>();
        switch (week) {
            case PART_TIME -> {
                day(sessions, at.getFirst(), DayOfWeek.TUESDAY, true);
                sessions.add(session(at.getFirst(), DayOfWeek.THURSDAY, Session.AM));
            }
            case FULL_TIME -> {
                for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
                    day(sessions, at.getFirst(), day, true);
                }
            }
            case TWO_PROVIDERS -> {
                day(sessions, at.get(0), DayOfWeek.MONDAY, true);
                day(sessions, at.get(0), DayOfWeek.WEDNESDAY, true);
                day(sessions, at.get(1), DayOfWeek.TUESDAY, true);
                day(sessions, at.get(1), DayOfWeek.THURSDAY, true);
            }
        }
        return new Timetable(sessions);
    }

    private void day(List<TimetableSession> sessions, long provider, DayOfWeek day, boolean afternoon) {
        sessions.add(session(provider, day, Session.AM));
        if (afternoon) {
            sessions.add(session(provider, day, Session.PM));
        }
    }

    private TimetableSession session(long provider, DayOfWeek day, Session session) {
        long site = runner.callAs("trustlead", () -> providers.get(provider).sites().getFirst().id());
        return session == Session.AM
                ? new TimetableSession(day, Session.AM, provider, site, LocalTime.of(9, 30), LocalTime.of(12, 0))
                : new TimetableSession(day, Session.PM, provider, site, LocalTime.of(12, 45), LocalTime.of(15, 0));
    }

    private long provider(String name) {
        return runner.callAs("trustlead", () -> providers.list(ProviderFilter.ANY.withName(name), PageRequest.of(0, 1))
                .getFirst().id());
    }

    private static PupilDetails pupil(School school, Plan plan, String serial) {
        LocalDate born = LocalDate.of(2026 - plan.year() - 5, 1 + Integer.parseInt(serial) % 12, 12);
        return new PupilDetails(plan.first(), plan.last(), Upn.withCheckLetter(school.upnPrefix() + serial), born,
                plan.year(), plan.sen(), plan.lookedAfter(),
                plan.lookedAfter() ? "Ashworth children's services duty team" : null, plan.sen() != NONE);
    }
}
