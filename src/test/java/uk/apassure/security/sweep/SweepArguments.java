package uk.apassure.security.sweep;

import static uk.apassure.security.sweep.Subjects.ADMIN;
import static uk.apassure.security.sweep.Subjects.GOVERNOR;
import static uk.apassure.security.sweep.Subjects.OTHER_SCHOOL;
import static uk.apassure.security.sweep.Subjects.OTHER_TRUST;
import static uk.apassure.security.sweep.Subjects.VISITOR;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.apassure.TestWorld;
import uk.apassure.audit.AuditFixtures;
import uk.apassure.audit.ChecklistService;
import uk.apassure.audit.ConditionInput;
import uk.apassure.audit.EvidenceFiles;
import uk.apassure.audit.ItemAnswer;
import uk.apassure.audit.Outcome;
import uk.apassure.audit.RecheckInput;
import uk.apassure.calendar.AcademicYear;
import uk.apassure.calendar.TermDates;
import uk.apassure.calendar.YearPlan;
import uk.apassure.compare.ComparePeriod;
import uk.apassure.compare.CompareService;
import uk.apassure.history.HistoryKind;
import uk.apassure.organisation.UserAdminService;
import uk.apassure.placement.NewSuspension;
import uk.apassure.placement.NoticeFixtures;
import uk.apassure.placement.SuspensionReason;
import uk.apassure.provider.ProviderFixtures;
import uk.apassure.pupilrisk.PupilRiskFixtures;
import uk.apassure.placement.Upn;
import uk.apassure.renewal.RenewalRef;
import uk.apassure.calendar.SessionSlot;
import uk.apassure.risk.ChangeKind;
import uk.apassure.risk.HazardKind;
import uk.apassure.risk.HazardLine;
import uk.apassure.risk.Residual;
import uk.apassure.security.Role;
import uk.apassure.security.SubjectRunner;

/**
 * What the service sweep passes to each parameter (the ids of school A1's records by the
 * parameter's name, valid values by type) and whom it tries each method as, by the kinds of record
 * its ids name. A parameter the sweep does not know fails the sweep ({@link NoMaker}).
 */
@Component
class SweepArguments {

    /** The kinds of record an id can name; each decides who must be refused. */
    enum Kind {
        /** The provider register is the trust's: other trusts read nothing; changes need provider:edit. */
        PROVIDER(Subjects.of(OTHER_TRUST), Subjects.of(OTHER_TRUST, VISITOR, GOVERNOR, ADMIN)),
        /** Audits are read across the trust (not by governors); only the school that does one changes it. */
        AUDIT(Subjects.of(OTHER_TRUST, GOVERNOR), Subjects.of(OTHER_TRUST, OTHER_SCHOOL, VISITOR, GOVERNOR, ADMIN)),
        /** Visits, their concerns and actions are the school's; governors count them, admins see none. */
        VISIT(Subjects.of(OTHER_TRUST, OTHER_SCHOOL, GOVERNOR, ADMIN), Subjects.of(OTHER_TRUST, OTHER_SCHOOL, GOVERNOR,
                ADMIN)),
        /** Pupils and everything about them: their school and its trust leads only; visiting staff change nothing. */
        PUPIL(Subjects.of(OTHER_TRUST, OTHER_SCHOOL, GOVERNOR, ADMIN), Subjects.of(OTHER_TRUST, OTHER_SCHOOL, GOVERNOR,
                ADMIN, VISITOR)),
        /** Reviews: as pupils, and visiting staff do not read them either (no review:read). */
        REVIEW(Subjects.of(OTHER_TRUST, OTHER_SCHOOL, GOVERNOR, ADMIN, VISITOR), Subjects.of(OTHER_TRUST, OTHER_SCHOOL,
                GOVERNOR, ADMIN, VISITOR)),
        /** Accounts: the trust's administrators only. */
        ACCOUNT(Subjects.of(OTHER_TRUST, "a1.slt", "a1.head", "a.trustlead", GOVERNOR),
                Subjects.of(OTHER_TRUST, "a1.slt", "a1.head", "a.trustlead", GOVERNOR)),
        /** A school's own facts (calendar, staff): other trusts read nothing; changes by admins and trust leads. */
        SCHOOL(Subjects.of(OTHER_TRUST), Subjects.of(OTHER_TRUST, "a1.slt", "a1.aplead", GOVERNOR));

        final Set<String> readers;
        final Set<String> writers;

        Kind(Set<String> readers, Set<String> writers) {
            this.readers = readers;
            this.writers = writers;
        }
    }

    private static final Map<String, Kind> ID_KINDS = Map.ofEntries(
            Map.entry("providerId", Kind.PROVIDER), Map.entry("siteId", Kind.PROVIDER),
            Map.entry("contactId", Kind.PROVIDER), Map.entry("providerIds", Kind.PROVIDER),
            Map.entry("auditId", Kind.AUDIT), Map.entry("itemId", Kind.AUDIT), Map.entry("evidenceId", Kind.AUDIT),
            Map.entry("correctsAuditId", Kind.AUDIT),
            Map.entry("visitId", Kind.VISIT), Map.entry("concernId", Kind.VISIT), Map.entry("actionId", Kind.VISIT),
            Map.entry("placementId", Kind.PUPIL), Map.entry("pupilId", Kind.PUPIL),
            Map.entry("reviewId", Kind.REVIEW),
            Map.entry("userId", Kind.ACCOUNT),
            Map.entry("schoolId", Kind.SCHOOL), Map.entry("fromSchoolId", Kind.SCHOOL),
            Map.entry("toSchoolIds", Kind.SCHOOL));

    /**
     * Methods without an id of A1's whose records still name A1 or its trust (a provider in a
     * timetable, a school in a new account): these users must be refused, not just shown nothing.
     */
    private static final Map<String, Set<String>> REFUSED_INSTEAD = Map.of(
            // the timetable names trust A's provider: another trust may not place pupils there; roles without placement:edit
            "PlacementService.propose", Subjects.of(OTHER_TRUST, GOVERNOR, ADMIN, VISITOR),
            "SuspensionService.recordNewPupil", Subjects.of(GOVERNOR, ADMIN, VISITOR),
            // a provider is created in the caller's own trust; roles without provider:edit are refused
            "ProviderService.create", Subjects.of(GOVERNOR, ADMIN, VISITOR),
            // the account names school A1: only trust A's administrators create it
            "UserAdminService.create", Subjects.of(OTHER_TRUST, "a1.slt", "a1.head", "a.trustlead", GOVERNOR),
            "ChecklistService.publish", Subjects.of(OTHER_SCHOOL, GOVERNOR, VISITOR, "a.trustlead"));

    /** Users one method may serve although its kinds would refuse them, with why. */
    private static final Map<String, Set<String>> MAY_SERVE = Map.of(
            // visiting staff report a change they saw at a provider (visit:record), as designed
            "RiskAssessmentService.reportChange", Set.of(VISITOR),
            // visiting staff record visits at any provider of the trust's register (visit:record)
            "VisitService.startDraft", Set.of(VISITOR),
            // another school of the trust adopts a decided audit instead of repeating it: the feature (audit:decide)
            "AdoptionService.adopt", Set.copyOf(OTHER_SCHOOL));

    /** Methods outside a read-only transaction that only read (files made from records). */
    private static final Set<String> READS = Set.of("AuditPdf.export", "ReviewPdf.export", "NoticeService.letter",
            "OfstedListService.csv", "OfstedListService.pdf", "CompareExports.csv", "CompareExports.pdf",
            "SubjectAccessExport.forPlacement", "SubjectAccessExport.forPupil", "EvidenceService.download");

    /** An id no record has. */
    static final long MISSING = 999_999_999L;

    /** One call to sweep: its arguments and the kinds of record their ids name. */
    record Case(Object[] args, Set<Kind> kinds) {}

    /** Whom a call must refuse ({@code refused}), or show nothing of A1 (a method without an id). */
    record Expectation(Set<String> subjects, boolean refused) {}

    /** Who must get nothing of A1 from a method without an id: it answers from the caller's scope. */
    private static final Set<String> SCOPED = Subjects.of(OTHER_TRUST, OTHER_SCHOOL, GOVERNOR, ADMIN);

    private final SweepRecords records;
    private final TestWorld world;
    private final JdbcTemplate jdbc;
    private final SubjectRunner subjects;
    private final CompareService compare;

    SweepArguments(SweepRecords records, TestWorld world, JdbcTemplate jdbc, SubjectRunner subjects,
            CompareService compare) {
        this.records = records;
        this.world = world;
        this.jdbc = jdbc;
        this.subjects = subjects;
        this.compare = compare;
    }

    static boolean takesAnId(Method method) {
        for (Parameter parameter : method.getParameters()) {
            String name = parameter.getName();
            if (ID_KINDS.containsKey(name) || name.endsWith("Id") || name.endsWith("Ids")) {
                return true;
            }
        }
        return false;
    }

    Set<Kind> kindsOf(Method method) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (Parameter parameter : method.getParameters()) {
            Kind kind = ID_KINDS.get(parameter.getName());
            if (kind != null) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    Expectation expectation(Method method, Set<Kind> kinds, boolean writes) {
        String key = key(method);
        if (REFUSED_INSTEAD.containsKey(key)) {
            return new Expectation(REFUSED_INSTEAD.get(key), true);
        }
        Set<String> all = new LinkedHashSet<>();
        if (kinds.isEmpty()) {
            all.addAll(SCOPED);
        }
        kinds.forEach(kind -> all.addAll(writes ? kind.writers : kind.readers));
        all.removeAll(MAY_SERVE.getOrDefault(key, Set.of()));
        return new Expectation(all, !kinds.isEmpty());
    }

    /** A write unless the method (or its class) runs in a read-only transaction, or only makes a file. */
    boolean writes(Method method) {
        if (READS.contains(key(method))) {
            return false;
        }
        Transactional own = AnnotatedElementUtils.findMergedAnnotation(method, Transactional.class);
        if (own != null) {
            return !own.readOnly();
        }
        Transactional type = AnnotatedElementUtils.findMergedAnnotation(method.getDeclaringClass(), Transactional.class);
        return type == null || !type.readOnly();
    }

    /**
     * The same arguments with every reference to A1's records (an id, a renewal row, a pupil's UPN)
     * replaced by one that names no record; null if there is none.
     */
    Object[] withMissingIds(Method method, Object[] args) {
        Object[] missing = args.clone();
        boolean any = false;
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            String name = parameters[i].getName();
            if (ID_KINDS.containsKey(name) || name.equals("id")) {
                missing[i] = args[i] instanceof Collection<?> ? List.of(MISSING) : MISSING;
            } else if (args[i] instanceof Collection<?> refs && !refs.isEmpty()
                    && refs.iterator().next() instanceof RenewalRef ref) {
                missing[i] = List.of(new RenewalRef(ref.kind(), MISSING));
            } else if (args[i] instanceof String text && text.contains(records.upn)) {
                missing[i] = text.replace(records.upn, missingUpn());
            } else {
                continue;
            }
            any = true;
        }
        return any ? missing : null;
    }

    /** A well-formed UPN that no pupil has. */
    static String missingUpn() {
        return Upn.withCheckLetter("770000000001");
    }

    /** An answer for missing records, read as if it were for A1's: the ids and UPN it echoes put back. */
    String echoed(String forMissing, Object[] args) {
        String text = forMissing.replace(missingUpn(), records.upn);
        List<Long> ids = new ArrayList<>();
        for (Object arg : args) {
            if (arg instanceof Long id) {
                ids.add(id);
            } else if (arg instanceof Collection<?> items) {
                items.stream().filter(Long.class::isInstance).map(Long.class::cast).forEach(ids::add);
            } else if (arg instanceof Collection<?> refs && !refs.isEmpty() && refs.iterator().next() instanceof RenewalRef) {
                refs.forEach(ref -> ids.add(((RenewalRef) ref).subjectId()));
            }
        }
        return ids.stream().distinct().count() == 1 ? text.replace(String.valueOf(MISSING), String.valueOf(ids.getFirst()))
                : text;
    }

    private static String key(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }

    /** The argument lists to sweep the method with: one, but one per kind of record for the history. */
    List<Case> casesFor(Method method) {
        if (key(method).equals("HistoryService.of")) {
            List<Case> cases = new ArrayList<>();
            for (HistoryKind kind : HistoryKind.values()) {
                cases.add(new Case(new Object[] {kind, historyId(kind)}, EnumSet.of(historyKind(kind))));
            }
            return cases;
        }
        Parameter[] parameters = method.getParameters();
        Object[] args = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            args[i] = make(method, parameters[i]);
        }
        return List.of(new Case(args, kindsOf(method)));
    }

    /** Who may read a record's history: who may read the record. */
    private static Kind historyKind(HistoryKind kind) {
        return switch (kind) {
            case PROVIDER, PROVIDER_RISK -> Kind.PROVIDER;
            case AUDIT -> Kind.AUDIT;
            case VISIT -> Kind.VISIT;
            case PLACEMENT, PUPIL_RISK -> Kind.PUPIL;
            case REVIEW -> Kind.REVIEW;
            case USER -> Kind.ACCOUNT;
        };
    }

    private long historyId(HistoryKind kind) {
        return switch (kind) {
            case PROVIDER -> records.provider;
            case AUDIT -> records.audit;
            case VISIT -> records.visit;
            case PLACEMENT -> records.placement;
            case REVIEW -> records.review;
            case PROVIDER_RISK -> records.riskAssessment;
            case PUPIL_RISK -> jdbc.queryForObject("SELECT MAX(id) FROM pupil_risk_assessment WHERE placement_id = ?",
                    Long.class, records.placement);
            case USER -> records.account;
        };
    }

    private Object make(Method method, Parameter parameter) {
        String name = parameter.getName();
        Class<?> type = parameter.getType();
        if (type == long.class || type == Long.class) {
            return id(method, name);
        }
        if (type == int.class || type == Integer.class) {
            return switch (name) {
                case "offset" -> 0;
                case "limit" -> 50;
                case "currentNumber" -> 1;
                case "n" -> 5;
                case "days" -> 30;
                default -> throw new NoMaker("an int named " + name);
            };
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == String.class) {
            return switch (name) {
                case "template" -> ChecklistService.PRE_PLACEMENT;
                case "fileName" -> "sweep.pdf";
                case "periodKey", "key" -> period().key();
                case "csv" -> "UPN,Date,Session,Mark\n" + records.upn + ",17/11/2026,AM,/\n";
                case "upn" -> records.upn;
                case "name" -> records.providerName;
                default -> "Sweep " + name;
            };
        }
        if (type == byte[].class) {
            return EvidenceFiles.pdf("sweep");
        }
        if (type == LocalDate.class) {
            return switch (name) {
                case "from" -> records.today.minusDays(60);
                case "newDueOn" -> records.today.plusYears(1);
                default -> records.today;
            };
        }
        if (type == LocalDateTime.class) {
            return records.visitTime();
        }
        if (type == Instant.class) {
            return Instant.EPOCH;
        }
        if (type == Pageable.class) {
            return PageRequest.of(0, 200);
        }
        if (type == ChangeKind.class) {
            return ChangeKind.KEY_STAFF_CHANGED;
        }
        if (type == uk.apassure.attendance.DayFilter.class) {
            // every session of the day: A1's pupil would be among them if the scope let it through
            return uk.apassure.attendance.DayFilter.ALL;
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (Collection.class.isAssignableFrom(type)) {
            Type element = ((ParameterizedType) parameter.getParameterizedType()).getActualTypeArguments()[0];
            Object one = element == Long.class ? id(method, name) : value(method, name, (Class<?>) element);
            return Set.class.isAssignableFrom(type) ? Set.of(one) : List.of(one);
        }
        return value(method, name, type);
    }

    /** A valid value of a type the services take. */
    private Object value(Method method, String name, Class<?> type) {
        Object known = switch (type.getSimpleName()) {
            case "ProviderDetails" -> ProviderFixtures.farm("Sweep other " + records.tag);
            case "SiteDetails" -> ProviderFixtures.site("Alpha", "AB1 2CD");
            case "ContactDetails" -> ProviderFixtures.contact("Sweep Other");
            case "PupilDetails" -> records.pupilDetails;
            case "PlacementTerms" -> records.placementTerms;
            case "PlacementEdit" -> records.placementEdit;
            case "VisitDraft" -> records.visitDraft;
            case "ReviewDraft" -> records.reviewDraft;
            case "NoticeDetails" -> NoticeFixtures.DETAILS;
            case "NewSuspension" -> new NewSuspension(LocalDate.of(2026, 11, 30), 1, SuspensionReason.values()[0]);
            case "RiskLine" -> PupilRiskFixtures.TRAVEL;
            case "HazardLine" -> new HazardLine("Main site", "Animal care", HazardKind.values()[0], "Sweep", "Pupils",
                    "Supervised", Residual.LOW);
            case "YearPlan" -> TermDates.plan2026();
            case "AcademicYear" -> AcademicYear.of(records.today);
            case "ItemAnswer" -> new ItemAnswer(Outcome.MET, "Seen", null);
            case "ConditionInput" -> new ConditionInput("Sweep condition", "A1 AP Lead", records.today.plusWeeks(2));
            case "RecheckInput" -> new RecheckInput(records.item, Outcome.MET, "Seen");
            case "SectionSpec" -> new ChecklistService.SectionSpec("Sweep", List.of(new ChecklistService.ItemSpec(
                    "Sweep prompt", "", false, false, null, false, null)));
            case "NewAccount" -> new UserAdminService.NewAccount("sweep.new." + records.tag, "Sweep New", null,
                    world.schoolA1, Set.of(Role.ADMIN));
            case "Role" -> Role.ADMIN;
            case "RenewalRef" -> records.renewalRef;
            case "ComparePeriod" -> period();
            case "SignedInUser" -> subjects.signedIn("a1.dsl");
            case "Filter" -> uk.apassure.security.SecurityLog.Filter.ALL;
            case "SessionSlot" -> new SessionSlot(java.time.DayOfWeek.TUESDAY, uk.apassure.calendar.Session.AM);
            default -> null;
        };
        if (known != null) {
            return known;
        }
        try {
            return type.getField("ANY").get(null);
        } catch (ReflectiveOperationException e) {
            throw new NoMaker("a " + type.getName() + " named " + name);
        }
    }

    private ComparePeriod period() {
        return subjects.callAs("a1.slt", () -> compare.periods().getFirst());
    }

    /** The id of A1's record a parameter names; a version is the record's current one. */
    private Object id(Method method, String name) {
        return switch (name) {
            case "providerId", "providerIds" -> records.provider;
            case "siteId" -> records.site;
            case "contactId" -> records.contact;
            case "auditId", "correctsAuditId" -> records.audit;
            case "itemId" -> records.item;
            case "evidenceId" -> records.evidenceFile;
            case "visitId" -> records.visit;
            case "concernId" -> records.concern;
            case "actionId" -> records.action;
            case "placementId" -> records.placement;
            case "pupilId" -> records.pupil;
            case "reviewId" -> records.review;
            case "userId" -> records.account;
            case "schoolId", "fromSchoolId", "toSchoolIds" -> world.schoolA1;
            case "trustId" -> world.trustA;
            case "expectedVersion", "version", "currentVersion", "draftVersion", "seenVersion" -> version(method);
            case "expectedItemVersion" -> jdbc.queryForObject("SELECT version FROM audit_item WHERE id = ?", Long.class,
                    records.item);
            default -> throw new NoMaker("a long named " + name);
        };
    }

    /** The current version of the record the method's first id names. */
    private long version(Method method) {
        for (Parameter parameter : method.getParameters()) {
            String table = switch (parameter.getName()) {
                case "providerId" -> "provider";
                case "auditId" -> "audit";
                case "visitId" -> "visit";
                case "placementId" -> "placement";
                case "reviewId" -> "placement_review";
                case "concernId" -> "safeguarding_concern";
                default -> null;
            };
            if (table != null) {
                long id = (Long) id(method, parameter.getName());
                return jdbc.queryForObject("SELECT version FROM " + table + " WHERE id = ?", Long.class, id);
            }
        }
        throw new NoMaker("a version of no record (" + method + ")");
    }

    static class NoMaker extends RuntimeException {
        NoMaker(String what) {
            super("the sweep cannot make " + what + "; teach SweepArguments or exempt the method with a reason");
        }
    }
}
