package uk.apassure.history;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.audit.AuditService;
import uk.apassure.base.domain.Refusal;
import uk.apassure.base.time.UkDates;
import uk.apassure.history.HistoryEntry.Action;
import uk.apassure.history.HistoryEntry.FieldChange;
import uk.apassure.organisation.UserAdminService;
import uk.apassure.placement.PlacementService;
import uk.apassure.provider.ProviderService;
import uk.apassure.pupilrisk.PupilRiskService;
import uk.apassure.review.ReviewService;
import uk.apassure.risk.RiskAssessmentService;
import uk.apassure.visit.VisitService;

/**
 * Reads the change history Envers keeps (V30, docs/history.md). Before anything is read, the
 * owning feature's own read method is called for the record, so the same permission and school or
 * trust scope apply: whoever may not open the record may not see its history either.
 */
@Service
public class HistoryService {

    /** Columns that are bookkeeping, not facts a reader wants to compare. */
    private static final Set<String> HIDDEN = Set.of("id", "rev", "revtype", "updated_at",
            "h_revised_at", "h_user_id", "h_username", "h_display_name");

    /** Columns of {@code LocalDateTime} fields: wall-clock UK time, not UTC instants. */
    private static final Set<String> LOCAL_DATE_TIMES = Set.of("visited_at");

    /** Columns holding enum constants, shown as words; every other text is shown as typed. */
    private static final Set<String> ENUMS = Set.of("status", "type", "state", "decision", "registration",
            "ofsted_judgement", "kind", "latest_audit_rag", "decided_rag");

    private static final Map<String, String> LABELS = Map.of(
            "urn", "URN",
            "la_approved", "On the LA-approved list",
            "la_approved_until", "LA approval until",
            "la_informed_on", "LA informed on",
            "ofsted_judgement", "Ofsted judgement",
            "ofsted_date", "Ofsted date",
            "pupil_sort_name", "Pupil");

    private final JdbcTemplate jdbc;
    private final ProviderService providers;
    private final AuditService audits;
    private final VisitService visits;
    private final PlacementService placements;
    private final ReviewService reviews;
    private final RiskAssessmentService risks;
    private final PupilRiskService pupilRisks;
    private final UserAdminService users;

    HistoryService(JdbcTemplate jdbc, ProviderService providers, AuditService audits, VisitService visits,
            PlacementService placements, ReviewService reviews, RiskAssessmentService risks,
            PupilRiskService pupilRisks, UserAdminService users) {
        this.jdbc = jdbc;
        this.providers = providers;
        this.audits = audits;
        this.visits = visits;
        this.placements = placements;
        this.reviews = reviews;
        this.risks = risks;
        this.pupilRisks = pupilRisks;
        this.users = users;
    }

    /** The revisions of one record, oldest first, for a caller allowed to read the record. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> of(HistoryKind kind, long id) {
        checkMayRead(kind, id);
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT a.*, r.revised_at AS h_revised_at, r.display_name AS h_display_name FROM "
                        + kind.auditTable() + " a JOIN history_revision r ON r.id = a.rev"
                        + " WHERE a.id = ? ORDER BY a.rev",
                id);
        Map<Long, String> roles = kind == HistoryKind.USER ? rolesByRevision(id) : Map.of();
        List<HistoryEntry> entries = new ArrayList<>();
        @Nullable Map<String, String> before = null;
        for (Map<String, Object> row : rows) {
            long rev = ((Number) row.get("rev")).longValue();
            Map<String, String> after = new LinkedHashMap<>();
            row.forEach((column, value) -> {
                String name = column.toLowerCase(Locale.ROOT);
                if (!HIDDEN.contains(name)) {
                    after.put(name, shown(name, value));
                }
            });
            if (kind == HistoryKind.USER) {
                after.put("roles", roles.getOrDefault(rev, UkDates.NONE));
            }
            Action action = switch (((Number) row.get("revtype")).intValue()) {
                case 0 -> Action.CREATED;
                case 2 -> Action.DELETED;
                default -> Action.CHANGED;
            };
            entries.add(new HistoryEntry(
                    UkDates.dateTime(Instant.ofEpochMilli(((Number) row.get("h_revised_at")).longValue())),
                    String.valueOf(row.get("h_display_name")), action, changes(action, before, after)));
            before = after;
        }
        return entries;
    }

    private void checkMayRead(HistoryKind kind, long id) {
        switch (kind) {
            case PROVIDER -> providers.get(id);
            case AUDIT -> audits.get(id);
            case VISIT -> visits.get(id);
            case PLACEMENT -> placements.get(id);
            case REVIEW -> reviews.get(id);
            case PROVIDER_RISK -> risks.page(owner(kind, "provider_id", id));
            case PUPIL_RISK -> pupilRisks.forPlacement(owner(kind, "placement_id", id));
            case USER -> {
                if (users.accounts().stream().noneMatch(account -> account.id() == id)) {
                    throw new NotFound();
                }
            }
        }
    }

    /** The provider or placement an assessment belongs to (fixed for its life), from its history. */
    private long owner(HistoryKind kind, String column, long id) {
        List<Long> owners = jdbc.queryForList("SELECT " + column + " FROM " + kind.auditTable()
                + " WHERE id = ? ORDER BY rev DESC LIMIT 1", Long.class, id);
        if (owners.isEmpty()) {
            throw new NotFound();
        }
        return owners.getFirst();
    }

    /** A user's roles as they stood after each revision that changed them. */
    private Map<Long, String> rolesByRevision(long userId) {
        Map<Long, String> byRevision = new HashMap<>();
        Set<String> current = new TreeSet<>();
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT rev, revtype, role FROM app_user_role_aud WHERE user_id = ? ORDER BY rev", userId);
        for (Map<String, Object> row : rows) {
            String role = String.valueOf(row.get("role"));
            if (((Number) row.get("revtype")).intValue() == 2) {
                current.remove(role);
            } else {
                current.add(role);
            }
            byRevision.put(((Number) row.get("rev")).longValue(), current.isEmpty() ? UkDates.NONE : String.join(", ", current));
        }
        // revisions that did not touch the roles carry the roles of the revision before them
        List<Long> revisions = jdbc.queryForList("SELECT rev FROM app_user_aud WHERE id = ? ORDER BY rev", Long.class, userId);
        String last = UkDates.NONE;
        for (long rev : revisions) {
            last = byRevision.getOrDefault(rev, last);
            byRevision.put(rev, last);
        }
        return byRevision;
    }

    private static List<FieldChange> changes(Action action, @Nullable Map<String, String> before, Map<String, String> after) {
        List<FieldChange> changes = new ArrayList<>();
        after.forEach((column, value) -> {
            String old = before == null ? (action == Action.CREATED ? UkDates.NONE : "not recorded") : before.getOrDefault(column, UkDates.NONE);
            boolean shown = switch (action) {
                case CREATED -> !value.equals(UkDates.NONE);
                case DELETED -> false;
                case CHANGED -> !Objects.equals(old, value);
            };
            if (shown) {
                changes.add(new FieldChange(label(column), old, value));
            }
        });
        return changes;
    }

    static String label(String column) {
        String known = LABELS.get(column);
        if (known != null) {
            return known;
        }
        String words = column.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String shown(String column, @Nullable Object value) {
        return switch (value) {
            case null -> UkDates.NONE;
            case Boolean yes -> yes ? "Yes" : "No";
            case java.sql.Date date -> UkDates.date(date.toLocalDate());
            case LocalDate date -> UkDates.date(date);
            case Timestamp at -> wallClock(column, at.toLocalDateTime());
            case LocalDateTime at -> wallClock(column, at);
            case BigDecimal number -> number.stripTrailingZeros().toPlainString();
            default -> ENUMS.contains(column) || column.startsWith("judgement_")
                    ? words(String.valueOf(value))
                    : String.valueOf(value).isBlank() ? UkDates.NONE : String.valueOf(value);
        };
    }

    /** Instants are kept as UTC wall-clock values (hibernate.jdbc.time_zone=UTC); shown in UK time. */
    private static String wallClock(String column, LocalDateTime at) {
        return LOCAL_DATE_TIMES.contains(column) ? UkDates.dateTime(at) : UkDates.dateTime(at.toInstant(ZoneOffset.UTC));
    }

    /** An enum constant reads as words ({@code APPROVED_WITH_CONDITIONS} → "Approved with conditions"). */
    private static String words(String text) {
        if (!text.matches("[A-Z][A-Z0-9_]+")) {
            return text;
        }
        String lower = text.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** The record is not there, or not for this caller. */
    public static class NotFound extends Refusal {
        NotFound() {
            super("That record was not found");
        }
    }
}
