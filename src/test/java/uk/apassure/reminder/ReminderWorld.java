package uk.apassure.reminder;

import java.util.Set;
import org.springframework.stereotype.Component;
import uk.apassure.organisation.SystemSetup;
import uk.apassure.security.AccountLookup;
import uk.apassure.security.Role;

/**
 * A trust of its own for the reminder tests (so other tests' audits never add lines): School R1 with
 * two AP leads, School R2 with one, all with an e-mail address, and an AP lead at R2 without one.
 */
@Component
class ReminderWorld {

    static final String R1_LEAD = "r1.aplead";
    static final String R1_LEAD2 = "r1.aplead2";
    static final String R2_LEAD = "r2.aplead";
    static final String R2_NO_MAIL = "r2.nomail";

    private final SystemSetup setup;
    private final AccountLookup accounts;

    ReminderWorld(SystemSetup setup, AccountLookup accounts) {
        this.setup = setup;
        this.accounts = accounts;
    }

    synchronized ReminderWorld ensure() {
        if (accounts.findActiveAccount(R1_LEAD).isPresent()) {
            return this;
        }
        long trust = setup.createTrust("Reminder Trust");
        long schoolR1 = setup.createSchool(trust, "School R1", "333331", "Gamma");
        long schoolR2 = setup.createSchool(trust, "School R2", "333332", "Gamma");
        setup.createSchoolUser(schoolR1, R1_LEAD, "R1 AP Lead", Set.of(Role.AP_LEAD), "Reminders-test-1");
        setup.createSchoolUser(schoolR1, R1_LEAD2, "R1 Second AP Lead", Set.of(Role.AP_LEAD), "Reminders-test-1");
        setup.createSchoolUser(schoolR2, R2_LEAD, "R2 AP Lead", Set.of(Role.AP_LEAD), "Reminders-test-1");
        setup.createSchoolUser(schoolR2, R2_NO_MAIL, "R2 AP Lead Without Mail", Set.of(Role.AP_LEAD),
                "Reminders-test-1");
        setup.setEmail(R1_LEAD, "r1.aplead@school-r1.example.org");
        setup.setEmail(R1_LEAD2, "r1.aplead2@school-r1.example.org");
        setup.setEmail(R2_LEAD, "r2.aplead@school-r2.example.org");
        return this;
    }

    long id(String username) {
        return accounts.findActiveAccount(username).orElseThrow().user().id();
    }

    long school(String username) {
        Long school = accounts.findActiveAccount(username).orElseThrow().user().schoolId();
        if (school == null) {
            throw new IllegalStateException(username + " has no school");
        }
        return school;
    }

    static String address(String username) {
        return username + "@school-" + username.substring(0, 2) + ".example.org";
    }
}
