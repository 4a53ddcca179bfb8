package uk.apassure.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import uk.apassure.calendar.Session;
import uk.apassure.placement.AgreementItem;
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
import uk.apassure.security.SubjectRunner;

/**
 * Meadowbank Academy's placements in the demo: active ones at the two providers with signed-off
 * audits (one parental notice sent late), proposals waiting for checks, and one that ended.
 * Fictional pupils; UPNs made with a valid check letter.
 */
@Component
@Profile("demo")
class DemoPlacements {

    private final PlacementService placements;
    private final ProviderService providers;
    private final BulkPlacements bulk;
    private final SubjectRunner runner;
    private final Clock clock;

    DemoPlacements(PlacementService placements, ProviderService providers, BulkPlacements bulk, SubjectRunner runner,
            Clock clock) {
        this.placements = placements;
        this.providers = providers;
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
        LocalDate today = LocalDate.now(clock);
        long farm = provider("Willow Bank Farm");
        long online = provider("Open Lantern Online School");
        long equine = provider("Riverbend Equine Centre");
        active(pupil("Alfie", "Marsh", "001", 10, SenStatus.SEN_SUPPORT, false), farm, today.minusWeeks(9), 3, true);
        active(pupil("Bethany", "Cole", "002", 9, SenStatus.EHCP, false), online, today.minusWeeks(6), 2, true);
        active(pupil("Callum", "Reid", "003", 11, SenStatus.NONE, true), farm, today.minusWeeks(4), 4, false);
        active(pupil("Daisy", "Okoro", "004", 10, SenStatus.NONE, false), online, today.minusWeeks(2), 2, true);
        proposed(pupil("Ethan", "Lowe", "005", 8, SenStatus.SEN_SUPPORT, false), equine, today.plusWeeks(2));
        proposed(pupil("Freya", "Quinn", "006", 10, SenStatus.NONE, false), farm, today.plusWeeks(1));
        long ended = active(pupil("George", "Pike", "007", 11, SenStatus.NONE, false), farm, today.minusWeeks(14), 2,
                true);
        runner.runAs("slt", () -> placements.changeStatus(ended, placements.get(ended).version(),
                PlacementStatus.REINTEGRATED, "Targets met; full timetable back at school", "Meadowbank Academy"));
    }

    private long active(PupilDetails pupil, long provider, LocalDate startsOn, int days, boolean noticeOnTime) {
        long id = proposed(pupil, provider, startsOn);
        runner.runAs("aplead", () -> {
            placements.recordNoticeSent(id, startsOn.minusDays(noticeOnTime ? 7 : 1));
            for (AgreementItem item : AgreementItem.values()) {
                placements.confirm(id, item);
            }
        });
        runner.runAs("slt", () -> placements.changeStatus(id, placements.get(id).version(), PlacementStatus.ACTIVE,
                "Agreed at the inclusion panel with the pupil and parents", null));
        return id;
    }

    private long proposed(PupilDetails pupil, long provider, LocalDate startsOn) {
        return runner.callAs("aplead", () -> {
            long site = providers.get(provider).sites().getFirst().id();
            List<TimetableSession> week = List.of(
                    new TimetableSession(DayOfWeek.TUESDAY, Session.AM, provider, site, LocalTime.of(9, 30),
                            LocalTime.of(12, 0)),
                    new TimetableSession(DayOfWeek.TUESDAY, Session.PM, provider, site, LocalTime.of(12, 45),
                            LocalTime.of(15, 0)),
                    new TimetableSession(DayOfWeek.THURSDAY, Session.AM, provider, site, LocalTime.of(9, 30),
                            LocalTime.of(12, 0)));
            return placements.propose(pupil, new PlacementTerms(PlacementType.VOCATIONAL, startsOn,
                    startsOn.plusMonths(6), "Re-engage with learning through practical work; build attendance",
                    "Attendance above 90%; a Level 1 qualification; a plan for Year 11", new BigDecimal("72.50"), false,
                    startsOn.isAfter(LocalDate.now(clock)) ? null : startsOn.minusDays(3), new Timetable(week)));
        });
    }

    private long provider(String name) {
        return runner.callAs("aplead", () -> providers.list(ProviderFilter.ANY.withName(name), PageRequest.of(0, 1))
                .getFirst().id());
    }

    private static PupilDetails pupil(String first, String last, String serial, int year, SenStatus sen,
            boolean lookedAfter) {
        LocalDate born = LocalDate.of(2026 - year - 5, 3 + serial.charAt(2) - '0', 12);
        return new PupilDetails(first, last, Upn.withCheckLetter("990001426" + serial), born, year, sen, lookedAfter,
                lookedAfter ? "Ashworth children's services duty team" : null, sen != SenStatus.NONE);
    }
}
