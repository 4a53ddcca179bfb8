package uk.apassure.benchmark;

import java.util.List;
import java.util.Set;
import uk.apassure.calendar.AcademicYear;
import uk.apassure.calendar.CalendarService;
import uk.apassure.calendar.TermDates;
import uk.apassure.organisation.SystemSetup;
import uk.apassure.security.Role;
import uk.apassure.security.SubjectRunner;

/**
 * A trust of four schools for a benchmark, each with the test calendars of 2025-26 and 2026-27
 * (TermDates), set up by an administrator of its own ({@code <prefix>.admin}).
 */
record BenchmarkTrust(long id, List<Long> schools) {

    static BenchmarkTrust create(SystemSetup setup, CalendarService calendars, SubjectRunner subjects, String name,
            String prefix, int firstUrn) {
        long trust = setup.createTrust(name);
        List<String> towns = List.of("Ashworth", "Ashworth", "Brackley Vale", "Corrington");
        List<String> numbers = List.of("One", "Two", "Three", "Four");
        List<Long> schools = java.util.stream.IntStream.range(0, 4).mapToObj(i -> setup.createSchool(trust,
                name.replace("Trust", "School") + " " + numbers.get(i), String.valueOf(firstUrn + i), towns.get(i)))
                .toList();
        String admin = prefix + ".admin";
        setup.createTrustUser(trust, admin, "Bench Admin", Set.of(Role.ADMIN), "bench-password");
        subjects.runAs(admin, () -> {
            calendars.save(schools.getFirst(), TermDates.plan2025());
            calendars.save(schools.getFirst(), TermDates.plan2026());
            calendars.copy(schools.getFirst(), new AcademicYear(2025), schools.subList(1, 4));
            calendars.copy(schools.getFirst(), new AcademicYear(2026), schools.subList(1, 4));
        });
        return new BenchmarkTrust(trust, schools);
    }
}
