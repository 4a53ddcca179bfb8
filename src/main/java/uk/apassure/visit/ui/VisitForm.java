package uk.apassure.visit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.apassure.base.ui.DateFields;
import uk.apassure.base.ui.DraftFields;
import uk.apassure.base.ui.FormSections;
import uk.apassure.base.ui.TextLimit;
import uk.apassure.visit.JudgedArea;
import uk.apassure.visit.Judgement;
import uk.apassure.visit.VisitDates;
import uk.apassure.visit.VisitDraft;
import uk.apassure.visit.VisitPage;
import uk.apassure.visit.VisitType;

/**
 * The visit's fields in one column of collapsible sections, for a thumb on a tablet or phone.
 * Bound straight to the draft bean, so every change is in the bean the autosave sends. Fields the
 * browser copy keeps (visit-draft.js) carry data-draft attributes.
 */
class VisitForm extends Div {

    final Select<VisitPage.Site> site = new Select<>();
    final DateTimePicker visitedAt;
    final Select<VisitType> type = new Select<>();
    final TextField visitors = new TextField("Visitors");
    final Checkbox spokeToStaff = new Checkbox("Staff");
    final Checkbox spokeToPupils = new Checkbox("Pupils");
    final Checkbox spokeToParents = new Checkbox("Parents");
    final TextArea pupilWork = new TextArea("Pupil work reviewed");
    final Checkbox observedLessons = new Checkbox("Lessons");
    final Checkbox observedUnstructured = new Checkbox("Unstructured time (breaks, lunch)");
    final TextArea activities = new TextArea("Activities observed");
    final Map<JudgedArea, RadioButtonGroup<Judgement>> judgements = new EnumMap<>(JudgedArea.class);
    final TextArea notes = new TextArea("Notes");

    private final Binder<VisitDraft> binder = new Binder<>(VisitDraft.class);
    private final Clock clock;
    private final DraftFields offline = new DraftFields();

    VisitForm(VisitDraft draft, List<VisitPage.Site> sites, Clock clock) {
        this.clock = clock;
        this.visitedAt = DateFields.pastDateTime("Date and time", LocalDate.now(clock));
        addClassName("visit-form");
        site.setLabel("Site");
        site.setItems(sites);
        site.setItemLabelGenerator(choice -> choice == null ? "Not chosen" : choice.name());
        site.setEmptySelectionAllowed(true);
        site.setEmptySelectionCaption("Not chosen");
        type.setLabel("Type of visit");
        type.setItems(VisitType.values());
        type.setItemLabelGenerator(VisitType::label);
        type.setRequiredIndicatorVisible(true);
        visitedAt.setRequiredIndicatorVisible(true);
        visitedAt.setStep(java.time.Duration.ofMinutes(5));
        visitors.setRequiredIndicatorVisible(true);
        visitors.setHelperText("Who visited, e.g. your name and a colleague's");
        visitors.setAutocapitalize(Autocapitalize.WORDS);
        TextLimit.atMost(500, visitors);

        text(visitors, "visitors");
        area(pupilWork, "pupilWork", 4000);
        area(activities, "activities", 4000);
        area(notes, "notes", 20000);
        check(spokeToStaff, "spokeToStaff");
        check(spokeToPupils, "spokeToPupils");
        check(spokeToParents, "spokeToParents");
        check(observedLessons, "observedLessons");
        check(observedUnstructured, "observedUnstructured");

        bind();
        Div judged = new Div();
        for (JudgedArea area : JudgedArea.values()) {
            RadioButtonGroup<Judgement> group = new RadioButtonGroup<>(area.label());
            group.setItems(Judgement.values());
            group.setItemLabelGenerator(Judgement::label);
            group.setRequiredIndicatorVisible(true);
            group.addClassName("judgement");
            offline.mark(group, "judgement." + area.name(), "radio");
            binder.forField(group).bind(d -> d.judgement(area), (d, value) -> d.setJudgement(area, value));
            judgements.put(area, group);
            judged.add(group);
        }
        Paragraph pupilsSeen = new Paragraph("Placed pupils seen: not recorded yet. Placements are a later feature;"
                + " until then, mention pupils only by initials in the notes if you must.");
        pupilsSeen.addClassName("hint");

        add(FormSections.section("Visit details", site, visitedAt, type, visitors),
                FormSections.section("People and work", FormSections.checkGroup("Spoke to", spokeToStaff, spokeToPupils, spokeToParents), pupilWork,
                        FormSections.checkGroup("Observed", observedLessons, observedUnstructured), activities, pupilsSeen),
                FormSections.section("Judgements", judged),
                FormSections.section("Notes", notes));
        binder.setBean(draft);
        if (VisitDates.problem(draft.getVisitedAt(), LocalDateTime.now(clock)).isPresent()) {
            binder.validate();
        }
    }

    private void bind() {
        binder.forField(site).bind(d -> site.getListDataView().getItems()
                        .filter(s -> d.getSiteId() != null && s.id() == d.getSiteId()).findFirst().orElse(null),
                (d, value) -> d.setSiteId(value == null ? null : value.id()));
        // an impossible date is shown as refused next to the field and never reaches the draft
        binder.forField(visitedAt)
                .withValidator((at, context) -> VisitDates.problem(at, LocalDateTime.now(clock))
                        .map(ValidationResult::error).orElse(ValidationResult.ok()))
                .bind(VisitDraft::getVisitedAt, VisitDraft::setVisitedAt);
        binder.forField(type).bind(VisitDraft::getType, VisitDraft::setType);
        binder.forField(visitors).bind(VisitDraft::getVisitors, VisitDraft::setVisitors);
        binder.forField(spokeToStaff).bind(VisitDraft::isSpokeToStaff, VisitDraft::setSpokeToStaff);
        binder.forField(spokeToPupils).bind(VisitDraft::isSpokeToPupils, VisitDraft::setSpokeToPupils);
        binder.forField(spokeToParents).bind(VisitDraft::isSpokeToParents, VisitDraft::setSpokeToParents);
        binder.forField(pupilWork).bind(VisitDraft::getPupilWork, VisitDraft::setPupilWork);
        binder.forField(observedLessons).bind(VisitDraft::isObservedLessons, VisitDraft::setObservedLessons);
        binder.forField(observedUnstructured).bind(VisitDraft::isObservedUnstructured,
                VisitDraft::setObservedUnstructured);
        binder.forField(activities).bind(VisitDraft::getActivities, VisitDraft::setActivities);
        binder.forField(notes).bind(VisitDraft::getNotes, VisitDraft::setNotes);
    }

    VisitDraft draft() {
        return binder.getBean();
    }

    /** What the form holds that the draft cannot take (an impossible date), shown next to the fields. */
    List<String> problems() {
        return binder.validate().getValidationErrors().stream().map(ValidationResult::getErrorMessage).toList();
    }

    void setDraft(VisitDraft draft) {
        binder.setBean(draft);
    }

    void onChange(Runnable listener) {
        binder.addValueChangeListener(event -> listener.run());
    }

    void setEditable(boolean editable) {
        binder.setReadOnly(!editable);
    }

    /** The values the browser copy keeps, as the script stores them. */
    Map<String, String> offlineValues() {
        return offline.values(VisitForm::clientValue);
    }

    /** Puts values from the browser copy into the form; unknown names and values are ignored. */
    @SuppressWarnings("unchecked")
    void restore(Map<String, String> values) {
        values.forEach((name, value) -> {
            HasValue<?, ?> field = offline.get(name);
            if (field instanceof Checkbox box) {
                box.setValue(Boolean.parseBoolean(value));
            } else if (field instanceof RadioButtonGroup<?> group) {
                ((RadioButtonGroup<Judgement>) group).setValue(judgement(value));
            } else if (field instanceof TextField || field instanceof TextArea) {
                ((HasValue<?, String>) field).setValue(value);
            }
        });
    }

    private static @Nullable Judgement judgement(String label) {
        for (Judgement judgement : Judgement.values()) {
            if (judgement.label().equals(label)) {
                return judgement;
            }
        }
        return null;
    }

    private static String clientValue(@Nullable Object value) {
        if (value instanceof Judgement judgement) {
            return judgement.label();
        }
        return value == null ? "" : value.toString();
    }

    private void text(TextField field, String name) {
        field.setValueChangeMode(ValueChangeMode.TIMEOUT);
        field.setValueChangeTimeout(2000);
        field.setWidthFull();
        mark(field, name, "text");
    }

    private void area(TextArea field, String name, int maxLength) {
        field.setValueChangeMode(ValueChangeMode.TIMEOUT);
        field.setValueChangeTimeout(2000);
        field.setAutocapitalize(Autocapitalize.SENTENCES);
        TextLimit.atMost(maxLength, field);
        field.setWidthFull();
        mark(field, name, "text");
    }

    private void check(Checkbox box, String name) {
        mark(box, name, "check");
    }

    private void mark(Component field, String name, String kind) {
        offline.mark(field, name, kind);
    }
}
