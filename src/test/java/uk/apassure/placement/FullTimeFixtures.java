package uk.apassure.placement;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.apassure.calendar.Session;
import uk.apassure.provider.ProviderFixtures;
import uk.apassure.provider.ProviderService;
import uk.apassure.provider.ProviderType;
import uk.apassure.provider.Registration;
import uk.apassure.security.SubjectRunner;

/**
 * Placements with a given number of hours a week at given providers, for the registration trigger
 * and the Ofsted-call list. Proposed through the service as the school's AP lead; the status is
 * then set directly, because starting a placement needs a signed-off audit (tested in
 * PlacementServiceTest) and only the counts matter here.
 */
@Component
public class FullTimeFixtures {

    private static final AtomicInteger PUPILS = new AtomicInteger();

    private final PlacementService placements;
    private final ProviderService providers;
    private final SubjectRunner subjects;
    private final JdbcTemplate jdbc;

    FullTimeFixtures(PlacementService placements, ProviderService providers, SubjectRunner subjects,
            JdbcTemplate jdbc) {
        this.placements = placements;
        this.providers = providers;
        this.subjects = subjects;
        this.jdbc = jdbc;
    }

    /** A provider of trust A of this type and registration (an independent school gets a URN). */
    public long provider(String name, ProviderType type, Registration registration) {
        var details = ProviderFixtures.farm(name);
        details.setType(type);
        details.setRegistration(registration);
        if (type == ProviderType.REGISTERED_INDEPENDENT_SCHOOL) {
            details.setUrn(String.valueOf(700000 + PUPILS.incrementAndGet()));
        }
        return subjects.callAs("a1.aplead", () -> providers.create(details, ProviderFixtures.site("Alpha", "AB1 2CD")));
    }

    public long unregistered(String name) {
        return provider(name, ProviderType.UNREGISTERED_PROVIDER, Registration.NOT_REGISTERED);
    }

    public long mainSite(long provider) {
        return subjects.callAs("a1.aplead", () -> providers.get(provider).sites().getFirst().id());
    }

    /** A pupil of the AP lead's school (a new one each time) with a week at one or more providers. */
    public Pupil pupil(String apLead, String name) {
        return new Pupil(apLead, name);
    }

    /** A fluent pupil: {@code pupil("a1.aplead", "Ann Lee").ehcp().at(farm, hours(18)).active()}. */
    public final class Pupil {
        private final String apLead;
        private final String firstName;
        private final String lastName;
        private SenStatus sen = SenStatus.NONE;
        private boolean lookedAfter;
        private int yearGroup = 10;
        private PlacementType type = PlacementType.VOCATIONAL;
        private final List<TimetableSession> sessions = new ArrayList<>();

        Pupil(String apLead, String name) {
            this.apLead = apLead;
            this.firstName = name.substring(0, name.indexOf(' '));
            this.lastName = name.substring(name.indexOf(' ') + 1);
        }

        public Pupil ehcp() {
            sen = SenStatus.EHCP;
            return this;
        }

        public Pupil lookedAfter() {
            lookedAfter = true;
            return this;
        }

        public Pupil yearGroup(int year) {
            yearGroup = year;
            return this;
        }

        public Pupil type(PlacementType placementType) {
            type = placementType;
            return this;
        }

        /** The next free half-days of the week (three hours each, the last one shorter) at the provider's main site. */
        public Pupil at(long provider, Duration week) {
            return at(provider, mainSite(provider), week);
        }

        public Pupil at(long provider, long site, Duration week) {
            Duration left = week;
            while (left.isPositive()) {
                int slot = sessions.size();
                DayOfWeek day = DayOfWeek.of(1 + slot / 2);
                boolean morning = slot % 2 == 0;
                LocalTime start = morning ? LocalTime.of(9, 0) : LocalTime.of(13, 0);
                Duration length = left.compareTo(Duration.ofHours(3)) > 0 ? Duration.ofHours(3) : left;
                sessions.add(new TimetableSession(day, morning ? Session.AM : Session.PM, provider, site, start,
                        start.plus(length)));
                left = left.minus(length);
            }
            return this;
        }

        public long proposed() {
            String upn = Upn.withCheckLetter(String.format("79%010d", PUPILS.incrementAndGet()));
            PupilDetails details = new PupilDetails(firstName, lastName, upn, LocalDate.of(2011, 5, 4), yearGroup, sen,
                    lookedAfter, null, false);
            PlacementTerms terms = new PlacementTerms(type, LocalDate.of(2026, 12, 3), LocalDate.of(2027, 3, 26),
                    "Re-engage with learning", "Level 1", new BigDecimal("60.00"), false, null,
                    new Timetable(sessions));
            return subjects.callAs(apLead, () -> placements.propose(details, terms));
        }

        public long active() {
            return with(PlacementStatus.ACTIVE);
        }

        public long ended() {
            return with(PlacementStatus.ENDED);
        }

        private long with(PlacementStatus status) {
            long id = proposed();
            // an ended placement records where the pupil went (ck_placement_destination)
            jdbc.update("update placement set status = ?, destination = ? where id = ?", status.name(),
                    status.isFinal() ? "Back at school full-time" : null, id);
            return id;
        }
    }

    public static Duration hours(double hours) {
        return Duration.ofMinutes(Math.round(hours * 60));
    }
}
