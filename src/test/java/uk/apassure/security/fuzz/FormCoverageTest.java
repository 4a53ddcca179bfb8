package uk.apassure.security.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every class of the UI that makes an input field is accounted for by the fuzz tests: its fields
 * are fuzzed through the browser-less UI ({@link FormFuzzTest}), or the commands behind it through
 * the services ({@link ServiceFuzzTest}; every service command's text is also checked by
 * base.domain.PlainTextArguments), or it only filters or signs in. A new form fails here until it is
 * placed in one of the lists.
 */
class FormCoverageTest {

    private static final Set<Class<?>> FIELDS = Set.of(TextField.class, TextArea.class, EmailField.class,
            PasswordField.class, IntegerField.class, NumberField.class, BigDecimalField.class, DatePicker.class,
            TimePicker.class);

    /** Fields typed into through the browser-less UI (FormFuzzTest and the FormFuzz*Test classes beside it). */
    static final Set<String> FUZZED_IN_UI = Set.of(
            "admin.ui.UsersView",
            "attendance.ui.AttendanceView",
            "attendance.ui.SessionCard",
            "audit.ui.AdoptDialog",
            "audit.ui.AuditItemCard",
            "audit.ui.ConditionsForm",
            "audit.ui.DecideDialog",
            "audit.ui.SendBackDialog",
            "audit.ui.TemplateItemEditor",
            "audit.ui.TemplateSectionEditor",
            "calendar.ui.BankHolidaysPanel",
            "calendar.ui.YearEditor",
            "organisation.ui.AccountView",
            "placement.ui.NoticeFields",
            "placement.ui.PlacementForm",
            "placement.ui.PlacementView",
            "placement.ui.PupilFields",
            "placement.ui.StatusActions",
            "placement.ui.SuspensionFields",
            "placement.ui.TimetableEditor",
            "provider.ui.ContactForm",
            "provider.ui.ProviderDetailsForm",
            "provider.ui.SiteForm",
            "provider.ui.StatusChangeDialog",
            "pupilrisk.ui.PupilRiskPanel",
            "pupilrisk.ui.RiskLinesEditor",
            "renewal.ui.RenewForm",
            "review.ui.ReviewForm",
            "review.ui.ReviewView",
            "risk.ui.HazardLineEditor",
            "risk.ui.ReportChangeDialog",
            "risk.ui.RiskAssessmentDialog",
            "visit.ui.ActionsPanel",
            "visit.ui.AmendBar",
            "visit.ui.ConcernPanel",
            "visit.ui.VisitForm");

    /** Forms whose commands only ServiceFuzzTest fuzzes at the service: none left; a new form goes in FUZZED_IN_UI. */
    static final Set<String> FUZZED_AT_SERVICE = Set.of();

    /** Forms covered only by the service-wide text check (PlainTextArguments): none left. */
    static final Set<String> NOT_YET_FUZZED = Set.of();

    /**
     * Fields that filter a list, sign in or pick a date for others: nothing typed is stored. Also the
     * helpers that only set fields up (DateFields, FieldChecks).
     */
    static final Set<String> NOT_STORED = Set.of(
            "admin.ui.SecurityLogView",
            "base.ui.DateFields",
            "base.ui.FieldChecks",
            "compare.ui.ProvidersPanel",
            "organisation.ui.TwoStepSection",
            "placement.ui.PlacementFilters",
            "provider.ui.ProviderListView",
            "security.ui.LoginView",
            "visit.ui.VisitFilters");

    @Test
    void every_class_that_makes_an_input_field_is_fuzzed_or_listed() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.apassure");
        Set<String> forms = classes.stream().filter(c -> c.getPackageName().contains(".ui"))
                .filter(FormCoverageTest::makesAField)
                .map(c -> c.getName().replace("uk.apassure.", "").replaceAll("\\$.*", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> listed = new TreeSet<>();
        listed.addAll(FUZZED_IN_UI);
        listed.addAll(FUZZED_AT_SERVICE);
        listed.addAll(NOT_YET_FUZZED);
        listed.addAll(NOT_STORED);
        assertThat(listed).as("forms listed in the fuzz tests").containsAll(forms);
        assertThat(forms).as("listed forms still exist").containsAll(listed);
    }

    /** Constructs a field, or asks a factory for one (base.ui.DateFields). */
    private static boolean makesAField(JavaClass type) {
        return type.getConstructorCallsFromSelf().stream()
                .anyMatch(call -> FIELDS.stream().anyMatch(f -> call.getTargetOwner().isEquivalentTo(f)))
                || type.getMethodCallsFromSelf().stream().anyMatch(call -> call.getTargetOwner().getPackageName()
                        .startsWith("uk.apassure") && FIELDS.stream().anyMatch(f -> call.getTarget().getRawReturnType()
                                .isEquivalentTo(f)));
    }
}
