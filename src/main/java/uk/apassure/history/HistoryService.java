package uk.apassure.history;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
            "h_revised_at", "h_user_id", "h_username", "h_display_name", "h_part_name");

    /** Columns of {@code LocalDateTime} fields: wall-clock UK time, not UTC instants. */
    private static final Set<String> LOCAL_DATE_TIMES = Set.of("visited_at");

    /** Columns holding enum constants, shown as words; every other text is shown as typed. */
    private static final Set<String> ENUMS = Set.of("status", "type", "state", "decision", "registration",
            "ofsted_judgement", "kind", "latest_audit_rag", "decided_rag", "outcome", "hazard", "residual");

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("urn", "URN"),
            Map.entry("la_approved", "On the LA-approved list"),
            Map.entry("la_approved_until", "LA approval until"),
            Map.entry("la_informed_on", "LA informed on"),
            Map.entry("ofsted_judgement", "Ofsted judgement"),
            Map.entry("ofsted_date", "Ofsted date"),
            Map.entry("pupil_sort_name", "Pupil"),
            Map.entry("address_line1", "Address line 1"),
            Map.entry("address_line2", "Address line 2"),
            Map.entry("seen_not_kept_reason", "Seen, not kept, because"),
            Map.entry("pupils_report_to", "Pupils report to them"));

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

    /**
     * Child rows kept with a record since V42: their table (a fixed name, never user input), the
     * column naming the record, what one is called, and the SQL naming the row.
     */
    private record Part(String table, String ownerColumn, String noun, String nameSql) {}

    private static final Map<HistoryKind, List<Part>> PARTS = Map.of(
            HistoryKind.PROVIDER, List.of(new Part("provider_site", "provider_id", "Site", "a.name"),
                    new Part("provider_contact", "provider_id", "Contact", "a.name")),
            HistoryKind.AUDIT, List.of(new Part("audit_item", "audit_id", "Check",
                            "(SELECT ci.prompt FROM checklist_item ci WHERE ci.id = a.checklist_item_id)"),
                    new Part("audit_condition", "audit_id", "Condition", "a.description")),
            HistoryKind.VISIT, List.of(new Part("visit_action", "visit_id", "Action", "a.description")),
            HistoryKind.PROVIDER_RISK, List.of(new Part("provider_risk_hazard", "assessment_id", "Hazard",
                    "CONCAT(a.position + 1, '. ', a.activity)")));

    /**
     * The revisions of one record and of its child rows (a provider's sites and contacts, an audit's
     * answers and conditions, a visit's actions, a risk assessment's hazards), oldest first, for a
     * caller allowed to read the record.
     */
    @Transactional(readOnly = true)
    public List<HistoryEntry> of(HistoryKind kind, long id) {
        checkMayRead(kind, id);
        List<Revision> revisions = new ArrayList<>(revisions(kind.auditTable(), "id", "NULL", id, null,
                kind == HistoryKind.USER ? rolesByRevision(id) : null));
        for (Part part : PARTS.getOrDefault(kind, List.of())) {
            revisions.addAll(revisions(part.table() + "_aud", part.ownerColumn(), part.nameSql(), id, part, null));
        }
        revisions.sort(Comparator.comparingLong(Revision::rev).thenComparing(r -> r.entry().part()));
        return revisions.stream().map(Revision::entry).toList();
    }

    private record Revision(long rev, HistoryEntry entry) {}

    /**
     * The revisions in one audit table, each row diffed with the revision of the same row before it;
     * {@code roles} (a user's roles by revision) only for accounts.
     */
    private List<Revision> revisions(String auditTable, String ownerColumn, String nameSql, long owner,
            @Nullable Part part, @Nullable Map<Long, String> roles) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT a.*, " + nameSql + " AS h_part_name, r.revised_at AS h_revised_at,"
                        + " r.display_name AS h_display_name FROM " + auditTable
                        + " a JOIN history_revision r ON r.id = a.rev WHERE a." + ownerColumn + " = ? ORDER BY a.rev, a.id",
                owner);
        Set<String> hidden = part == null ? HIDDEN : plus(HIDDEN, part.ownerColumn(), "checklist_item_id", "position");
        List<Revision> revisions = new ArrayList<>();
        Map<Object, Map<String, String>> before = new HashMap<>();
        for (Map<String, Object> row : rows) {
            long rev = ((Number) row.get("rev")).longValue();
            Map<String, String> after = new LinkedHashMap<>();
            row.forEach((column, value) -> {
                String name = column.toLowerCase(Locale.ROOT);
                if (!hidden.contains(name)) {
                    after.put(name, shown(name, value));
                }
            });
            if (roles != null) {
                after.put("roles", roles.getOrDefault(rev, UkDates.NONE));
            }
            Action action = switch (((Number) row.get("revtype")).intValue()) {
                case 0 -> Action.CREATED;
                case 2 -> Action.DELETED;
                default -> Action.CHANGED;
            };
            List<FieldChange> changes = changes(action, before.get(row.get("id")), after);
            before.put(row.get("id"), after);
            // a child row made empty (an audit's unanswered checks) or changed only in bookkeeping says nothing
            if (part != null && action != Action.DELETED && changes.isEmpty()) {
                continue;
            }
            revisions.add(new Revision(rev, new HistoryEntry(
                    UkDates.dateTime(Instant.ofEpochMilli(((Number) row.get("h_revised_at")).longValue())),
                    String.valueOf(row.get("h_display_name")), action, changes,
                    part == null ? "" : part.noun() + " “" + shortened(row.get("h_part_name")) + "”")));
        }
        return revisions;
    }

    private static Set<String> plus(Set<String> set, String... more) {
        Set<String> all = new HashSet<>(set);
        all.addAll(List.of(more));
        return all;
    }

    private static String shortened(@Nullable Object name) {
        String text = name == null ? "" : String.valueOf(name).strip().replaceAll("\\s+", " ");
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
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
