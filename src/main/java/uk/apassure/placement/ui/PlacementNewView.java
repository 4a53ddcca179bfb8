package uk.apassure.placement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.apassure.base.ui.Attempt;
import uk.apassure.base.ui.DateFields;
import uk.apassure.base.ui.Notices;
import uk.apassure.placement.PlacementService;
import uk.apassure.placement.PlacementTerms;
import uk.apassure.placement.PlacementType;
import uk.apassure.placement.PupilDetails;
import uk.apassure.placement.SuspensionService;
import uk.apassure.placement.Timetable;
import uk.apassure.placement.TimetableSession;
import uk.apassure.provider.ProviderService;
import uk.apassure.security.Role;

/**
 * Proposing a placement: the pupil (a UPN already known to the school updates that pupil), the
 * terms, and a week at one or more providers. Every problem comes back from the service at once.
 */
@Route("placements/new")
@PageTitle("New placement")
@RolesAllowed({Role.Names.AP_LEAD, Role.Names.SLT, Role.Names.HEADTEACHER})
public class PlacementNewView extends VerticalLayout implements BeforeEnterObserver {

    final PupilFields pupil;
    final Select<PlacementType> type = new Select<>();
    final DatePicker startsOn;
    final DatePicker endsOn;
    final TextArea aims = new TextArea("Aims");
    final TextArea outcomes = new TextArea("Planned outcomes");
    final BigDecimalField cost = new BigDecimalField("Cost per session (£)");
    final Checkbox dualRegistration = new Checkbox("Dual registered");
    final DatePicker laInformedOn;
    final NoticeFields notice = new NoticeFields();
    final List<TimetableEditor> timetables = new ArrayList<>();
    final Button propose = new Button("Propose placement");
    private final SuspensionService suspensions;

    public PlacementNewView(PlacementService placements, ProviderService providers, SuspensionService suspensions,
            Clock clock) {
        this.suspensions = suspensions;
        addClassName("provider-view");
        LocalDate today = LocalDate.now(clock);
        pupil = new PupilFields(today, true);
        startsOn = DateFields.date("Starts", today);
        endsOn = DateFields.date("Planned end (optional)", today);
        laInformedOn = DateFields.pastDate("Local authority informed (optional)", today);
        type.setLabel("Type");
        type.setItems(PlacementType.values());
        type.setItemLabelGenerator(PlacementType::label);
        for (TextArea area : List.of(aims, outcomes)) {
            area.setMaxLength(PlacementTerms.MAX_TEXT);
            area.setWidthFull();
        }
        FormLayout terms = new FormLayout(type, startsOn, endsOn, cost, laInformedOn, dualRegistration);
        Div weeks = new Div();
        weeks.setWidthFull();
        TimetableEditor first = new TimetableEditor(providers);
        timetables.add(first);
        weeks.add(first);
        Button another = new Button("Add another provider", VaadinIcon.PLUS.create(), click -> {
            TimetableEditor next = new TimetableEditor(providers);
            timetables.add(next);
            weeks.add(next);
        });
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        propose.addClickListener(click -> {
            List<String> missing = new ArrayList<>(pupil.missing());
            if (type.getValue() == null) {
                missing.add("the type of placement");
            }
            if (startsOn.getValue() == null) {
                missing.add("the start date");
            }
            if (!missing.isEmpty()) {
                Notices.problem("Enter " + String.join(", ", missing) + ".");
                return;
            }
            long[] id = new long[1];
            if (Attempt.run("Someone else saved this pupil at the same time; try again.",
                    () -> id[0] = placements.propose(pupilDetails(), terms()))) {
                Notices.saved("Placement proposed");
                getUI().ifPresent(ui -> ui.navigate(PlacementView.class, id[0]));
            }
        });
        add(new H2("New placement"), new H3("Pupil"), pupil, new H3("Placement"), terms, aims, outcomes,
                new H3("Timetable"), weeks, another, new H3("For the parental notice letter"), notice, propose);
    }

    /** Provision for a suspension, proposed from its to-do, starts filled in (ProvisionPrefill). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ProvisionPrefill.apply(this, suspensions, event.getLocation().getQueryParameters());
    }

    PupilDetails pupilDetails() {
        return pupil.details();
    }

    PlacementTerms terms() {
        List<TimetableSession> sessions = timetables.stream().flatMap(t -> t.sessions().stream()).toList();
        return new PlacementTerms(type.getValue(), startsOn.getValue(), endsOn.getValue(),
                aims.getValue(), outcomes.getValue(), cost.getValue(), dualRegistration.getValue(),
                laInformedOn.getValue(), new Timetable(sessions), notice.value());
    }
}
