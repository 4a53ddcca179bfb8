package uk.apassure.compare;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import uk.apassure.TestWorld;
import uk.apassure.organisation.SystemSetup;
import uk.apassure.security.Role;

/**
 * A small hand-made trust for the comparison, written straight into the tables so that every number
 * a test expects can be worked out by hand (see {@link CompareServiceTest}). Its own trust, so other
 * tests' rows never reach its counts. Today is Mon 23 Nov 2026; half-terms 2026/27 as below.
 */
@Component
public class CompareData {

    public static final String TRUST = "Compare Trust";

    private final SystemSetup setup;
    private final JdbcTemplate jdbc;

    public long trust;
    public long north;
    public long south;
    public long empty;
    public long farm;
    public long workshop;
    public long college;
    public long unused;
    private long staff;
    private int upn;

    CompareData(SystemSetup setup, JdbcTemplate jdbc) {
        this.setup = setup;
        this.jdbc = jdbc;
    }

    public synchronized CompareData ensure() {
        if (trust != 0) {
            return this;
        }
        trust = setup.createTrust(TRUST);
        north = setup.createSchool(trust, "North Academy", "333331", "Northby");
        south = setup.createSchool(trust, "South Academy", "333332", "Southby");
        empty = setup.createSchool(trust, "Empty Academy", "333333", "Eastby");
        String pw = TestWorld.PASSWORD;
        setup.createTrustUser(trust, "c.trustlead", "C Trust Lead", Set.of(Role.TRUST_LEAD), pw);
        setup.createTrustUser(trust, "c.board", "C Board Governor", Set.of(Role.GOVERNOR), pw);
        setup.createTrustUser(trust, "c.admin", "C Admin", Set.of(Role.ADMIN), pw);
        staff = setup.createSchoolUser(north, "c1.slt", "C1 SLT", Set.of(Role.SLT), pw);
        setup.createSchoolUser(north, "c1.head", "C1 Head", Set.of(Role.HEADTEACHER), pw);
        setup.createSchoolUser(north, "c1.governor", "C1 Governor", Set.of(Role.GOVERNOR), pw);
        setup.createSchoolUser(north, "c1.visitor", "C1 Visitor", Set.of(Role.VISITOR), pw);
        southStaff = setup.createSchoolUser(south, "c2.slt", "C2 SLT", Set.of(Role.SLT), pw);
        setup.createSchoolUser(empty, "c3.slt", "C3 SLT", Set.of(Role.SLT), pw);
        for (long school : List.of(north, south, empty)) {
            calendar(school);
        }

        farm = provider("Meadow Farm", "UNREGISTERED_PROVIDER");
        workshop = provider("Forge Workshop", "UNREGISTERED_PROVIDER");
        college = provider("Riverside College", "FE_COLLEGE");
        unused = provider("Unused Stables", "UNREGISTERED_PROVIDER");
        // Farm: amber on 15 Sep; one item expired yesterday, one expires today (not overdue), one next year
        audit(farm, "AMBER", d(2026, 9, 15), d(2026, 11, 22), d(2026, 11, 23), d(2027, 1, 1), null);
        audit(workshop, "GREEN", d(2026, 9, 1));

        // North
        long n1 = placement(north, "ACTIVE", d(2026, 9, 1), null, "50.00", null, null,
                farm, "MONDAY AM", farm, "MONDAY PM");
        long n2 = placement(north, "ACTIVE", d(2026, 9, 1), null, "40.00", null, null,
                farm, "TUESDAY AM", workshop, "WEDNESDAY AM", workshop, "WEDNESDAY PM");
        placement(north, "REINTEGRATED", d(2026, 9, 14), d(2026, 10, 16), null, "Back at North full time", 2,
                workshop, "THURSDAY AM");
        placement(north, "ENDED", d(2026, 6, 1), d(2026, 9, 30), "99.00", "Left the area", 5, farm, "FRIDAY AM");
        placement(north, "PROPOSED", d(2026, 12, 1), null, "99.00", null, null, farm, "THURSDAY PM");
        long n6 = placement(north, "ACTIVE", d(2026, 11, 16), null, null, null, null,
                workshop, "MONDAY AM", workshop, "MONDAY PM", workshop, "TUESDAY AM", workshop, "TUESDAY PM",
                workshop, "WEDNESDAY AM", workshop, "WEDNESDAY PM", workshop, "THURSDAY AM", workshop, "THURSDAY PM",
                workshop, "FRIDAY AM", workshop, "FRIDAY PM");
        jdbc.update("UPDATE pupil SET sen = 'EHCP' WHERE id = (SELECT pupil_id FROM placement WHERE id = ?)", n6);
        mark(n1, d(2026, 9, 28), "AM", "UNAUTHORISED_ABSENCE");
        mark(n1, d(2026, 10, 5), "AM", "PRESENT");
        mark(n1, d(2026, 10, 5), "PM", "LATE");
        mark(n1, d(2026, 10, 12), "AM", "UNAUTHORISED_ABSENCE");
        mark(n1, d(2026, 10, 12), "PM", "NOT_EXPECTED");
        mark(n1, d(2026, 11, 2), "AM", "PRESENT");
        mark(n1, d(2026, 11, 23), "AM", "PRESENT");
        mark(n2, d(2026, 10, 6), "AM", "AUTHORISED_ABSENCE");
        mark(n2, d(2026, 10, 7), "AM", "PRESENT");
        mark(n2, d(2026, 10, 7), "PM", "PRESENT");
        review(n1, north, d(2026, 10, 15), "SIGNED");
        review(n2, north, d(2026, 10, 16), "DRAFT");
        long concernVisit = visit(north, farm, LocalDateTime.of(2026, 10, 9, 10, 0));
        concern(concernVisit, LocalDateTime.of(2026, 10, 9, 11, 0), null);
        visit(north, farm, LocalDateTime.of(2026, 11, 16, 10, 0));

        // South
        long s1 = placement(south, "ACTIVE", d(2026, 11, 9), null, "60.00", null, null,
                farm, "FRIDAY AM", farm, "FRIDAY PM");
        long s2 = placement(south, "ENDED", d(2026, 9, 1), d(2026, 11, 6), "30.00", "FE college course", null,
                college, "MONDAY AM", college, "MONDAY PM", college, "TUESDAY AM");
        mark(s1, d(2026, 11, 13), "AM", "PRESENT");
        mark(s1, d(2026, 11, 13), "PM", "UNAUTHORISED_ABSENCE");
        review(s2, south, d(2026, 10, 20), "SIGNED");
        concern(visit(south, farm, LocalDateTime.of(2025, 6, 2, 10, 0)), LocalDateTime.of(2025, 6, 2, 11, 0),
                LocalDateTime.of(2025, 6, 20, 9, 0));
        concern(visit(south, farm, LocalDateTime.of(2025, 11, 24, 10, 0)), LocalDateTime.of(2025, 11, 24, 11, 0),
                LocalDateTime.of(2025, 12, 1, 9, 0));
        return this;
    }

    private long southStaff;

    /** The trust of {@link #renewals()}: a lead, two schools with an SLT each, four providers. */
    public record Renewals(long trust, long west, long east, long expiredYesterday, long dueToday,
            long laExpiredYesterday, long laDueToday) {}

    private @Nullable Renewals renewals;

    /**
     * Another small trust for renewals overdue, today Mon 23 Nov 2026 (rows of {@code /renewals}): West
     * Academy audited two providers, one with evidence that expired yesterday, one with evidence that
     * expires today; two providers nobody audited are on the LA's list until yesterday and until today
     * (rows of no school). Every provider has one active placement at West, none at East.
     */
    public synchronized Renewals renewals() {
        if (renewals != null) {
            return renewals;
        }
        long inTrust = setup.createTrust("Compare Renewals Trust");
        long west = setup.createSchool(inTrust, "West Academy", "333341", "Westby");
        long east = setup.createSchool(inTrust, "East Academy", "333342", "Eastby");
        setup.createTrustUser(inTrust, "cr.trustlead", "CR Trust Lead", Set.of(Role.TRUST_LEAD), TestWorld.PASSWORD);
        setup.createSchoolUser(west, "cr1.slt", "CR1 SLT", Set.of(Role.SLT), TestWorld.PASSWORD);
        setup.createSchoolUser(east, "cr2.slt", "CR2 SLT", Set.of(Role.SLT), TestWorld.PASSWORD);
        long expired = provider(inTrust, "Yesterday Farm", "UNREGISTERED_PROVIDER");
        long today = provider(inTrust, "Today Farm", "UNREGISTERED_PROVIDER");
        long laExpired = provider(inTrust, "Yesterday College", "FE_COLLEGE");
        long laToday = provider(inTrust, "Today College", "FE_COLLEGE");
        audit(inTrust, west, expired, "GREEN", d(2026, 9, 15), d(2026, 11, 22), d(2027, 6, 1));
        audit(inTrust, west, today, "GREEN", d(2026, 9, 15), d(2026, 11, 23));
        jdbc.update("UPDATE provider SET la_approved = TRUE, la_approved_until = ? WHERE id = ?", d(2026, 11, 22),
                laExpired);
        jdbc.update("UPDATE provider SET la_approved = TRUE, la_approved_until = ? WHERE id = ?", d(2026, 11, 23),
                laToday);
        for (long provider : List.of(expired, today, laExpired, laToday)) {
            placement(west, "ACTIVE", d(2026, 9, 1), null, null, null, null, provider, "MONDAY AM");
        }
        renewals = new Renewals(inTrust, west, east, expired, today, laExpired, laToday);
        return renewals;
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    /** 2026/27 with the same half-terms for every school: Autumn 1 ends Fri 23 Oct, Autumn 2 starts Mon 2 Nov. */
    private void calendar(long school) {
        long year = insert("INSERT INTO school_year (school_id, start_year) VALUES (?, 2026)", school);
        String[][] halfTerms = {
                {"Autumn 1", "2026-09-02", "2026-10-23"}, {"Autumn 2", "2026-11-02", "2026-12-18"},
                {"Spring 1", "2027-01-05", "2027-02-12"}, {"Spring 2", "2027-02-22", "2027-03-26"},
                {"Summer 1", "2027-04-12", "2027-05-28"}, {"Summer 2", "2027-06-07", "2027-07-21"}};
        for (int i = 0; i < halfTerms.length; i++) {
            jdbc.update("INSERT INTO school_half_term (year_id, position, name, starts_on, ends_on) VALUES (?, ?, ?, ?, ?)",
                    year, i + 1, halfTerms[i][0], halfTerms[i][1], halfTerms[i][2]);
        }
    }

    private long provider(String name, String type) {
        return provider(trust, name, type);
    }

    private long provider(long inTrust, String name, String type) {
        long id = insert("INSERT INTO provider (trust_id, name, type, status, registration, main_town, created_at,"
                + " updated_at) VALUES (?, ?, ?, 'APPROVED', 'NOT_REGISTERED', 'Northby', NOW(6), NOW(6))",
                inTrust, name, type);
        insert("INSERT INTO provider_site (provider_id, kind, name, address_line1, town, postcode)"
                + " VALUES (?, 'MAIN', 'Main site', '1 Lane', 'Northby', 'NB1 2AB')", id);
        return id;
    }

    private void audit(long provider, String rag, LocalDate decidedOn, @Nullable LocalDate... expiries) {
        audit(trust, north, provider, rag, decidedOn, expiries);
    }

    private void audit(long inTrust, long school, long provider, String rag, LocalDate decidedOn,
            @Nullable LocalDate... expiries) {
        long version = jdbc.queryForObject("SELECT MIN(id) FROM checklist_version", Long.class);
        long audit = insert("INSERT INTO audit (trust_id, provider_id, school_id, checklist_version_id, state,"
                + " started_by_name, started_at, decision, decided_by_name, decided_at, decided_rag)"
                + " VALUES (?, ?, ?, ?, 'DECIDED', 'C1 SLT', ?, 'APPROVED', 'C1 SLT', ?, ?)",
                inTrust, provider, school, version, decidedOn.atStartOfDay(), decidedOn.atStartOfDay(), rag);
        List<Long> items = jdbc.queryForList("SELECT i.id FROM checklist_item i JOIN checklist_section s"
                + " ON s.id = i.section_id WHERE s.checklist_version_id = ? ORDER BY i.id", Long.class, version);
        for (int i = 0; i < expiries.length; i++) {
            jdbc.update("INSERT INTO audit_item (audit_id, checklist_item_id, outcome, expires_on) VALUES (?, ?, 'MET', ?)",
                    audit, items.get(i), expiries[i]);
        }
        jdbc.update("UPDATE provider SET latest_audit_id = ?, latest_audit_rag = ?, latest_audit_on = ? WHERE id = ?",
                audit, rag, decidedOn, provider);
    }

    /** @param sessions pairs of provider id and "DAY AM|PM" */
    private long placement(long school, String status, LocalDate starts, @Nullable LocalDate ends,
            @Nullable String cost, @Nullable String destination, @Nullable Integer qualifications, Object... sessions) {
        String number = String.format("%011d", ++upn);
        long pupil = insert("INSERT INTO pupil (school_id, first_name, last_name, upn, date_of_birth, year_group, sen)"
                + " VALUES (?, 'Pupil', ?, ?, '2012-01-01', 9, 'NONE')", school, "Compare" + upn, "C" + number + "A");
        long placement = insert("INSERT INTO placement (school_id, pupil_id, pupil_sort_name, type, status, starts_on,"
                + " ends_on, aims, planned_outcomes, cost_per_session, destination, qualifications_gained, created_by,"
                + " created_at) VALUES (?, ?, ?, 'VOCATIONAL', ?, ?, ?, 'Aims', 'Outcomes', ?, ?, ?, 'test', NOW(6))",
                school, pupil, "Compare" + upn + " Pupil", status, starts, ends,
                cost == null ? null : new java.math.BigDecimal(cost), destination, qualifications);
        for (int i = 0; i < sessions.length; i += 2) {
            long provider = (Long) sessions[i];
            String[] slot = ((String) sessions[i + 1]).split(" ");
            long site = jdbc.queryForObject("SELECT id FROM provider_site WHERE provider_id = ?", Long.class, provider);
            boolean am = slot[1].equals("AM");
            jdbc.update("INSERT INTO placement_session (placement_id, day_of_week, session, provider_id, site_id,"
                    + " starts_at, ends_at) VALUES (?, ?, ?, ?, ?, ?, ?)", placement, slot[0], slot[1], provider, site,
                    am ? "09:00" : "13:00", am ? "12:00" : "15:30");
        }
        return placement;
    }

    private void mark(long placement, LocalDate on, String session, String mark) {
        jdbc.update("INSERT INTO attendance_mark (placement_id, school_id, on_date, session, mark, source,"
                + " marked_by_id, marked_by_name, marked_at) SELECT id, school_id, ?, ?, ?, 'TAP', ?, 'C1 SLT', NOW(6)"
                + " FROM placement WHERE id = ?", on, session, mark, staff, placement);
    }

    private void review(long placement, long school, LocalDate held, String status) {
        boolean signed = status.equals("SIGNED");
        jdbc.update("INSERT INTO placement_review (placement_id, school_id, status, held_on, kind, attendance_percent,"
                + " behaviour, welfare, pupil_views, parent_views, decision, decision_note, drafted_by_id,"
                + " drafted_by_name, created_at, updated_at, signed_by_id, signed_by_name, signed_at)"
                + " VALUES (?, ?, ?, ?, 'HALF_TERMLY', 90.0, '', '', '', '', 'CONTINUE', '', ?, 'C1 SLT', NOW(6), NOW(6),"
                + " ?, ?, ?)", placement, school, status, held, staff, signed ? staff : null,
                signed ? "C1 SLT" : null, signed ? held.atTime(12, 0) : null);
    }

    private long visit(long school, long provider, LocalDateTime at) {
        long by = school == north ? staff : southStaff;
        return insert("INSERT INTO visit (trust_id, school_id, provider_id, status, visited_at, type, visitors,"
                + " judgement_safeguarding, judgement_teaching, judgement_behaviour, judgement_attendance,"
                + " judgement_site_safety, notes, recorded_by_id, recorded_by_name, created_at, updated_at, submitted_at)"
                + " VALUES (?, ?, ?, 'SUBMITTED', ?, 'QA_MONITORING', 'Visitor', 'GOOD', 'GOOD', 'GOOD', 'GOOD', 'GOOD',"
                + " '', ?, 'Visitor', ?, ?, ?)", trust, school, provider, at, by, at, at, at);
    }

    private void concern(long visit, LocalDateTime raised, @Nullable LocalDateTime closed) {
        jdbc.update("INSERT INTO safeguarding_concern (visit_id, description, raised_at, raised_by_id, raised_by_name,"
                + " outcome, closed_at, closed_by_name) VALUES (?, 'Concern text not for governors', ?, ?, 'Visitor', ?, ?, ?)",
                visit, raised, staff, closed == null ? null : "Resolved", closed, closed == null ? null : "DSL");
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS);
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }
}
