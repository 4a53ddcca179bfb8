package uk.apassure.security.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.apassure.ViewTest;
import uk.apassure.attendance.ui.AttendanceView;
import uk.apassure.base.time.InTermClock;
import uk.apassure.base.ui.EditDialog;
import uk.apassure.calendar.AcademicYear;
import uk.apassure.calendar.HalfTerm;
import uk.apassure.calendar.TermDates;
import uk.apassure.calendar.YearPlan;
import uk.apassure.calendar.ui.CalendarsView;
import uk.apassure.organisation.SchoolService.SchoolSummary;
import uk.apassure.organisation.SystemSetup;
import uk.apassure.organisation.ui.AccountView;
import uk.apassure.placement.NoticeDetails;
import uk.apassure.placement.NoticeFixtures;
import uk.apassure.placement.PlacementFixtures;
import uk.apassure.placement.PlacementService;
import uk.apassure.placement.PlacementStatus;
import uk.apassure.placement.PlacementTerms;
import uk.apassure.placement.PlacementType;
import uk.apassure.placement.SuspensionReason;
import uk.apassure.placement.Upn;
import uk.apassure.placement.ui.PlacementNewView;
import uk.apassure.placement.ui.PlacementView;
import uk.apassure.provider.ProviderChoice;
import uk.apassure.provider.ProviderService;
import uk.apassure.pupilrisk.PupilRiskFixtures;
import uk.apassure.pupilrisk.PupilRiskPage;
import uk.apassure.pupilrisk.PupilRiskService;
import uk.apassure.pupilrisk.PupilRiskState;
import uk.apassure.review.ReviewFixtures;
import uk.apassure.review.ReviewService;
import uk.apassure.security.SubjectRunner;

/**
 * Hostile values typed into every field of the placement pages' forms, the review form, attendance
 * and the school calendars, through the browser-less UI, as the browser sends them: text (markup,
 * SQL, 100,000 characters, control characters), dates the browser cannot read (31/02, month 13,
 * words, a five-digit year) and days it reads but no form takes (year 1, year 99999), numbers and
 * times typed wrong. Each time: never a server error; either stored (markup and SQL exactly as
 * typed, shown as text) or refused with a message the user can read, on the field or as a
 * notification, and nothing stored; no field turns red without saying why. {@link FormCoverageTest}
 * lists these forms as fuzzed in the UI.
 */
@Import(InTermClock.class)
class FormFuzzPlacementTest extends ViewTest {

    private static final AtomicInteger PUPILS = new AtomicInteger();

    @Autowired Clock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired StoredText storedText;
    @Autowired SubjectRunner subjects;
    @Autowired ProviderService providers;
    @Autowired PlacementService placements;
    @Autowired PlacementFixtures placementFixtures;
    @Autowired NoticeFixtures notices;
    @Autowired ReviewFixtures reviewFixtures;
    @Autowired ReviewService reviews;
    @Autowired PupilRiskService pupilRisks;
    @Autowired SystemSetup setup;

    private final List<String> failures = new ArrayList<>();
    private int tried;

    @BeforeEach
    void inTerm() {
        InTermClock.reset(clock);
    }

    @AfterEach
    void nothingHiddenWasStored() {
        assertThat(storedText.columnsWithHiddenCharacters()).as("text columns holding control characters").isEmpty();
    }

    /**
     * A form: {@code open} shows it afresh, signed in as someone who may use it, with valid values in
     * every field; {@code area} holds its fields; {@code send} saves it (nothing when it saves as it is
     * typed into); {@code stored} reads what the database holds for it. {@code storesNothing}: it only
     * picks what to show, so hostile text needs no message.
     */
    record PageForm(String name, Runnable open, Supplier<Component> area, Runnable send, Supplier<String> stored,
            boolean storesNothing) {

        PageForm(String name, Runnable open, Supplier<Component> area, Runnable send, Supplier<String> stored) {
            this(name, open, area, send, stored, false);
        }
    }

    /** A value to type, how the browser delivers it, and whether it must be refused; {@code text} when it must be stored as typed. */
    record Input(String label, Consumer<Component> enter, boolean mustRefuse, @Nullable String text) {}

    /** What the browser sends for a field a person typed into. */
    static final class Typist extends ComponentTester<Component> {

        Typist(Component field) {
            super(field);
        }

        /** A value the browser could read, sent as it is: the field's own bounds are checked on the server. */
        void sends(Object value) {
            setValueAsUser(value);
        }

        /**
         * Text the browser cannot read as a date, time or number: the field keeps the text and reports it
         * ("unparsable-change"); a decimal field, a text input underneath, sends the text itself as its value.
         */
        void cannotRead(String text) {
            ensureComponentIsUsable();
            Element element = getComponent().getElement();
            element.setProperty("_inputElementValue", text);
            if (getComponent() instanceof BigDecimalField) {
                try {
                    element.getNode().getFeature(ElementPropertyMap.class).deferredUpdateFromClient("value", text).run();
                } catch (PropertyChangeDeniedException e) {
                    throw new IllegalStateException(e);
                }
            } else {
                fireDomEvent("unparsable-change");
            }
        }
    }

    private static Input typed(Hostile.Value value) {
        boolean markup = !value.mustRefuse() && !value.text().isBlank() && value.text().equals(value.text().strip());
        return new Input(value.label(), field -> new Typist(field).sends(value.text()), value.mustRefuse(),
                markup ? value.text() : null);
    }

    private static Input unreadable(String text) {
        return new Input("\"" + text + "\" typed", field -> new Typist(field).cannotRead(text), true, null);
    }

    private static Input sent(String label, Object value, boolean mustRefuse) {
        return new Input(label, field -> new Typist(field).sends(value), mustRefuse, null);
    }

    private static List<Input> inputsFor(Component field) {
        return switch (field) {
            case DatePicker d -> Stream.concat(Hostile.UNREADABLE_DATES.stream().map(FormFuzzPlacementTest::unreadable),
                    Hostile.IMPOSSIBLE_DATES.stream().map(day -> sent("year " + day.getYear(), day, true))).toList();
            case TimePicker t -> Hostile.UNREADABLE_TIMES.stream().map(FormFuzzPlacementTest::unreadable).toList();
            case IntegerField i -> Stream.concat(Hostile.UNREADABLE_NUMBERS.stream().map(FormFuzzPlacementTest::unreadable),
                    Stream.of(sent("-5", -5, false), sent("max int", Integer.MAX_VALUE, false))).toList();
            case BigDecimalField b -> Stream.concat(Hostile.UNREADABLE_NUMBERS.stream()
                    .map(FormFuzzPlacementTest::unreadable), Stream.of(sent("-5", new BigDecimal("-5"), false),
                            sent("1e40", new BigDecimal("1e40"), false))).toList();
            case NumberField n -> Stream.concat(Hostile.UNREADABLE_NUMBERS.stream().map(FormFuzzPlacementTest::unreadable),
                    Stream.of(sent("-5", -5.0, false), sent("1e300", 1e300, false))).toList();
            default -> Hostile.TEXTS.stream().map(FormFuzzPlacementTest::typed).toList();
        };
    }

    /** The fields a person can type into, in the order they are shown. */
    private static List<Component> fields(Component area) {
        return FieldProbe.tree(area).filter(c -> FieldProbe.isField(c) || c instanceof TimePicker)
                .filter(c -> new ComponentTester<>(c).isUsable()).toList();
    }

    private void fuzz(PageForm form) {
        form.open().run();
        int count = fields(form.area().get()).size();
        assertThat(count).as(form.name() + " has fields").isPositive();
        for (int i = 0; i < count; i++) {
            form.open().run();
            for (Input input : inputsFor(fields(form.area().get()).get(i))) {
                attempt(form, i, input);
            }
        }
    }

    private void attempt(PageForm form, int index, Input input) {
        form.open().run();
        Component area = form.area().get();
        Component field = fields(area).get(index);
        String what = form.name() + " / " + FieldProbe.label(field) + " = " + input.label();
        tried++;
        String before = form.stored().get();
        int notices = $(Notification.class).all().size();
        String textBefore = area.getElement().getTextRecursively();
        try {
            input.enter().accept(field);
            form.send().run();
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            failures.add(what + ": server error " + cause.getClass().getSimpleName() + ": "
                    + Outcome.shorten(cause.getMessage()));
            return;
        }
        String after = form.stored().get();
        List<Notification> shown = $(Notification.class).all().stream().skip(notices).toList();
        String gained = area.getElement().getTextRecursively().replace(textBefore, "");
        boolean saved = !before.equals(after) || shown.stream().anyMatch(n -> n.hasClassName("saved-notice"))
                || area instanceof Dialog dialog && !dialog.isOpened() || gained.startsWith("Saved");
        List<String> messages = FieldProbe.messages(area, textBefore,
                shown.stream().filter(n -> !n.hasClassName("saved-notice")).toList());
        FieldProbe.tree(area).filter(c -> c instanceof HasValidation v && v.isInvalid()
                && (v.getErrorMessage() == null || v.getErrorMessage().isBlank()))
                .forEach(c -> failures.add(what + ": " + FieldProbe.label(c) + " red without a message"));
        if (saved && input.mustRefuse()) {
            failures.add(what + ": saved" + (before.equals(after) ? " (said so, nothing changed)" : ""));
        } else if (!saved && messages.isEmpty() && (input.mustRefuse() || !form.storesNothing())) {
            failures.add(what + ": not saved and no message");
        } else if (saved && input.text() != null && !after.contains(input.text())) {
            failures.add(what + ": saved, but not as typed");
        } else if (saved && input.text() != null && input.text().contains("<")) {
            form.open().run();
            List<String> tags = elements(UI.getCurrent().getElement()).map(Element::getTag).toList();
            if (tags.contains("script") || tags.contains("img")
                    || elements(UI.getCurrent().getElement()).anyMatch(e -> e.hasProperty("innerHTML"))) {
                failures.add(what + ": shown as markup");
            }
        }
    }

    private static Stream<Element> elements(Element root) {
        return Stream.concat(Stream.of(root), root.getChildren().filter(e -> !e.isTextNode())
                .flatMap(FormFuzzPlacementTest::elements));
    }

    private void assertNoFailures() {
        assertThat(failures).as("of " + tried + " hostile inputs").isEmpty();
    }

    // ---- pages and fields

    /** Signed in as {@code user} on a fresh page: what an earlier attempt left typed is left without saving. */
    private void page(String user, Runnable navigation) {
        $(Dialog.class).all().forEach(Dialog::close);
        signInAs(user);
        UI.getCurrent().navigate(AccountView.class);
        leaveAnyway();
        navigation.run();
        leaveAnyway();
    }

    private void leaveAnyway() {
        $(ConfirmDialog.class).all().stream().filter(d -> d.isOpened() && d.hasClassName("leave-guard"))
                .forEach(d -> test(d).reject());
    }

    private Component view() {
        return (Component) getCurrentView();
    }

    private static Stream<Component> everything() {
        return FieldProbe.tree(UI.getCurrent());
    }

    private static Component field(String label) {
        return everything().filter(c -> label.equals(c.getElement().getProperty("label")) && c instanceof HasValue)
                .findFirst().orElseThrow(() -> new AssertionError("no field " + label));
    }

    @SuppressWarnings("unchecked")
    private static <V> void put(String label, V value) {
        ((HasValue<?, V>) field(label)).setValue(value);
    }

    private static Component parentOf(String label) {
        return field(label).getParent().orElseThrow();
    }

    private void click(String text) {
        test(everything().filter(c -> c instanceof Button b && b.getText().equals(text) && b.isVisible())
                .map(Button.class::cast).reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no " + text)))
                .click();
    }

    private EditDialog dialog() {
        return $(EditDialog.class).all().stream().filter(EditDialog::isOpened).reduce((a, b) -> b).orElseThrow();
    }

    private Runnable save() {
        return () -> test(dialog().saveButton()).click();
    }

    private Supplier<String> rows(String sql, Object... args) {
        return () -> jdbc.queryForList(sql, args).toString();
    }

    private static String fresh(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    private static String upn() {
        return Upn.withCheckLetter(String.format("97%010d", 5_300_000 + PUPILS.incrementAndGet()));
    }

    // ---- the forms

    @Test
    void the_placement_wizard_and_its_edit_dialog() {
        long provider = reviewFixtures.provider(fresh("Fuzz wizard farm"));
        ProviderChoice choice = subjects.callAs("a1.aplead", () -> providers.choice(provider));
        fuzz(new PageForm("new placement (PlacementNewView)", () -> {
            page("a1.aplead", () -> navigate(PlacementNewView.class));
            put("First name", "Robin");
            put("Last name", "Fuzzpupil");
            put("UPN", upn());
            put("Date of birth", LocalDate.of(2011, 5, 4));
            put("Year group", 10);
            put("Type", PlacementType.VOCATIONAL);
            put("Starts", LocalDate.of(2026, 12, 3));
            put("Aims", "Re-engage with learning");
            put("Planned outcomes", "Level 1 in animal care");
            put("Provider", choice);
            ((Checkbox) everything().filter(c -> c instanceof Checkbox box && "Morning".equals(box.getLabel()))
                    .skip(1).findFirst().orElseThrow()).setValue(true);
            put("Travel arrangements", "Minibus from the school gate");
        }, this::view, () -> click("Propose placement"),
                rows("select count(*) placements, (select count(*) from pupil) pupils, p.*, u.* from placement p"
                        + " join pupil u on u.id = p.pupil_id where p.id = (select max(id) from placement)")));

        long placement = notices.placement("Fuzz", "Edited", "8012000" + (20000 + PUPILS.incrementAndGet()),
                NoticeDetails.NONE);
        fuzz(new PageForm("change placement (PlacementEditDialog)", () -> {
            page("a1.aplead", () -> navigate(PlacementView.class, placement));
            click("Change placement…");
        }, this::dialog, save(), placementRows(placement)));
        assertNoFailures();
    }

    private Supplier<String> placementRows(long placement) {
        Supplier<String> placementRow = rows("select * from placement where id = ?", placement);
        Supplier<String> pupil = rows("select * from pupil where id = (select pupil_id from placement where id = ?)",
                placement);
        Supplier<String> week = rows("select * from placement_session where placement_id = ?", placement);
        Supplier<String> changes = rows("select * from placement_status_change where placement_id = ?", placement);
        Supplier<String> edits = rows("select * from placement_change where placement_id = ?", placement);
        return () -> placementRow.get() + pupil.get() + week.get() + changes.get() + edits.get();
    }

    @Test
    void the_placement_page_status_notice_and_suspensions() {
        long provider = reviewFixtures.provider(fresh("Fuzz status farm"));
        PlacementTerms terms = placementFixtures.terms(PlacementType.VOCATIONAL, LocalDate.of(2026, 12, 1), provider);
        long[] proposed = {0};
        Runnable proposedPlacement = () -> {
            if (proposed[0] == 0 || subjects.callAs("a1.slt", () -> placements.get(proposed[0])).status()
                    != PlacementStatus.PROPOSED) {
                proposed[0] = subjects.callAs("a1.aplead", () -> placements.propose(PlacementFixtures.pupil("Riley",
                        "Fuzz"), terms));
            }
        };
        fuzz(new PageForm("end a placement (StatusActions)", () -> {
            proposedPlacement.run();
            page("a1.slt", () -> navigate(PlacementView.class, proposed[0]));
            click("End placement…");
        }, this::dialog, save(), () -> placementRows(proposed[0]).get()));

        proposedPlacement.run();
        long placement = proposed[0];
        fuzz(new PageForm("notice sent (PlacementView)", () -> {
            page("a1.aplead", () -> navigate(PlacementView.class, placement));
        }, () -> parentOf("Notice sent on"), () -> click("Record notice sent"), placementRows(placement)));

        fuzz(new PageForm("suspension (SuspensionFields)", () -> {
            page("a1.aplead", () -> navigate(PlacementView.class, placement));
            put("First day of the suspension", LocalDate.of(2026, 11, 24));
            put("School days", 1);
            put("Reason", SuspensionReason.values()[0]);
        }, () -> parentOf("School days"), () -> click("Record suspension"),
                rows("select * from suspension where pupil_id = (select pupil_id from placement where id = ?)",
                        placement)));
        assertNoFailures();
    }

    @Test
    void the_pupil_risk_panel() {
        long placement = reviewFixtures.activeAtA2(reviewFixtures.provider(fresh("Fuzz pupil risk farm")));
        Supplier<String> stored = rows("select * from pupil_risk_assessment a left join pupil_risk_review r on"
                + " r.assessment_id = a.id where a.placement_id = ? order by a.id, r.id", placement);
        Supplier<PupilRiskPage> risk = () -> subjects.callAs("a2.slt", () -> pupilRisks.forPlacement(placement));
        fuzz(new PageForm("approve the pupil risk assessment (PupilRiskPanel)", () -> {
            if (risk.get().draft() == null) {
                subjects.runAs("a2.aplead", () -> pupilRisks.saveDraft(placement, null, List.of(PupilRiskFixtures.TRAVEL)));
            }
            page("a2.slt", () -> navigate(PlacementView.class, placement));
            click("Approve…");
        }, this::dialog, save(), stored));
        fuzz(new PageForm("confirm unchanged (PupilRiskPanel)", () -> {
            page("a2.slt", () -> navigate(PlacementView.class, placement));
            click("Confirm unchanged…");
        }, this::dialog, save(), stored));
        fuzz(new PageForm("needs review (PupilRiskPanel)", () -> {
            PupilRiskPage now = risk.get();
            if (now.state() == PupilRiskState.REVIEW_NEEDED) {
                subjects.runAs("a2.slt", () -> pupilRisks.confirmUnchanged(placement, now.current().version(),
                        LocalDate.now(clock), ""));
            }
            page("a2.aplead", () -> navigate(PlacementView.class, placement));
            click("Needs review…");
        }, this::dialog, save(), stored));
        assertNoFailures();
    }

    @Test
    void the_review_form() {
        long placement = reviewFixtures.activeAtA2(reviewFixtures.provider(fresh("Fuzz review farm")));
        long review = subjects.callAs("a2.dsl", () -> reviews.start(placement));
        Supplier<String> draft = rows("select * from placement_review where id = ?", review);
        Supplier<String> outcomes = rows("select * from placement_review_outcome where review_id = ?", review);
        fuzz(new PageForm("review (ReviewForm)", () -> page("a2.aplead", () -> UI.getCurrent().navigate(
                "placements/" + placement + "/reviews/" + review)), this::view, () -> {},
                () -> draft.get() + outcomes.get()));
        assertNoFailures();
    }

    @Test
    void attendance_filters_and_follow_ups() {
        long placement = reviewFixtures.activeAtA2(reviewFixtures.provider(fresh("Fuzz attendance farm")));
        String pupil = subjects.callAs("a2.dsl", () -> placements.get(placement)).pupil().name();
        fuzz(new PageForm("attendance day and pupil (AttendanceView)",
                () -> page("a2.dsl", () -> navigate(AttendanceView.class)), this::view, () -> {}, () -> "", true));
        fuzz(new PageForm("attendance follow-up (SessionCard)", () -> {
            page("a2.dsl", () -> navigate(AttendanceView.class));
            everything().filter(c -> c instanceof TextField f && "Pupil or UPN".equals(f.getPlaceholder()))
                    .map(TextField.class::cast).findFirst().orElseThrow().setValue(pupil);
            click("Record follow-up");
        }, () -> parentOf("Who was called"), () -> click("Save follow-up"),
                rows("select * from attendance_follow_up where placement_id = ?", placement)));
        assertNoFailures();
    }

    @Test
    void school_calendars_and_bank_holidays() {
        String school = fresh("School A4");
        setup.createSchool(world.trustA, school, String.valueOf(960000 + (int) (Math.random() * 9999)), "Testford");
        YearPlan plan = TermDates.plan2026();
        Runnable year = () -> {
            page("a.admin", () -> navigate(CalendarsView.class));
            Select<SchoolSummary> schools = everything().filter(c -> c instanceof Select<?> s
                    && "School".equals(s.getLabel())).map(c -> (Select<SchoolSummary>) c).findFirst().orElseThrow();
            schools.setValue(schools.getListDataView().getItems().filter(s -> s.name().equals(school)).findFirst()
                    .orElseThrow());
            put("Academic year", new AcademicYear(2026));
        };
        long schoolId = jdbc.queryForObject("select id from school where name = ?", Long.class, school);
        fuzz(new PageForm("school year (YearEditor)", () -> {
            year.run();
            List<Component> days = everything().filter(c -> c instanceof DatePicker d
                    && ("First day".equals(d.getLabel()) || "Last day".equals(d.getLabel()))).toList();
            for (int i = 0; i < HalfTerm.PER_YEAR; i++) {
                ((DatePicker) days.get(2 * i)).setValue(plan.halfTerms().get(i).startsOn());
                ((DatePicker) days.get(2 * i + 1)).setValue(plan.halfTerms().get(i).endsOn());
            }
            ((DatePicker) parentOf("Reason").getChildren().filter(c -> c instanceof DatePicker).findFirst()
                    .orElseThrow()).setValue(LocalDate.of(2026, 12, 1));
            put("Reason", "Heating failure");
        }, () -> everything().filter(c -> c.getClass().getSimpleName().equals("YearEditor")).findFirst().orElseThrow(),
                () -> click("Save this year"), rows("select * from school_year y left join school_half_term h on"
                        + " h.year_id = y.id left join school_closure c on c.year_id = y.id where y.school_id = ?"
                        + " order by h.position, c.closed_on", schoolId)));

        AtomicInteger saturdays = new AtomicInteger((int) (Math.random() * 40));
        fuzz(new PageForm("bank holiday (BankHolidaysPanel)", () -> {
            year.run();
            put("Name", "Fuzz holiday");
            ((DatePicker) parentOf("Name").getChildren().filter(c -> c instanceof DatePicker).findFirst()
                    .orElseThrow()).setValue(LocalDate.of(2035, 1, 6).plusWeeks(saturdays.incrementAndGet()));
        }, () -> parentOf("Name"), () -> click("Add bank holiday"), rows("select * from bank_holiday where holiday_date > '2035-01-01'")));
        assertNoFailures();
    }
}
