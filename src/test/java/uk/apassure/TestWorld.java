package uk.apassure;

import java.util.Set;
import org.springframework.stereotype.Component;
import uk.apassure.organisation.SystemSetup;
import uk.apassure.security.Role;

/**
 * Two trusts for tests: trust A with schools A1 and A2, trust B with school B1, and users of every
 * kind needed to prove permissions and scope. Created once per Spring context.
 */
@Component
public class TestWorld {

    public static final String PASSWORD = "correct-horse-battery";

    private final SystemSetup setup;
    private volatile boolean created;
    public long trustA;
    public long trustB;
    public long schoolA1;
    public long schoolA2;
    public long schoolB1;

    TestWorld(SystemSetup setup) {
        this.setup = setup;
    }

    public synchronized TestWorld ensure() {
        if (created) {
            return this;
        }
        trustA = setup.createTrust("Test Trust A");
        trustB = setup.createTrust("Test Trust B");
        schoolA1 = setup.createSchool(trustA, "School A1", "111111", "Alpha");
        schoolA2 = setup.createSchool(trustA, "School A2", "111112", "Alpha");
        schoolB1 = setup.createSchool(trustB, "School B1", "222221", "Beta");
        setup.createSchoolUser(schoolA1, "a1.aplead", "A1 AP Lead", Set.of(Role.AP_LEAD), PASSWORD);
        setup.createSchoolUser(schoolA1, "a1.visitor", "A1 Visitor", Set.of(Role.VISITOR), PASSWORD);
        setup.createSchoolUser(schoolA1, "a1.dsl", "A1 DSL", Set.of(Role.DSL), PASSWORD);
        setup.createSchoolUser(schoolA1, "a1.slt", "A1 SLT", Set.of(Role.SLT), PASSWORD);
        setup.createSchoolUser(schoolA1, "a1.governor", "A1 Governor", Set.of(Role.GOVERNOR), PASSWORD);
        setup.createSchoolUser(schoolA2, "a2.dsl", "A2 DSL", Set.of(Role.DSL), PASSWORD);
        setup.createSchoolUser(schoolA2, "a2.slt", "A2 SLT", Set.of(Role.SLT), PASSWORD);
        setup.createSchoolUser(schoolA2, "a2.aplead", "A2 AP Lead", Set.of(Role.AP_LEAD), PASSWORD);
        setup.createSchoolUser(schoolA1, "a1.head", "A1 Headteacher", Set.of(Role.HEADTEACHER), PASSWORD);
        setup.createTrustUser(trustA, "a.trustlead", "A Trust Lead", Set.of(Role.TRUST_LEAD), PASSWORD);
        setup.createTrustUser(trustA, "a.admin", "A Admin", Set.of(Role.ADMIN), PASSWORD);
        setup.createSchoolUser(schoolB1, "b1.slt", "B1 SLT", Set.of(Role.SLT), PASSWORD);
        setup.createTrustUser(trustB, "b.trustlead", "B Trust Lead", Set.of(Role.TRUST_LEAD), PASSWORD);
        setup.createTrustUser(trustB, "b.admin", "B Admin", Set.of(Role.ADMIN), PASSWORD);
        // visit logs: a second DSL at A1; DSLs have e-mail for concern alerts
        setup.createSchoolUser(schoolA1, "a1.dsl2", "A1 Second DSL", Set.of(Role.DSL), PASSWORD);
        setup.setEmail("a1.dsl", "a1.dsl@school-a1.example.org");
        setup.setEmail("a1.dsl2", "a1.dsl2@school-a1.example.org");
        setup.setEmail("a2.dsl", "a2.dsl@school-a2.example.org");
        created = true;
        return this;
    }
}
