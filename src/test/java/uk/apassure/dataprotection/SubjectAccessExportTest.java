package uk.apassure.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.apassure.IntegrationTest;
import uk.apassure.TestWorld;
import uk.apassure.organisation.SystemSetup;
import uk.apassure.review.ReviewFixtures;
import uk.apassure.security.AccessGuard.AccessDeniedException;
import uk.apassure.security.Role;
import uk.apassure.security.SecurityEventKind;

/**
 * The subject access export holds every kind of record of one pupil (and none of another's), is
 * made only by the DSL or headteacher of the pupil's own school, and is in the security log.
 */
class SubjectAccessExportTest extends IntegrationTest {

    @Autowired
    SubjectAccessExport exports;

    @Autowired
    ReviewFixtures reviews;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SystemSetup setup;

    @Autowired
    Clock clock;

    private static boolean headCreated;

    /** An active placement at A2 (timetable, status change, approved risk assessment) with every other kind added. */
    private long placementWithEverything() {
        long provider = reviews.provider("Export Provider " + System.nanoTime());
        long placement = reviews.activeAtA2(provider);
        long pupil = jdbc.queryForObject("SELECT pupil_id FROM placement WHERE id = ?", Long.class, placement);
        long user = jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'a2.aplead'", Long.class);
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
        LocalDate day = LocalDate.now(clock).minusDays(7);
        // the kinds the fixture does not make, straight into their tables
        jdbc.update("INSERT INTO placement_review (placement_id, school_id, status, behaviour, welfare, pupil_views,"
                + " parent_views, decision_note, drafted_by_id, drafted_by_name, created_at, updated_at)"
                + " VALUES (?, ?, 'DRAFT', 'Settled well', '', 'Likes the workshop', '', '', ?, 'A2 AP Lead', ?, ?)",
                placement, world.schoolA2, user, now, now);
        jdbc.update("INSERT INTO attendance_mark (placement_id, school_id, on_date, session, mark, source,"
                + " marked_by_id, marked_by_name, marked_at) VALUES (?, ?, ?, 'AM', 'UNAUTHORISED_ABSENCE', 'TAP', ?,"
                + " 'A2 AP Lead', ?)", placement, world.schoolA2, day, user, now);
        jdbc.update("INSERT INTO attendance_follow_up (placement_id, school_id, on_date, session, called, outcome,"
                + " recorded_by_id, recorded_by_name, recorded_at) VALUES (?, ?, ?, 'AM', 'Parent', 'Unwell, back"
                + " tomorrow', ?, 'A2 AP Lead', ?)", placement, world.schoolA2, day, user, now);
        jdbc.update("INSERT INTO suspension (school_id, pupil_id, first_day, school_days, reason, recorded_by,"
                + " recorded_at) VALUES (?, ?, ?, 2, 'DAMAGE', 'A2 AP Lead', ?)", world.schoolA2, pupil, day, now);
        jdbc.update("UPDATE placement SET notice_reason = 'To re-engage with learning' WHERE id = ?", placement);
        return placement;
    }

    private synchronized void headAtA2() {
        if (!headCreated) {
            setup.createSchoolUser(world.schoolA2, "a2.head", "A2 Headteacher", Set.of(Role.HEADTEACHER),
                    TestWorld.PASSWORD);
            headCreated = true;
        }
    }

    @Test
    void theExportHoldsEveryKindOfRecordOfThePupilOnly() throws IOException {
        long placement = placementWithEverything();
        long other = placementWithEverything();
        String otherUpn = jdbc.queryForObject("SELECT u.upn FROM pupil u JOIN placement p ON p.pupil_id = u.id"
                + " WHERE p.id = ?", String.class, other);
        String upn = jdbc.queryForObject("SELECT u.upn FROM pupil u JOIN placement p ON p.pupil_id = u.id"
                + " WHERE p.id = ?", String.class, placement);

        SubjectAccessExport.Export export = as("a2.dsl", () -> exports.forPlacement(placement));

        Map<String, byte[]> files = unzip(export.zip());
        assertThat(export.fileName()).endsWith(".zip");
        assertThat(files).containsKeys("records.pdf", "pupil.csv", "placements.csv", "timetables.csv",
                "status_changes.csv", "reviews.csv", "attendance_marks.csv", "attendance_follow_ups.csv",
                "suspensions.csv", "risk_assessments.csv", "risk_items.csv", "notices.csv");
        assertThat(csv(files, "pupil.csv")).contains(upn).doesNotContain(otherUpn);
        assertThat(csv(files, "placements.csv").split("VOCATIONAL", -1)).hasSize(2);
        assertThat(csv(files, "placements.csv")).contains("VOCATIONAL", "Re-engage with learning");
        assertThat(csv(files, "timetables.csv")).contains("TUESDAY", "AM", "Export Provider");
        assertThat(csv(files, "status_changes.csv")).contains("ACTIVE", "Agreed at panel");
        assertThat(csv(files, "reviews.csv")).contains("Likes the workshop");
        assertThat(csv(files, "attendance_marks.csv")).contains("UNAUTHORISED_ABSENCE");
        assertThat(csv(files, "attendance_follow_ups.csv")).contains("Unwell, back tomorrow");
        assertThat(csv(files, "suspensions.csv")).contains("DAMAGE");
        assertThat(csv(files, "risk_assessments.csv")).contains("APPROVED");
        assertThat(csv(files, "risk_items.csv")).contains("TRAVEL");
        assertThat(csv(files, "notices.csv")).contains("To re-engage with learning");
        // the other pupil's records (the same fixture) are not in: one row of each
        assertThat(csv(files, "attendance_follow_ups.csv").split("Unwell, back tomorrow", -1)).hasSize(2);
        assertThat(csv(files, "suspensions.csv").split("DAMAGE", -1)).hasSize(2);
        String pdf = pdfText(files.get("records.pdf"));
        assertThat(pdf).contains("Records held on one pupil", upn, "Attendance follow-ups (1)", "Suspensions (1)",
                "Likes the workshop");

        headAtA2();
        assertThat(unzip(as("a2.head", () -> exports.forPlacement(placement)).zip())).containsKey("pupil.csv");
    }

    @Test
    void onlyTheOwnSchoolsDslOrHeadteacherMayExport() {
        long placement = placementWithEverything();
        // another school's DSL and headteacher (same trust), SLT, governor, trust lead, AP lead, admin,
        // another trust's SLT and trust lead
        for (String user : new String[] {"a1.dsl", "a1.head", "a2.slt", "a1.governor", "a.trustlead", "a2.aplead",
                "a.admin", "b1.slt", "b.trustlead"}) {
            assertThatThrownBy(() -> as(user, () -> exports.forPlacement(placement))).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
        long pupil = jdbc.queryForObject("SELECT pupil_id FROM placement WHERE id = ?", Long.class, placement);
        assertThatThrownBy(() -> as("a1.dsl", () -> exports.forPupil(pupil)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("own school");
        assertThatThrownBy(() -> as("a2.dsl", () -> exports.forPupil(-1)))
                .isInstanceOf(SubjectAccessExport.NotFound.class);
    }

    @Test
    void theExportIsInTheSecurityLog() {
        long placement = placementWithEverything();
        long pupil = jdbc.queryForObject("SELECT pupil_id FROM placement WHERE id = ?", Long.class, placement);
        as("a2.dsl", () -> exports.forPlacement(placement));

        assertThat(jdbc.queryForList("SELECT username FROM security_event WHERE kind = ? AND detail LIKE ?",
                String.class, SecurityEventKind.SUBJECT_ACCESS_EXPORTED.name(), "Pupil " + pupil + " %"))
                .containsExactly("a2.dsl");
        as("a1.dsl", () -> {
            try {
                exports.forPupil(pupil);
            } catch (AccessDeniedException expected) {
                // refused, and the refusal is logged
            }
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM security_event WHERE kind = 'ACCESS_REFUSED'"
                + " AND username = 'a1.dsl' AND detail LIKE '%SubjectAccessExport.forPupil%'", Integer.class))
                .isPositive();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static String csv(Map<String, byte[]> files, String name) {
        return new String(files.get(name), StandardCharsets.UTF_8);
    }

    private static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }
}
