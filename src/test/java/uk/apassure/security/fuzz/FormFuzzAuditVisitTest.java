package uk.apassure.security.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.apassure.ViewTest;
import uk.apassure.audit.AuditFixtures;
import uk.apassure.audit.AuditService;
import uk.apassure.audit.AuditSheet;
import uk.apassure.audit.ChecklistService;
import uk.apassure.audit.EvidenceFiles;
import uk.apassure.audit.ItemAnswer;
import uk.apassure.audit.ui.AuditView;
import uk.apassure.audit.ui.TemplatesView;
import uk.apassure.base.ui.EditDialog;
import uk.apassure.organisation.UserAdminService;
import uk.apassure.organisation.UserAdminService.NewAccount;
import uk.apassure.organisation.UserAdminService.OneTimePassword;
import uk.apassure.organisation.ui.AccountView;
import uk.apassure.provider.ui.ProviderView;
import uk.apassure.renewal.RenewalItem;
import uk.apassure.risk.RiskAssessmentService;
import uk.apassure.security.Role;
import uk.apassure.security.SubjectRunner;
import uk.apassure.visit.ConcernService;
import uk.apassure.visit.VisitDraft;
import uk.apassure.visit.VisitFixtures;
import uk.apassure.visit.VisitPage;
import uk.apassure.visit.VisitService;
import uk.apassure.visit.ui.VisitView;

/**
 * Hostile values typed into every field of the audit, visit, risk, renewal and account forms, through
 * the browser-less UI as a user would, then sent as the form sends them (a button, or the autosave
 * each change starts). Each time: never a server error; no field red without words saying why;
 * either stored exactly as typed (markup and SQL are text; the page then holds no element made from
 * them) or refused with a message, next to a field, in the form or as a notification, and then
 * nothing stored. Control characters, bidi overrides, 100,000 characters, dates out of range and
 * dates the browser cannot read are always refused. What is stored is read back through the services.
 */
class FormFuzzAuditVisitTest extends ViewTest {

    @Autowired Clock clock;
    @Autowired SubjectRunner subjects;
    @Autowired StoredText storedText;
    @Autowired JdbcTemplate jdbc;
    @Autowired AuditFixtures auditFixtures;
    @Autowired AuditService audits;
    @Autowired ChecklistService checklists;
    @Autowired RiskAssessmentService riskAssessments;
    @Autowired VisitFixtures visitFixtures;
    @Autowired VisitService visits;
    @Autowired ConcernService concerns;
    @Autowired UserAdminService users;

    private final List<String> failures = new ArrayList<>();
    private int tried;

    /**
     * A form of the app: how to reach it signed in as someone who may use it ({@code open} answers
     * the component whose text and fields count as the form's), its fields, valid values in every
     * field before one is made hostile, how it is sent (Save, in an edit dialog), what it has stored,
     * and what to make afresh once a save has used up the record (a decided audit cannot be decided
     * again).
     */
    private final class Form {
        final String name;
        final Supplier<Component> open;
        final Supplier<String> stored;
        Function<Component, List<Component>> fields = FieldProbe::editableFields;
        Consumer<Component> fillValid = root -> {};
        BiConsumer<Component, Object> type = FieldProbe::type;
        /** Save, for a form in an edit dialog. */
        Consumer<Component> send = root -> {
            if (root instanceof EditDialog dialog) {
                test(dialog.saveButton()).click();
            }
        };
        Runnable renew = () -> {};
        /** What is stored holds the typed text (not, e.g., a password's hash). */
        boolean storesText = true;

        Form(String name, Supplier<Component> open, Supplier<String> stored) {
            this.name = name;
            this.open = open;
            this.stored = stored;
        }
    }

    @AfterEach
    void nothingHiddenWasStoredAndEveryInputWasHandled() {
        assertThat(storedText.columnsWithHiddenCharacters()).as("text columns holding control characters").isEmpty();
        assertThat(failures).as("of " + tried + " hostile inputs").isEmpty();
    }

    // ---- the harness

    private void fuzz(Form form) {
        List<Component> probes = form.fields.apply(form.open.get());
        assertThat(probes).as(form.name + " has fields").isNotEmpty();
        for (int i = 0; i < probes.size(); i++) {
            for (FieldProbe.Input input : FieldProbe.inputsFor(probes.get(i))) {
                attempt(form, i, input);
            }
        }
    }

    private void attempt(Form form, int index, FieldProbe.Input input) {
        Component root = form.open.get();
        form.fillValid.accept(root);
        Component field = form.fields.apply(root).get(index);
        String what = form.name + " / " + FieldProbe.label(field) + " = " + input.label();
        tried++;
        String before = form.stored.get();
        int notificationsBefore = $(Notification.class).all().size();
        String textBefore = root.getElement().getTextRecursively();
        try {
            form.type.accept(field, input.value());
            // the rest of the browser's request: what the page does once every event of it is handled
            roundTrip();
            form.send.accept(root);
        } catch (RuntimeException e) {
            failures.add(what + ": server error " + e.getClass().getSimpleName() + ": "
                    + Outcome.shorten(e.getMessage()));
            form.renew.run();
            return;
        }
        String after = form.stored.get();
        boolean stored = !after.equals(before);
        List<Notification> shown = $(Notification.class).all().stream().skip(notificationsBefore).toList();
        boolean saidSaved = shown.stream().anyMatch(FieldProbe::isSuccess)
                || root instanceof Dialog dialog && !dialog.isOpened();
        List<String> red = FieldProbe.redWithoutMessage(root);
        if (!red.isEmpty()) {
            failures.add(what + ": red without a message: " + red);
        }
        String text = input.text();
        if (stored && input.mustRefuse()) {
            failures.add(what + ": stored");
        } else if ((stored || saidSaved) && form.storesText && text != null && !text.isBlank()
                && !after.contains(text.strip())) {
            failures.add(what + ": said saved, but not stored as typed: " + Outcome.shorten(after));
        } else if (!stored && !saidSaved && FieldProbe.messages(root, textBefore, shown).isEmpty()) {
            failures.add(what + ": not saved and no message");
        }
        if (stored) {
            List<String> made = madeFromMarkup();
            if (!made.isEmpty()) {
                failures.add(what + ": the page made elements from the stored text: " + made);
            }
            form.renew.run();
        }
    }

    /** Elements a script or an image tag typed as text would have become, anywhere on the page. */
    private static List<String> madeFromMarkup() {
        return elements(UI.getCurrent().getElement())
                .filter(e -> e.getTag().equals("script") || e.getTag().equals("img") || e.hasProperty("innerHTML"))
                .map(e -> e.getTag() + (e.hasProperty("innerHTML") ? " innerHTML" : "")).toList();
    }

    private static Stream<Element> elements(Element root) {
        // text nodes have no tag: only elements could have been made from markup
        return Stream.concat(Stream.of(root), root.getChildren().filter(e -> !e.isTextNode())
                .flatMap(FormFuzzAuditVisitTest::elements));
    }

    /** Signed in as {@code user} on a page of their own: the form is built afresh, whatever the last attempt left. */
    private void as(String user) {
        $(Dialog.class).all().forEach(Dialog::close);
        $(ConfirmDialog.class).all().forEach(ConfirmDialog::close);
        signInAs(user);
        UI.getCurrent().navigate(AccountView.class);
        // a refused form asks before its page is left: leave without saving ("Stay" confirms the app's
        // question, "Leave without them" the audit page's)
        $(ConfirmDialog.class).all().stream().filter(d -> d.isOpened() && d.hasClassName("leave-guard"))
                .forEach(d -> {
                    if (d.getElement().getProperty("rejectButtonVisible", false)) {
                        test(d).reject();
                    } else {
                        test(d).confirm();
                    }
                });
        assertThat(view()).as("left the form's page").isInstanceOf(AccountView.class);
    }

    private Component view() {
        return (Component) getCurrentView();
    }

    private void click(String button) {
        test($(Button.class).withText(button).single()).click();
    }

    private EditDialog openEditDialog() {
        return $(EditDialog.class).all().stream().filter(EditDialog::isOpened).reduce((a, b) -> b).orElseThrow();
    }

    /** The fields under the first component (the root or inside it) with {@code className}. */
    private static List<Component> fieldsIn(Component root, String className) {
        return FieldProbe.tree(root).filter(c -> c.hasClassName(className)).findFirst()
                .map(FieldProbe::editableFields).orElseThrow(() -> new AssertionError("no ." + className));
    }

    @SuppressWarnings("unchecked")
    private static <T extends Component> T field(Component root, Class<T> type, String label) {
        return (T) FieldProbe.tree(root).filter(c -> type.isInstance(c) && FieldProbe.label(c).equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no field " + label));
    }

    private static String fresh(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A record a save uses up: made on first use and again after each save. */
    private static final class Fresh {
        private final Supplier<Long> make;
        private @Nullable Long id;

        Fresh(Supplier<Long> make) {
            this.make = make;
        }

        long get() {
            if (id == null) {
                id = make.get();
            }
            return id;
        }

        void renew() {
            id = null;
        }
    }

    // ---- audits

    @Test
    void audit_item_answers() {
        long audit = auditFixtures.draft(auditFixtures.provider(fresh("Fuzz item farm")));
        AuditSheet.Item item = subjects.callAs("a1.aplead", () -> audits.get(audit)).items().stream()
                .filter(i -> i.needsExpiry() && i.evidenceRequired()).findFirst().orElseThrow();
        Supplier<AuditSheet.Item> current = () -> subjects.callAs("a1.aplead", () -> audits.get(audit)).items()
                .stream().filter(i -> i.id() == item.id()).findFirst().orElseThrow();
        Form form = new Form("audit item (AuditItemCard)", () -> {
            subjects.runAs("a1.aplead", () -> audits.recordItem(audit, item.id(), current.get().version(),
                    new ItemAnswer(null, "Checked the certificate", today().plusYears(1), "Kept by the provider")));
            as("a1.aplead");
            navigate(AuditView.class, audit);
            return FieldProbe.tree(view()).filter(c -> String.valueOf(item.id())
                    .equals(c.getElement().getAttribute("data-item"))).findFirst().orElseThrow();
        }, () -> {
            AuditSheet.Item now = current.get();
            return now.note() + " | " + now.expiresOn() + " | " + now.seenNotKeptReason();
        });
        fuzz(form);
    }

    @Test
    void sending_an_audit_back() {
        Fresh audit = new Fresh(() -> auditFixtures.submitted(auditFixtures.provider(fresh("Fuzz send back farm"))));
        Form form = auditDialog("send back (SendBackDialog)", "a1.dsl", audit, "Send back to the AP lead…",
                sheet -> sheet.sentBack());
        fuzz(form);
    }

    /** A dialog opened from the audit page by {@code user}; each save uses the audit up. */
    private Form auditDialog(String name, String user, Fresh audit, String button,
            Function<AuditSheet, Object> stored) {
        Form form = new Form(name, () -> {
            as(user);
            navigate(AuditView.class, audit.get());
            click(button);
            return openEditDialog();
        }, () -> String.valueOf(stored.apply(subjects.callAs(user, () -> audits.get(audit.get())))));
        form.renew = audit::renew;
        return form;
    }

    @Test
    void deciding_with_conditions() {
        Fresh audit = new Fresh(() -> auditFixtures.confirmed(auditFixtures.provider(fresh("Fuzz decide farm"))));
        Form form = new Form("decision (DecideDialog, ConditionsForm)", () -> {
            as("a1.slt");
            navigate(AuditView.class, audit.get());
            click("Decide…");
            return $(Dialog.class).all().stream().filter(d -> d.isOpened() && d.hasClassName("sign-off-dialog"))
                    .findFirst().orElseThrow();
        }, () -> {
            AuditSheet sheet = subjects.callAs("a1.slt", () -> audits.get(audit.get()));
            return sheet.state() + " | " + sheet.decisionNote() + " | " + sheet.conditions();
        });
        form.fillValid = root -> {
            test(field(root, RadioButtonGroup.class, "Decision")).selectItem("Approve with conditions");
            test(field(root, TextField.class, "Condition")).setValue("Send the fire risk assessment");
            test(field(root, TextField.class, "Owner")).setValue("A1 AP Lead");
            field(root, DatePicker.class, "Due").setValue(today().plusWeeks(2));
        };
        form.send = root -> {
            test($(Button.class).withText("Review decision").single()).click();
            Button confirm = $(Button.class).withText("Confirm decision").single();
            if (confirm.isVisible()) {
                test(confirm).click();
            }
        };
        form.renew = audit::renew;
        fuzz(form);
    }

    @Test
    void another_school_signing_off() {
        Fresh audit = new Fresh(() -> auditFixtures.decided(auditFixtures.provider(fresh("Fuzz adopt farm"))));
        Form form = auditDialog("sign-off for another school (AdoptDialog)", "a2.slt", audit,
                "Sign off for my school…", sheet -> sheet.adoptions());
        form.fillValid = root -> test(field(root, RadioButtonGroup.class, "Your school's decision")).selectItem(
                "Approve");
        fuzz(form);
    }

    @Test
    void checklist_templates() {
        String code = ChecklistService.PRE_PLACEMENT_ONLINE;
        List<ChecklistService.SectionSpec> original = subjects.callAs("b.admin",
                () -> checklists.currentSections(code));
        Form form = new Form("checklist template (TemplateSectionEditor, TemplateItemEditor)", () -> {
            as("b.admin");
            TemplatesView view = navigate(TemplatesView.class);
            @SuppressWarnings("unchecked")
            var choice = (com.vaadin.flow.component.select.Select<ChecklistService.TemplateChoice>) FieldProbe
                    .tree(view).filter(c -> c instanceof com.vaadin.flow.component.select.Select<?>).findFirst()
                    .orElseThrow();
            choice.setValue(choice.getListDataView().getItems().filter(c -> c.template().equals(code)).findFirst()
                    .orElseThrow());
            return view;
        }, () -> {
            ChecklistService.SectionSpec first = subjects.callAs("b.admin", () -> checklists.currentSections(code))
                    .getFirst();
            return first.title() + " | " + first.items().getFirst();
        });
        // the first section's title and its first item: every other is the same component
        form.fields = root -> FieldProbe.editableFields(root).stream().limit(4).toList();
        form.send = root -> click("Publish as a new version");
        try {
            fuzz(form);
        } finally {
            subjects.runAs("b.admin", () -> checklists.publish(code, original));
        }
    }

    // ---- provider risk assessments

    @Test
    void risk_assessments_and_reported_changes() {
        long provider = auditFixtures.provider(fresh("Fuzz risk farm"));
        auditFixtures.decided(provider);
        Supplier<String> current = () -> String.valueOf(subjects.callAs("a1.aplead", () -> riskAssessments
                .page(provider)).current());
        Form approve = new Form("risk assessment (RiskAssessmentDialog, HazardLineEditor)", () -> {
            as("a1.aplead");
            navigate(ProviderView.class, provider);
            click($(Button.class).all().stream().map(Button::getText)
                    .filter(t -> t.equals("Make risk assessment") || t.equals("New version")).findFirst()
                    .orElseThrow());
            return openEditDialog();
        }, current);
        // the approval's own fields and the first hazard line's: every other line is the same component
        approve.fields = root -> {
            Component firstLine = FieldProbe.tree(root).filter(c -> c.hasClassName("risk-line-editor")).findFirst()
                    .orElseThrow();
            List<Component> firstLineFields = FieldProbe.tree(firstLine).toList();
            // the site and the activity take any text typed into their lists
            Stream<Component> typedLists = firstLineFields.stream().filter(c -> c instanceof ComboBox<?> list
                    && list.isAllowCustomValue());
            return Stream.concat(typedLists, FieldProbe.editableFields(root).stream()
                    .filter(f -> !insideLine(f) || firstLineFields.contains(f))).toList();
        };
        fuzz(approve);

        Form report = new Form("report a change (ReportChangeDialog)", () -> {
            as("a1.aplead");
            navigate(ProviderView.class, provider);
            click("Report a change");
            return openEditDialog();
        }, current);
        fuzz(report);
    }

    private static boolean insideLine(Component c) {
        return c.getParent().map(p -> p.hasClassName("risk-line-editor") || insideLine(p)).orElse(false);
    }

    // ---- visits

    @Test
    void visit_drafts_and_follow_up_actions() {
        long provider = visitFixtures.approvedProvider("Fuzz visit farm");
        long visit = visitFixtures.draftVisit("a1.visitor", provider);
        Form draft = new Form("visit draft (VisitForm)", () -> {
            subjects.runAs("a1.visitor", () -> {
                VisitDraft complete = VisitFixtures.complete(visits.get(visit).draft());
                complete.setVisitedAt(LocalDateTime.of(today().minusDays(1), java.time.LocalTime.of(10, 30)));
                visits.saveDraft(visit, complete);
            });
            as("a1.visitor");
            return navigate(VisitView.class, visit);
        }, () -> {
            VisitDraft saved = subjects.callAs("a1.visitor", () -> visits.get(visit)).draft();
            return saved.getVisitedAt() + " | " + saved.getVisitors() + " | " + saved.getPupilWork() + " | "
                    + saved.getActivities() + " | " + saved.getNotes();
        });
        draft.fields = root -> fieldsIn(root, "visit-form");
        fuzz(draft);

        Form action = new Form("follow-up action (ActionsPanel)", () -> {
            as("a1.visitor");
            return navigate(VisitView.class, visit);
        }, () -> subjects.callAs("a1.visitor", () -> visits.get(visit)).actions().stream()
                .map(VisitPage.Action::toString).toList().toString());
        action.fields = root -> fieldsIn(root, "action-form");
        action.fillValid = root -> {
            List<Component> fields = fieldsIn(root, "action-form");
            test((TextField) fields.get(0)).setValue("Send the fire certificate");
            test((TextField) fields.get(1)).setValue("A1 AP Lead");
            ((DatePicker) fields.get(2)).setValue(today().plusWeeks(2));
        };
        action.send = root -> click("Add action");
        fuzz(action);
    }

    @Test
    void raising_and_closing_concerns_and_amending_a_visit() {
        long provider = visitFixtures.approvedProvider("Fuzz concern farm");
        int[] day = {0};
        Supplier<Long> submitted = () -> visitFixtures.submittedVisit("a1.visitor", provider,
                LocalDateTime.of(today().minusDays(1 + day[0]++ % 300), java.time.LocalTime.of(10, 0)));
        Fresh toRaise = new Fresh(submitted);
        Form raise = new Form("raise a concern (ConcernPanel)", () -> {
            as("a1.visitor");
            return navigate(VisitView.class, toRaise.get());
        }, () -> concern(subjects.callAs("a1.visitor", () -> visits.get(toRaise.get()))));
        raise.fields = root -> fieldsIn(root, "raise-concern-section");
        raise.send = root -> click("Raise concern");
        raise.renew = toRaise::renew;
        fuzz(raise);

        Fresh toClose = new Fresh(() -> {
            long visit = submitted.get();
            subjects.runAs("a1.visitor", () -> concerns.raise(visit, "Pupil left the site alone"));
            return visit;
        });
        Form close = new Form("close a concern (ConcernPanel)", () -> {
            as("a1.dsl");
            return navigate(VisitView.class, toClose.get());
        }, () -> concern(subjects.callAs("a1.dsl", () -> visits.get(toClose.get()))));
        close.fields = root -> fieldsIn(root, "concern-panel");
        close.send = root -> click("Record outcome and close");
        close.renew = toClose::renew;
        fuzz(close);

        long toAmend = submitted.get();
        int[] amendment = {0};
        Form amend = new Form("amend a visit (AmendBar)", () -> {
            as("a1.visitor");
            VisitView view = navigate(VisitView.class, toAmend);
            click("Amend");
            return view;
        }, () -> subjects.callAs("a1.visitor", () -> visits.get(toAmend)).amendments().toString());
        amend.fields = root -> fieldsIn(root, "amend-bar");
        amend.fillValid = root -> test(field(root, TextArea.class, "Notes")).setValue("Amended note " + amendment[0]++);
        amend.send = root -> click("Save amendment");
        fuzz(amend);
    }

    /** What was typed about the concern (its e-mails change on their own, off the request's thread). */
    private static String concern(VisitPage page) {
        VisitPage.Concern concern = page.concern();
        return concern == null ? "none" : concern.description() + " | " + concern.outcome() + " | " + concern.open();
    }

    // ---- renewals

    @Test
    void renewing_a_certificate() {
        long provider = auditFixtures.provider(fresh("Fuzz renewal farm"));
        auditFixtures.decided(provider);
        jdbc.update("UPDATE audit_item i JOIN audit a ON a.id = i.audit_id JOIN checklist_item c"
                + " ON c.id = i.checklist_item_id SET i.expires_on = ? WHERE a.provider_id = ?"
                + " AND c.prompt = 'Public liability insurance'", today().minusDays(3), provider);
        Form renew = new Form("renewal (RenewForm)", () -> {
            as("a1.aplead");
            UI.getCurrent().navigate("renewals", QueryParameters.simple(Map.of("state", "overdue", "kind",
                    "certificate", "provider", String.valueOf(provider))));
            @SuppressWarnings("unchecked")
            Grid<RenewalItem> grid = $(Grid.class).single();
            grid.select(test(grid).getRow(0));
            click("Renew selected");
            return openEditDialog();
        }, () -> String.valueOf(jdbc.queryForList("SELECT new_due_on FROM renewal WHERE provider_id = ?",
                Object.class, provider)));
        renew.fillValid = root -> test($(Upload.class).single()).upload("insurance.pdf", "application/pdf",
                EvidenceFiles.pdf("Insurance 2027"));
        renew.storesText = false;
        fuzz(renew);
    }

    // ---- the signed-in user's password

    @Test
    void changing_ones_own_password() {
        OneTimePassword[] account = {newAccount()};
        Form password = new Form("password change (AccountView)", () -> {
            as(account[0].username());
            return view();
        }, () -> jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = ?", String.class,
                account[0].username()));
        password.fields = root -> FieldProbe.editableFields(root).stream().filter(PasswordField.class::isInstance)
                .filter(f -> !FieldProbe.label(f).equals("New password again")).toList();
        password.fillValid = root -> {
            test(field(root, PasswordField.class, "Current password")).setValue(account[0].password());
            test(field(root, PasswordField.class, "New password")).setValue("quiet harbour lantern 2026");
            test(field(root, PasswordField.class, "New password again")).setValue("quiet harbour lantern 2026");
        };
        // a new password is typed twice alike: a hostile one too
        password.type = (field, value) -> {
            FieldProbe.type(field, value);
            if (FieldProbe.label(field).equals("New password")) {
                FieldProbe.type(field(view(), PasswordField.class, "New password again"), value);
            }
        };
        password.send = root -> click("Change password");
        password.renew = () -> account[0] = newAccount();
        password.storesText = false;
        fuzz(password);
    }

    private OneTimePassword newAccount() {
        return subjects.callAs("a.admin", () -> users.create(new NewAccount(fresh("fuzz").replace(' ', '.'),
                "Fuzz Password", null, world.schoolA1, Set.of(Role.VISITOR))));
    }
}
