package uk.apassure.demo;

import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.organisation.SystemSetup;
import uk.apassure.security.Role;
import uk.apassure.security.SubjectRunner;

/**
 * The demo profile's fictional trust: four schools, one user per role, and about forty providers
 * of every type and status (or, with the large switch, a large generated register). Created on the
 * first start only; a database that already has the trust is left alone. Never in other profiles.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    static final String TRUST = "Northfield Learning Partnership";
    /** The one password of every demo user (README). */
    static final String PASSWORD = "apassure-demo";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final SystemSetup setup;
    private final SubjectRunner runner;
    private final DemoProviders providers;
    private final BulkProviders bulk;
    private final DemoAudits audits;
    private final DemoVisits visits;
    private final DemoCalendars calendars;
    private final DemoPlacements placements;
    private final DemoSuspensions suspensions;
    private final int largeProviders;
    private final DemoReviews reviews;
    private final int largePlacements;
    private final DemoAttendance attendance;
    private final DemoRiskAssessments risks;

    DemoData(SystemSetup setup, SubjectRunner runner, DemoProviders providers, BulkProviders bulk, DemoAudits audits,
            DemoVisits visits, DemoCalendars calendars, DemoPlacements placements, DemoSuspensions suspensions,
            DemoReviews reviews, DemoAttendance attendance, @Value("${apassure.demo.large-providers:0}") int largeProviders,
            @Value("${apassure.demo.large-placements:0}") int largePlacements, DemoRiskAssessments risks) {
        this.risks = risks;
        this.reviews = reviews;
        this.attendance = attendance;
        this.setup = setup;
        this.runner = runner;
        this.providers = providers;
        this.bulk = bulk;
        this.audits = audits;
        this.visits = visits;
        this.calendars = calendars;
        this.placements = placements;
        this.suspensions = suspensions;
        this.largeProviders = largeProviders;
        this.largePlacements = largePlacements;
    }

    /** All or nothing: a failed first start leaves no half-made demo trust behind. */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (setup.trustExists(TRUST)) {
            return;
        }
        long started = System.nanoTime();
        long trust = setup.createTrust(TRUST);
        List<Long> schools = List.of(
                setup.createSchool(trust, "Meadowbank Academy", "990001", "Ashworth"),
                setup.createSchool(trust, "Riverside High School", "990002", "Ashworth"),
                setup.createSchool(trust, "Oakfield Primary School", "990003", "Brackley Vale"),
                setup.createSchool(trust, "St Anselm's Church of England School", "990004", "Corrington"));
        long home = schools.get(0);
        setup.createSchoolUser(home, "aplead", "Priya Shah", Set.of(Role.AP_LEAD), PASSWORD);
        setup.createSchoolUser(home, "visitor", "Tom Becker", Set.of(Role.VISITOR), PASSWORD);
        setup.createSchoolUser(home, "dsl", "Grace Okafor", Set.of(Role.DSL), PASSWORD);
        setup.createSchoolUser(home, "slt", "Daniel Hughes", Set.of(Role.SLT), PASSWORD);
        setup.createSchoolUser(home, "head", "Margaret Ellison", Set.of(Role.HEADTEACHER), PASSWORD);
        setup.createSchoolUser(home, "attendance", "Kevin Doyle", Set.of(Role.ATTENDANCE), PASSWORD);
        setup.createSchoolUser(home, "senco", "Aisha Rahman", Set.of(Role.SENCO), PASSWORD);
        setup.createSchoolUser(home, "governor", "Robert Lyle", Set.of(Role.GOVERNOR), PASSWORD);
        setup.createSchoolUser(schools.get(1), "dsl.riverside", "Hannah Price", Set.of(Role.DSL), PASSWORD);
        setup.createSchoolUser(schools.get(1), "aplead.riverside", "Marcus Bell", Set.of(Role.AP_LEAD), PASSWORD);
        setup.createSchoolUser(schools.get(1), "slt.riverside", "Joanna Fry", Set.of(Role.SLT), PASSWORD);
        setup.createSchoolUser(schools.get(3), "aplead.stanselms", "Ruth Adeyemi", Set.of(Role.AP_LEAD), PASSWORD);
        setup.createSchoolUser(schools.get(3), "slt.stanselms", "Owen Carter", Set.of(Role.SLT), PASSWORD);
        setup.createTrustUser(trust, "trustlead", "Olivia Grant", Set.of(Role.TRUST_LEAD), PASSWORD);
        setup.createTrustUser(trust, "admin", "Sam Patel", Set.of(Role.ADMIN), PASSWORD);
        // safeguarding concerns raised on visits e-mail the school's DSLs (docs/visits.md)
        setup.setEmail("dsl", "grace.okafor@meadowbank.example.org");
        setup.setEmail("dsl.riverside", "hannah.price@riverside.example.org");

        runner.runAs("admin", () -> calendars.create(schools));
        if (largeProviders > 0) {
            bulk.generate(trust, largeProviders);
            placements.large(trust, largePlacements);
        } else {
            runner.runAs("trustlead", providers::create);
            audits.create();
            visits.create();
            placements.create();
            suspensions.create();
            reviews.create();
            attendance.create();
            risks.create();
        }
        log.info("Demo data created in {} ms: trust '{}', {} schools, 15 users", (System.nanoTime() - started)
                / 1_000_000, TRUST, schools.size());
    }
}
