package uk.apassure.placement.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import uk.apassure.base.ui.Attempt;
import uk.apassure.base.ui.DateFields;
import uk.apassure.base.ui.FieldChecks;
import uk.apassure.base.ui.Notices;
import uk.apassure.placement.PlacementField;
import uk.apassure.placement.PlacementService.InvalidPlacement;
import uk.apassure.placement.PlacementTerms;
import uk.apassure.placement.PlacementType;
import uk.apassure.placement.PupilDetails;
import uk.apassure.placement.SenStatus;
import uk.apassure.placement.Timetable;
import uk.apassure.placement.TimetableSession;
import uk.apassure.provider.ProviderService;

/**
 * The pupil, the terms and the week of a placement: proposing one (PlacementNewView) and changing
 * one (PlacementEditDialog). The service checks everything; each message it gives shows under its
 * own field, the timetable's under the week, so no field is marked without saying why.
 */
class PlacementForm extends Div {

    static final String RACE = "Someone else changed this placement or its pupil while you were editing. Reload to"
            + " see their change; nothing was saved.";

    /** The pupil's fields, as on a suspension recorded before any placement (the same component). */
    final PupilFields pupil;
    final TextField firstName;
    final TextField lastName;
    final TextField upn;
    final DatePicker dateOfBirth;
    final Select<Integer> yearGroup;
    final Select<SenStatus> sen;
    final Select<PlacementType> type = new Select<>();
    final DatePicker startsOn;
    final DatePicker endsOn;
    final TextArea aims = new TextArea("Aims");
    final TextArea outcomes = new TextArea("Planned outcomes");
    final BigDecimalField cost = new BigDecimalField("Cost per session (£)");
    final Checkbox dualRegistration = new Checkbox("Dual registered");
    final DatePicker laInformedOn;
    final List<TimetableEditor> timetables = new ArrayList<>();
    final Paragraph timetableProblems = new Paragraph();
    final TextArea reason = new TextArea("Reason for the change");
    final NoticeFields notice = new NoticeFields();
    private final Div weeks = new Div();
    private final Paragraph formProblems = new Paragraph();
    private final Map<PlacementField, HasValidation> fields = new EnumMap<>(PlacementField.class);
    private final ProviderService providers;

    PlacementForm(ProviderService providers, LocalDate today) {
        this.providers = providers;
        addClassName("placement-form");
        pupil = new PupilFields(today, true);
        firstName = pupil.firstName;
        lastName = pupil.lastName;
        upn = pupil.upn;
        dateOfBirth = pupil.dateOfBirth;
        yearGroup = pupil.yearGroup;
        sen = pupil.sen;
        startsOn = DateFields.date("Starts", today);
        endsOn = DateFields.date("Planned end (optional)", today);
        laInformedOn = DateFields.pastDate("Local authority informed (optional)", today);
        type.setLabel("Type");
        type.setItems(PlacementType.values());
        type.setItemLabelGenerator(PlacementType::label);
        for (TextArea area : List.of(aims, outcomes, reason)) {
            FieldChecks.maxLength(area, PlacementTerms.MAX_TEXT);
            area.setWidthFull();
        }
        FieldChecks.maxLength(reason, 2000);
        FieldChecks.decimal(cost, "45.50");
        reason.setVisible(false);
        fields.putAll(Map.ofEntries(Map.entry(PlacementField.FIRST_NAME, firstName),
                Map.entry(PlacementField.LAST_NAME, lastName), Map.entry(PlacementField.UPN, upn),
                Map.entry(PlacementField.DATE_OF_BIRTH, dateOfBirth), Map.entry(PlacementField.YEAR_GROUP, yearGroup),
                Map.entry(PlacementField.SOCIAL_WORKER, pupil.socialWorker), Map.entry(PlacementField.TYPE, type),
                Map.entry(PlacementField.STARTS_ON, startsOn), Map.entry(PlacementField.ENDS_ON, endsOn),
                Map.entry(PlacementField.AIMS, aims), Map.entry(PlacementField.PLANNED_OUTCOMES, outcomes),
                Map.entry(PlacementField.COST_PER_SESSION, cost),
                Map.entry(PlacementField.LA_INFORMED_ON, laInformedOn),
                Map.entry(PlacementField.REASON, reason)));
        for (Paragraph problems : List.of(timetableProblems, formProblems)) {
            problems.addClassName("form-errors");
            problems.getElement().setAttribute("role", "alert");
        }
        FormLayout terms = new FormLayout(type, startsOn, endsOn, cost, laInformedOn, dualRegistration);
        for (FormLayout layout : List.of(pupil, terms)) {
            // two columns from a tablet's dialog upwards, one on a phone
            layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        }
        weeks.setWidthFull();
        Button another = new Button("Add another provider", VaadinIcon.PLUS.create(), click -> addWeek());
        add(new H3("Pupil"), pupil, new H3("Placement"), terms, aims, outcomes, new H3("Timetable"), weeks, another,
                timetableProblems, new H3("For the parental notice letter"), notice, reason, formProblems);
    }

    /** An empty form: one provider's week to fill in. */
    PlacementForm empty() {
        addWeek();
        return this;
    }

    /** The form filled with what a placement has now: one week editor per provider and site. */
    PlacementForm read(PupilDetails pupil, PlacementTerms terms) {
        readPupil(pupil);
        type.setValue(terms.type());
        startsOn.setValue(terms.startsOn());
        endsOn.setValue(terms.endsOn());
        aims.setValue(terms.aims());
        outcomes.setValue(terms.plannedOutcomes());
        cost.setValue(terms.costPerSession());
        dualRegistration.setValue(terms.dualRegistration());
        laInformedOn.setValue(terms.laInformedOn());
        notice.read(terms.notice());
        terms.timetable().sessions().stream()
                .collect(Collectors.groupingBy(s -> List.of(s.providerId(), s.siteId()),
                        java.util.LinkedHashMap::new, Collectors.toList()))
                .values().forEach(sessions -> addWeek().show(providers.choice(sessions.getFirst().providerId()),
                        sessions.getFirst().siteId(), sessions));
        if (timetables.isEmpty()) {
            addWeek();
        }
        return this;
    }

    /** The pupil's part filled in (a pupil the school knows, e.g. from a suspension's to-do). */
    void readPupil(PupilDetails details) {
        pupil.fill(details);
    }

    /** Asks for a reason with the save (an active placement's dates and week change only with one). */
    void askReason(String label) {
        reason.setLabel(label);
        reason.setVisible(true);
    }

    PupilDetails pupilDetails() {
        return pupil.details();
    }

    PlacementTerms terms() {
        List<TimetableSession> sessions = timetables.stream().flatMap(t -> t.sessions().stream()).toList();
        return new PlacementTerms(type.getValue(), startsOn.getValue(), endsOn.getValue(), aims.getValue(),
                outcomes.getValue(), cost.getValue(), dualRegistration.getValue(), laInformedOn.getValue(),
                new Timetable(sessions), notice.value());
    }

    /**
     * Runs a save: true when it succeeded. A refusal of the form's rules marks each field with its
     * message; any other refusal (a concurrent change, a rule of the database) is said under the form.
     */
    boolean submit(Runnable save) {
        clearProblems();
        // a field holding what it cannot read (31/02/2026, 12abc) sends nothing: saving would drop it
        int unreadable = FieldChecks.refused(this).size();
        if (unreadable > 0) {
            Notices.problem("Nothing was saved: " + (unreadable == 1 ? "one field needs" : unreadable + " fields need")
                    + " a change; each says what.");
            return false;
        }
        try {
            save.run();
            return true;
        } catch (InvalidPlacement refused) {
            show(refused);
            return false;
        } catch (RuntimeException other) {
            // the product's one translation of other failures into words (Attempt)
            return Attempt.run(RACE, () -> {
                throw other;
            }, this::showProblem);
        }
    }

    private void show(InvalidPlacement refused) {
        if (refused.byField().isEmpty()) {
            showProblem(refused.getMessage());
            return;
        }
        refused.byField().forEach((field, message) -> {
            HasValidation shown = fields.get(field);
            if (shown == null) {
                timetableProblems.setText(message);
            } else {
                shown.setErrorMessage(message);
                shown.setInvalid(true);
            }
        });
        int count = refused.byField().size();
        Notices.problem("Nothing was saved: " + (count == 1 ? "one field needs" : count + " fields need")
                + " a change; each says what.");
    }

    private void showProblem(String message) {
        formProblems.setText(message);
        Notices.problem(message);
    }

    private void clearProblems() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        timetableProblems.setText("");
        formProblems.setText("");
    }

    private TimetableEditor addWeek() {
        TimetableEditor week = new TimetableEditor(providers);
        timetables.add(week);
        weeks.add(week);
        return week;
    }
}
