package uk.apassure.security.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.apassure.ViewTest;
import uk.apassure.admin.ui.UsersView;
import uk.apassure.base.ui.EditDialog;
import uk.apassure.placement.NoticeDetails;
import uk.apassure.placement.NoticeFixtures;
import uk.apassure.placement.ui.PlacementView;
import uk.apassure.provider.ProviderFixtures;
import uk.apassure.provider.ProviderService;
import uk.apassure.provider.ui.ProviderListView;
import uk.apassure.provider.ui.ProviderView;
import uk.apassure.review.ReviewFixtures;
import uk.apassure.security.SubjectRunner;

/**
 * Hostile values typed into every field of the app's edit dialogs (base.ui.EditDialog), then Save:
 * never a server error; either the dialog closes (saved: markup and SQL are text, escaped on output)
 * or it stays open with a message the user can read, next to a field or as a notification. Control
 * characters, bidi overrides and 100,000 characters always get the message. One line per dialog in
 * {@link #dialogs}; {@link FormCoverageTest} fails when a new dialog is not listed.
 */
class FormFuzzTest extends ViewTest {

    @Autowired ProviderService providers;
    @Autowired SubjectRunner subjects;
    @Autowired NoticeFixtures notices;
    @Autowired ReviewFixtures reviews;

    /** Opens the dialog, signed in as someone who may use it. */
    record DialogForm(String name, Runnable open) {}

    private long provider() {
        return subjects.callAs("a1.aplead", () -> providers.create(
                ProviderFixtures.farm("Form fuzz farm " + UUID.randomUUID().toString().substring(0, 6)),
                ProviderFixtures.site("Alpha", "AB1 2CD")));
    }

    /** Signed in as {@code user}, on a fresh page (a view navigated to again would be reused, with the last user's actions). */
    private void as(String user) {
        closeDialogs();
        if (!user.equals(signedIn)) {
            signInAs(user);
            navigate(uk.apassure.organisation.ui.AccountView.class);
            signedIn = user;
        }
    }

    private String signedIn = "";

    private void click(String button) {
        test($(Button.class).withText(button).single()).click();
    }

    List<DialogForm> dialogs() {
        long provider = provider();
        long placement = notices.placement("Fuzz", "Notice", "8012000" + (10000 + (int) (Math.random() * 89999)),
                NoticeDetails.NONE);
        long active = reviews.activeAtA2(reviews.provider("Form fuzz risk farm " + UUID.randomUUID()
                .toString().substring(0, 6)));
        return List.of(
                new DialogForm("new provider (ProviderCreateDialog)", () -> {
                    as("a1.aplead");
                    navigate(ProviderListView.class);
                    click("Add provider");
                }),
                new DialogForm("provider details (ProviderEditDialog)", () -> {
                    as("a1.aplead");
                    navigate(ProviderView.class, provider);
                    click("Edit details");
                }),
                new DialogForm("site (SiteDialog)", () -> {
                    as("a1.aplead");
                    navigate(ProviderView.class, provider);
                    click("Add site");
                }),
                new DialogForm("contact (ContactDialog)", () -> {
                    as("a1.aplead");
                    navigate(ProviderView.class, provider);
                    click("Add contact");
                }),
                new DialogForm("provider status (StatusChangeDialog)", () -> {
                    as("a1.slt");
                    navigate(ProviderView.class, provider);
                    click("Change status");
                }),
                new DialogForm("new account (UsersView)", () -> {
                    as("a.admin");
                    navigate(UsersView.class);
                    click("New account");
                }),
                new DialogForm("parental notice letter (NoticePanel)", () -> {
                    as("a1.aplead");
                    navigate(PlacementView.class, placement);
                    click("Letter details…");
                }),
                new DialogForm("pupil risk draft (PupilRiskPanel)", () -> {
                    as("a2.aplead");
                    navigate(PlacementView.class, active);
                    click($(Button.class).all().stream().map(Button::getText)
                            .filter(t -> t.equals("Edit the draft…") || t.equals("Write the risk assessment…")
                                    || t.equals("Start a new version…")).findFirst().orElseThrow());
                }));
    }

    /** A value to type: its label, how to put it into a field, and whether it must be refused. */
    record Input(String label, Object value, boolean mustRefuse) {}

    private static List<Input> inputsFor(Component field) {
        if (field instanceof IntegerField) {
            return List.of(new Input("-5", -5, false), new Input("max int", Integer.MAX_VALUE, false));
        }
        if (field instanceof NumberField) {
            return List.of(new Input("-5", -5.0, false), new Input("1e300", 1e300, false));
        }
        if (field instanceof BigDecimalField) {
            return List.of(new Input("-5", new BigDecimal("-5"), false),
                    new Input("huge", new BigDecimal("1e40"), false));
        }
        if (field instanceof DatePicker) {
            return List.of(new Input("year 0001", LocalDate.of(1, 1, 1), true),
                    new Input("31 Dec 9999", LocalDate.of(9999, 12, 31), true));
        }
        return Hostile.TEXTS.stream().map(v -> new Input(v.label(), v.text(), v.mustRefuse())).toList();
    }

    static boolean isField(Component c) {
        return c instanceof TextField || c instanceof TextArea || c instanceof EmailField || c instanceof PasswordField
                || c instanceof IntegerField || c instanceof NumberField || c instanceof BigDecimalField
                || c instanceof DatePicker;
    }

    static Stream<Component> tree(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(FormFuzzTest::tree));
    }

    /** Closes what an attempt left open (a refused form asks before the page is left). */
    private void closeDialogs() {
        $(com.vaadin.flow.component.dialog.Dialog.class).all().forEach(d -> d.close());
        $(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).all().forEach(d -> d.close());
    }

    private EditDialog openDialog() {
        return $(EditDialog.class).all().stream().filter(EditDialog::isOpened).reduce((a, b) -> b).orElseThrow();
    }

    private List<Component> fields(EditDialog dialog) {
        return tree(dialog).filter(FormFuzzTest::isField)
                .filter(c -> c.isVisible() && ((HasValue<?, ?>) c).isReadOnly() == false
                        && ((com.vaadin.flow.component.HasEnabled) c).isEnabled())
                .toList();
    }

    static String label(Component field) {
        String label = field.getElement().getProperty("label");
        return label == null || label.isBlank() ? field.getClass().getSimpleName() : label;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void type(Component field, Object value) {
        switch (field) {
            case TextField f -> test(f).setValue((String) value);
            case TextArea f -> test(f).setValue((String) value);
            case EmailField f -> test(f).setValue((String) value);
            case PasswordField f -> test(f).setValue((String) value);
            // set on the server, as a forged request could: the tester refuses dates outside the picker's bounds
            case DatePicker f -> f.setValue((LocalDate) value);
            default -> ((HasValue) field).setValue(value);
        }
    }

    /** Field errors in {@code area}, text it gained since it read {@code textBefore}, and the notifications {@code shown} since. */
    static List<String> messages(Component area, String textBefore, List<Notification> shown) {
        List<String> messages = new ArrayList<>();
        String text = area.getElement().getTextRecursively();
        if (!text.equals(textBefore) && Outcome.readable(text.replace(textBefore, ""))) {
            messages.add(text.replace(textBefore, ""));
        }
        tree(area).filter(c -> c instanceof HasValidation v && v.isInvalid())
                .map(c -> ((HasValidation) c).getErrorMessage()).filter(Outcome::readable).forEach(messages::add);
        shown.stream().map(n -> n.getElement().getProperty("text", "") + n.getElement().getTextRecursively())
                .filter(Outcome::readable).forEach(messages::add);
        return messages;
    }

    @Test
    void every_field_of_every_edit_dialog_refuses_hostile_input_with_a_message_and_never_breaks() {
        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (DialogForm form : dialogs()) {
            closeDialogs();
            form.open().run();
            List<Component> probes = fields(openDialog());
            assertThat(probes).as(form.name() + " has fields").isNotEmpty();
            for (int i = 0; i < probes.size(); i++) {
                for (Input input : inputsFor(probes.get(i))) {
                    closeDialogs();
                    form.open().run();
                    EditDialog dialog = openDialog();
                    Component field = fields(dialog).get(i);
                    String what = form.name() + " / " + label(field) + " = " + input.label();
                    tried++;
                    int before = $(Notification.class).all().size();
                    String textBefore = dialog.getElement().getTextRecursively();
                    try {
                        type(field, input.value());
                        test(dialog.saveButton()).click();
                    } catch (RuntimeException e) {
                        failures.add(what + ": server error " + e.getClass().getSimpleName() + ": "
                                + Outcome.shorten(e.getMessage()));
                        continue;
                    }
                    boolean saved = !dialog.isOpened();
                    if (!saved && messages(dialog, textBefore, $(Notification.class).all().stream().skip(before).toList())
                            .isEmpty()) {
                        failures.add(what + ": not saved and no message");
                    } else if (saved && input.mustRefuse()) {
                        failures.add(what + ": saved");
                    }
                }
            }
        }
        assertThat(failures).as("of " + tried + " hostile inputs").isEmpty();
    }
}
