package uk.apassure.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.apassure.base.ui.DateFields;
import uk.apassure.base.ui.DraftFields;
import uk.apassure.base.ui.FieldChecks;
import uk.apassure.base.ui.FormSections;
import uk.apassure.review.Attendee;
import uk.apassure.review.Progress;
import uk.apassure.review.ReviewDecision;
import uk.apassure.review.ReviewDraft;
import uk.apassure.review.ReviewKind;

/**
 * The review's fields in one column of sections, for a tablet held in portrait. Bound straight to
 * the draft bean, so every change is in the bean the autosave sends.
 */
class ReviewForm extends Div {

    final DatePicker heldOn;
    final Select<ReviewKind> kind = new Select<>();
    final Map<Attendee, Checkbox> attendees = new EnumMap<>(Attendee.class);
    final TextArea attendeeNames = new TextArea("Names of those present");
    final BigDecimalField attendancePercent = new BigDecimalField("Attendance for the period (%)");
    final TextField attendanceReason = new TextField("Where the figure comes from");
    final List<RadioButtonGroup<Progress>> progress = new java.util.ArrayList<>();
    final TextArea behaviour = new TextArea("Behaviour");
    final TextArea welfare = new TextArea("Welfare");
    final TextArea pupilViews = new TextArea("The pupil's views");
    final TextArea parentViews = new TextArea("The parents' or carers' views");
    final RadioButtonGroup<Boolean> improved = new RadioButtonGroup<>("Improvement since the last formal review");
    final RadioButtonGroup<ReviewDecision> decision = new RadioButtonGroup<>("Decision");
    final TextArea decisionNote = new TextArea("What was agreed");
    final DatePicker nextReviewOn;

    private final Binder<ReviewDraft> binder = new Binder<>(ReviewDraft.class);
    /** The typed fields the browser copy keeps (scripts/visit-draft.js), by the name it stores them under. */
    private final DraftFields offline = new DraftFields();

    ReviewForm(ReviewDraft draft, LocalDate today) {
        addClassName("review-form");
        heldOn = DateFields.pastDate("Date of the review", today);
        nextReviewOn = DateFields.date("Next review", today);
        heldOn.setRequiredIndicatorVisible(true);
        kind.setLabel("Kind of review");
        kind.setItems(ReviewKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "Not chosen" : k.label());
        kind.setRequiredIndicatorVisible(true);
        binder.forField(heldOn).bind(ReviewDraft::getHeldOn, ReviewDraft::setHeldOn);
        binder.forField(kind).bind(ReviewDraft::getKind, ReviewDraft::setKind);

        Div present = FormSections.checkGroup("Took part");
        for (Attendee attendee : Attendee.values()) {
            Checkbox box = new Checkbox(attendee.label());
            box.addClassName("attendee-" + attendee.name().toLowerCase().replace('_', '-'));
            mark(box, "attendee." + attendee.name(), "check");
            binder.forField(box).bind(d -> d.attended(attendee), (d, value) -> d.setAttended(attendee, value));
            attendees.put(attendee, box);
            present.add(box);
        }
        text(attendeeNames, ReviewDraft.MAX_SHORT);
        mark(attendeeNames, "attendeeNames", "text");
        attendeeNames.setHelperText("e.g. the provider's key worker, the social worker's name");
        binder.forField(attendeeNames).bind(ReviewDraft::getAttendeeNames, ReviewDraft::setAttendeeNames);

        attendancePercent.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        FieldChecks.decimal(attendancePercent, "92.5");
        attendancePercent.setWidthFull();
        attendancePercent.setHelperText("Filled in from the attendance marks for the period when the review was"
                + " started; change it if the marks are missing or wrong, and say why below.");
        FieldChecks.maxLength(attendanceReason, ReviewDraft.MAX_SHORT);
        attendanceReason.setWidthFull();
        attendanceReason.setValueChangeMode(ValueChangeMode.TIMEOUT);
        attendanceReason.setValueChangeTimeout(2000);
        mark(attendanceReason, "attendanceReason", "text");
        attendanceReason.setHelperText("Where the figure comes from: the marks (filled in), or the reason when it"
                + " is entered or changed by hand, e.g. \"provider's weekly returns, 2 Nov to 4 Dec\"");
        binder.forField(attendancePercent).bind(ReviewDraft::getAttendancePercent, ReviewDraft::setAttendancePercent);
        binder.forField(attendanceReason).bind(ReviewDraft::getAttendanceReason, ReviewDraft::setAttendanceReason);

        Div outcomes = new Div();
        outcomes.addClassName("review-outcomes");
        List<ReviewDraft.OutcomeProgress> lines = draft.getOutcomes();
        for (int i = 0; i < lines.size(); i++) {
            outcomes.add(outcome(i, lines.get(i).getOutcome()));
        }
        if (lines.isEmpty()) {
            outcomes.add(hint("The placement has no planned outcomes written down."));
        }

        for (TextArea area : List.of(behaviour, welfare, pupilViews, parentViews, decisionNote)) {
            text(area, ReviewDraft.MAX_TEXT);
        }
        mark(behaviour, "behaviour", "text");
        mark(welfare, "welfare", "text");
        mark(pupilViews, "pupilViews", "text");
        mark(parentViews, "parentViews", "text");
        mark(decisionNote, "decisionNote", "text");
        binder.forField(behaviour).bind(ReviewDraft::getBehaviour, ReviewDraft::setBehaviour);
        binder.forField(welfare).bind(ReviewDraft::getWelfare, ReviewDraft::setWelfare);
        binder.forField(pupilViews).bind(ReviewDraft::getPupilViews, ReviewDraft::setPupilViews);
        binder.forField(parentViews).bind(ReviewDraft::getParentViews, ReviewDraft::setParentViews);

        improved.setItems(Boolean.TRUE, Boolean.FALSE);
        improved.setItemLabelGenerator(yes -> yes ? "Yes" : "No");
        improved.setHelperText("Three formal reviews in a row without improvement: SLT consider ending the"
                + " placement (000 §14.7).");
        binder.forField(improved).bind(ReviewDraft::getImproved, ReviewDraft::setImproved);
        decision.setItems(ReviewDecision.values());
        decision.setItemLabelGenerator(ReviewDecision::label);
        decision.setRequiredIndicatorVisible(true);
        binder.forField(decision).bind(ReviewDraft::getDecision, ReviewDraft::setDecision);
        binder.forField(decisionNote).bind(ReviewDraft::getDecisionNote, ReviewDraft::setDecisionNote);
        binder.forField(nextReviewOn).bind(ReviewDraft::getNextReviewOn, ReviewDraft::setNextReviewOn);
        kind.addValueChangeListener(event -> improved.setVisible(event.getValue() == ReviewKind.FORMAL));

        add(FormSections.section("Review", heldOn, kind, present, attendeeNames),
                FormSections.section("Attendance", attendancePercent, attendanceReason),
                FormSections.section("Progress against the planned outcomes", outcomes),
                FormSections.section("Behaviour and welfare", behaviour, welfare),
                FormSections.section("Views", pupilViews, parentViews),
                FormSections.section("Decision", improved, decision, decisionNote, nextReviewOn));
        binder.setBean(draft);
        improved.setVisible(draft.getKind() == ReviewKind.FORMAL);
    }

    private Div outcome(int index, String words) {
        Div title = new Div(words);
        title.addClassName("card-title");
        RadioButtonGroup<Progress> judged = new RadioButtonGroup<>();
        judged.setItems(Progress.values());
        judged.setItemLabelGenerator(Progress::label);
        judged.setAriaLabel("Progress: " + words);
        binder.forField(judged).bind(d -> d.getOutcomes().get(index).getProgress(),
                (d, value) -> d.getOutcomes().get(index).setProgress(value));
        progress.add(judged);
        TextArea note = new TextArea("Evidence of progress");
        text(note, ReviewDraft.MAX_TEXT);
        mark(note, "outcome." + index + ".note", "text");
        binder.forField(note).bind(d -> d.getOutcomes().get(index).getNote(),
                (d, value) -> d.getOutcomes().get(index).setNote(value));
        Div card = new Div(title, judged, note);
        card.addClassNames("card", "review-outcome");
        return card;
    }

    ReviewDraft draft() {
        return binder.getBean();
    }

    /**
     * What the form holds that the draft cannot take (a date or a figure it cannot read, one out of
     * bounds, text too long), each shown next to its field; the draft keeps what it had.
     */
    List<String> problems() {
        return FieldChecks.refused(this);
    }

    void onChange(Runnable listener) {
        binder.addValueChangeListener(event -> listener.run());
    }

    void setEditable(boolean editable) {
        binder.setReadOnly(!editable);
    }

    /** The values the browser copy keeps, as the script stores them. */
    Map<String, String> offlineValues() {
        return offline.values(value -> value == null ? "" : value.toString());
    }

    /** Puts values from the browser copy into the form; unknown names are ignored. */
    @SuppressWarnings("unchecked")
    void restore(Map<String, String> values) {
        values.forEach((name, value) -> {
            HasValue<?, ?> field = offline.get(name);
            if (field instanceof Checkbox box) {
                box.setValue(Boolean.parseBoolean(value));
            } else if (field instanceof TextField || field instanceof TextArea) {
                ((HasValue<?, String>) field).setValue(value);
            }
        });
    }

    private void mark(Component field, String name, String kind) {
        offline.mark(field, name, kind);
    }

    private static void text(TextArea area, int maxLength) {
        area.setValueChangeMode(ValueChangeMode.TIMEOUT);
        area.setValueChangeTimeout(2000);
        area.setAutocapitalize(Autocapitalize.SENTENCES);
        FieldChecks.maxLength(area, maxLength);
        area.setWidthFull();
    }

    private static Paragraph hint(String text) {
        Paragraph hint = new Paragraph(text);
        hint.addClassName("hint");
        return hint;
    }
}
