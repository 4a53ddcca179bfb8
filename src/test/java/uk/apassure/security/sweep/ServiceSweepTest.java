package uk.apassure.security.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.apassure.security.sweep.Subjects.OTHER_TRUST;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.shiro.authz.AuthorizationException;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import uk.apassure.IntegrationTest;
import uk.apassure.base.domain.Refusal;
import uk.apassure.base.time.InTermClock;

/**
 * Issue 13: every public method of every service (and of every other public bean that takes the id
 * of a record) is called with the ids of school A1's records as users of another school, of another
 * trust and of A1's own roles that may not see or change them; every call is refused and nothing
 * is written. A method that takes no such id (it answers from the caller's own scope) is called as
 * the same users and must return nothing of A1's pupils, visits or concerns (nor, to another trust,
 * of its register). A new public method is swept as soon as it exists; one whose parameters the
 * sweep cannot make fails here until {@link SweepArguments} learns them or {@link #EXEMPT} says why not.
 */
@Import(InTermClock.class)
class ServiceSweepTest extends IntegrationTest {

    /** Methods the sweep does not call, each with why no other school, trust or role could reach data through it. */
    static final Map<String, String> EXEMPT = Map.ofEntries(
            Map.entry("SystemSetup.*", "creates trusts, schools and accounts for the demo loader and tests; no user's"
                    + " session, and ArchitectureTest keeps every view from it"),
            Map.entry("AccessGuard.*", "the checks themselves: they compare the caller with a scope they are given and"
                    + " read no record"),
            Map.entry("SignInService.*", "signs the caller in or out with their own credentials: no record of anyone else"),
            Map.entry("SecondFactor.*", "the caller's own two-step sign-in (enrolment, codes): no record of anyone else"),
            Map.entry("AccountService.*", "the caller's own password: no record of anyone else"),
            Map.entry("RenewalQueries.*", "the reminder job's queries (reminder.RenewalDue), outside any session; the"
                    + " grid's users go through RenewalService, and no view depends on it (checked below)"),
            Map.entry("RetentionRun.runLocked", "the scheduled retention job, outside any session; no view calls it"
                    + " (checked below)"),
            Map.entry("RetentionRun.run", "the retention job's body, outside any session; no view calls it (checked below)"),
            Map.entry("EvidenceService.check", "static: checks a file's name and bytes, reads no record"),
            Map.entry("SecurityLog.record", "writes the security log for the guard and sign-in (what was refused, to"
                    + " whom); no view calls it (checked below)"),
            Map.entry("SessionRevocation.*", "bookkeeping of the session filter and of UserAdminService (which checks"
                    + " user:manage first); no view depends on it (checked below)"),
            Map.entry("CalendarService.addBankHoliday", "bank holidays are England's, one list for every trust; adding"
                    + " one needs calendar:manage (admins, trust leads of any trust), as designed"));

    @Autowired
    ApplicationContext context;

    @Autowired
    SweepRecords records;

    @Autowired
    SweepArguments arguments;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_public_service_method_refuses_other_schools_other_trusts_and_roles_without_the_right() {
        records.ensure();
        List<String> problems = new ArrayList<>();
        List<String> swept = new ArrayList<>();
        for (Method method : sweptMethods()) {
            String name = name(method);
            if (exemption(method) != null) {
                continue;
            }
            List<SweepArguments.Case> cases;
            try {
                cases = arguments.casesFor(method);
            } catch (SweepArguments.NoMaker e) {
                problems.add(name + ": " + e.getMessage());
                continue;
            }
            for (SweepArguments.Case call : cases) {
                problems.addAll(sweep(method, call));
            }
            swept.add(name);
        }
        System.out.println("[sweep] " + swept.size() + " service methods swept:\n  " + String.join("\n  ", swept));
        assertThat(problems).as("service methods that let another school, trust or role through").isEmpty();
        assertThat(swept).hasSizeGreaterThan(150);
    }

    @Test
    void every_exemption_names_a_method_that_exists() {
        Set<String> names = new LinkedHashSet<>();
        for (Method method : sweptMethods()) {
            names.add(method.getDeclaringClass().getSimpleName() + ".*");
            names.add(method.getDeclaringClass().getSimpleName() + "." + method.getName());
        }
        assertThat(names).containsAll(EXEMPT.keySet());
    }

    @Test
    void no_view_calls_a_method_exempted_as_the_systems_own() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.apassure");
        DescribedPredicate<JavaMethodCall> systemOnly = DescribedPredicate.describe("a method exempted as the system's own",
                call -> EXEMPT.entrySet().stream().filter(entry -> entry.getValue().contains("(checked below)"))
                        .map(Map.Entry::getKey)
                        .anyMatch(key -> key.equals(call.getTargetOwner().getSimpleName() + "." + call.getName())
                                || key.equals(call.getTargetOwner().getSimpleName() + ".*")));
        noClasses().that().resideInAPackage("..ui..").should().callMethodWhere(systemOnly).check(classes);
    }

    /** One method with one set of arguments, as every subject that must not get through. */
    private List<String> sweep(Method method, SweepArguments.Case call) {
        List<String> problems = new ArrayList<>();
        Object[] args = call.args();
        Set<SweepArguments.Kind> kinds = call.kinds();
        boolean writes = arguments.writes(method);
        Object bean = context.getBean(method.getDeclaringClass());
        SweepArguments.Expectation expected = arguments.expectation(method, kinds, writes);
        String name = name(method) + Arrays.toString(args);
        if (!kinds.isEmpty() && !writes && !ownerReaches(bean, method, args)) {
            problems.add(name + ": nobody of A1 or its trust could call it either (the sweep's arguments are wrong)");
        }
        Map<String, Long> before = checksums();
        before.forEach((table, sum) -> {
            Map.Entry<Long, List<String>> known = contents.get(table);
            if (known == null || !known.getKey().equals(sum)) {
                contents.put(table, Map.entry(sum, rows(table)));
            }
        });
        for (String subject : expected.subjects()) {
            Object[] missing = arguments.withMissingIds(method, args);
            try {
                Object result = as(subject, () -> invoke(bean, method, args));
                if (expected.refused()) {
                    answersAsForMissing(subject, bean, method, args, missing, SweepText.of(result), null)
                            .ifPresent(difference -> problems.add(name + ": not refused to " + subject + " (" + kinds
                                    + ") and " + difference));
                }
                secretsIn(SweepText.of(result), subject)
                        .forEach(secret -> problems.add(name + ": shows " + subject + " A1's \"" + secret + "\""));
            } catch (AuthorizationException refused) {
                // refused: what the sweep wants
            } catch (Refusal refusal) {
                // refused with a message: it must be the one a missing record gets, or say nothing of the record
                if (!refusal.getClass().getSimpleName().equals("NotFound")) {
                    answersAsForMissing(subject, bean, method, args, missing, null, refusal).ifPresent(difference -> problems.add(
                            name + ": " + subject + " got past the scope check to " + refusal.getClass().getSimpleName()
                                    + " (" + refusal.getMessage() + "); " + difference));
                }
            } catch (RuntimeException e) {
                problems.add(name + ": " + subject + " got " + e);
            }
        }
        Map<String, Long> after = checksums();
        before.forEach((table, sum) -> {
            if (!sum.equals(after.get(table)) && !sameContent(table, before)) {
                problems.add(name + ": wrote to " + table + " as one of " + expected.subjects());
            }
        });
        return problems;
    }

    /**
     * An answer that is not a refusal is allowed only if it is exactly what the same user gets for
     * records that do not exist (an empty list, a zero count, "no such school"): then it tells them
     * nothing. Empty when it is; else what differs.
     */
    private java.util.Optional<String> answersAsForMissing(String subject, Object bean, Method method, Object[] args, Object[] missing,
            String answer, Refusal refusal) {
        if (missing == null) {
            return java.util.Optional.of("it takes no id to compare with a missing record");
        }
        try {
            String forMissing = arguments.echoed(SweepText.of(as(subject, () -> invoke(bean, method, missing))),
                    args);
            if (refusal == null && forMissing.equals(answer)) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of("a missing record answers " + abbreviate(forMissing) + " instead of "
                    + abbreviate(refusal == null ? answer : refusal.getMessage()));
        } catch (AuthorizationException e) {
            return java.util.Optional.of("a missing record is refused instead");
        } catch (Refusal e) {
            boolean same = refusal != null && e.getClass() == refusal.getClass()
                    && arguments.echoed(e.getMessage(), args).equals(refusal.getMessage());
            return same ? java.util.Optional.empty() : java.util.Optional.of("a missing record gets "
                    + e.getClass().getSimpleName() + " (" + e.getMessage() + ")");
        }
    }

    private static String abbreviate(String text) {
        String flat = text.replace('\n', ' ').strip();
        return "\"" + (flat.length() > 120 ? flat.substring(0, 120) + "…" : flat) + "\"";
    }

    private List<String> secretsIn(String seen, String subject) {
        List<String> secrets = new ArrayList<>(records.schoolSecrets());
        if (OTHER_TRUST.contains(subject)) {
            secrets.addAll(records.trustSecrets());
        }
        return secrets.stream().filter(seen::contains).toList();
    }

    /** Somebody in A1 or trust A gets past the scope check of a read: proves the arguments name real records. */
    private boolean ownerReaches(Object bean, Method method, Object[] args) {
        for (String owner : List.of("a1.head", "a1.dsl", "a1.slt", "a1.aplead", "a.trustlead", "a.admin")) {
            try {
                as(owner, () -> invoke(bean, method, args));
                return true;
            } catch (Refusal refusal) {
                if (!refusal.getClass().getSimpleName().equals("NotFound")) {
                    return true;
                }
            } catch (RuntimeException refused) {
                // try the next
            }
        }
        return false;
    }

    private static Object invoke(Object bean, Method method, Object[] args) {
        try {
            return method.invoke(bean, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each table's rows as last read in full, with the checksum it had then. */
    private final Map<String, Map.Entry<Long, List<String>>> contents = new java.util.HashMap<>();

    /**
     * Whether a table whose checksum moved still holds the same rows as before the calls. CHECKSUM
     * TABLE has been seen to move on InnoDB with every row read back unchanged, so a moved checksum
     * is confirmed against the rows themselves (read when its checksum last moved) before it is
     * called a write.
     */
    private boolean sameContent(String table, Map<String, Long> before) {
        Map.Entry<Long, List<String>> known = contents.get(table);
        List<String> now = rows(table);
        boolean same = known != null && known.getKey().equals(before.get(table)) && known.getValue().equals(now);
        contents.put(table, Map.entry(checksums().get(table), now));
        return same;
    }

    private List<String> rows(String qualified) {
        String table = qualified.substring(qualified.indexOf('.') + 1);
        return jdbc.query("SELECT * FROM `" + table + "`", (rs, i) -> {
            StringBuilder row = new StringBuilder();
            for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                Object value = rs.getObject(column);
                row.append(value instanceof byte[] bytes ? Arrays.toString(bytes) : String.valueOf(value)).append('|');
            }
            return row.toString();
        }).stream().sorted().toList();
    }

    /** Every table's checksum but the security log's (a refusal is written there, as it should be). */
    private Map<String, Long> checksums() {
        List<String> tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema ="
                + " DATABASE() AND table_type = 'BASE TABLE' AND table_name NOT IN ('security_event',"
                + " 'flyway_schema_history')", String.class);
        Map<String, Long> sums = new TreeMap<>();
        jdbc.query("CHECKSUM TABLE " + String.join(", ", tables), rs -> {
            sums.put(rs.getString(1), rs.getLong(2));
        });
        return sums;
    }

    /** Public methods of the services, and of every other public bean of the application that takes a record's id. */
    List<Method> sweptMethods() {
        List<Method> methods = new ArrayList<>();
        for (String beanName : context.getBeanDefinitionNames()) {
            Class<?> type = AopUtils.getTargetClass(context.getBean(beanName));
            if (!type.getName().startsWith("uk.apassure.") || type.getName().contains(".ui.")
                    || type.getName().startsWith("uk.apassure.demo.") || isTestClass(type)
                    || !Modifier.isPublic(type.getModifiers())) {
                continue;
            }
            boolean service = AnnotatedElementUtils.hasAnnotation(type, Service.class);
            List<Method> own = Arrays.stream(type.getDeclaredMethods())
                    .filter(method -> Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()
                            && !method.isBridge()).toList();
            boolean takesIds = AnnotatedElementUtils.hasAnnotation(type, Component.class)
                    && own.stream().anyMatch(SweepArguments::takesAnId);
            if (service || takesIds) {
                methods.addAll(own);
            }
        }
        methods.sort(Comparator.comparing(ServiceSweepTest::name));
        return methods;
    }

    private static boolean isTestClass(Class<?> type) {
        return type.getProtectionDomain().getCodeSource() != null
                && type.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes");
    }

    static String exemption(Method method) {
        String type = method.getDeclaringClass().getSimpleName();
        String reason = EXEMPT.get(type + "." + method.getName());
        return reason != null ? reason : EXEMPT.get(type + ".*");
    }

    static String name(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "("
                + String.join(", ", Arrays.stream(method.getParameters()).map(Parameter::getName).toList()) + ")";
    }
}
