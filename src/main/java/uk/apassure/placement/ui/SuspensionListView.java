package uk.apassure.placement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import uk.apassure.base.time.UkDates;
import uk.apassure.base.ui.Attempt;
import uk.apassure.base.ui.CountTiles;
import uk.apassure.base.ui.Notices;
import uk.apassure.placement.NewSuspension;
import uk.apassure.placement.PupilChoice;
import uk.apassure.placement.PupilDetails;
import uk.apassure.placement.RunDuty;
import uk.apassure.placement.SuspensionCounts;
import uk.apassure.placement.SuspensionRow;
import uk.apassure.placement.SuspensionRule.ProvisionState;
import uk.apassure.placement.SuspensionService;
import uk.apassure.security.RequiresPermission;
import uk.apassure.security.AccessGuard;
import uk.apassure.security.Permission;

/**
 * The school's suspensions (the trust's for trust leads), newest first, each with its run and the
 * day-6 duty (000 §10); a suspension is recorded here for any pupil, with or without a placement,
 * found by UPN. Governors see counts only.
 */
@Route("placements/suspensions")
@PageTitle("Suspensions")
@Menu(title = "Suspensions", order = 4.5, icon = "USER_CLOCK")
@RequiresPermission({Permission.SUSPENSION_READ, Permission.SUSPENSION_COUNT})
public class SuspensionListView extends VerticalLayout {

    final Grid<SuspensionRow> grid = new Grid<>(SuspensionRow.class, false);
    final Button find = new Button("Find pupil");
    final Span found = new Span();
    final PupilFields pupil;
    final TextField upn;
    final SuspensionFields suspension;
    final Button record = new Button("Record suspension");

    private final SuspensionService suspensions;
    private @Nullable PupilChoice chosen;
    private boolean lookedUp;

    public SuspensionListView(SuspensionService suspensions, AccessGuard access, Clock clock) {
        this.suspensions = suspensions;
        LocalDate today = LocalDate.now(clock);
        pupil = new PupilFields(today, false);
        upn = pupil.upn;
        suspension = new SuspensionFields(today);
        addClassName("placement-list-view");
        add(new H2("Suspensions"));
        if (!access.isPermitted(Permission.SUSPENSION_READ)) {
            add(countsOnly(suspensions.counts()));
            return;
        }
        Paragraph rule = new Paragraph("More than five school days of suspension in a row, in one suspension or"
                + " several back to back on the school calendar, need full-time provision from the sixth school"
                + " day at the latest (000 §10).");
        rule.addClassName("hint");
        add(rule);
        boolean ownSchool = access.findCurrentUser().map(user -> user.schoolId() != null).orElse(false);
        boolean canRecord = ownSchool && access.isPermitted(Permission.SUSPENSION_RECORD);
        if (canRecord) {
            add(recordForm());
        }
        grid.addColumn(SuspensionRow::pupilName).setHeader("Pupil").setFlexGrow(2);
        if (!ownSchool) {
            grid.addColumn(SuspensionRow::schoolName).setHeader("School").setFlexGrow(1);
        }
        grid.addColumn(row -> UkDates.date(row.firstDay())).setHeader("First day").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.schoolDays() + (row.lastDay() == null ? "" : " (to "
                + UkDates.date(row.lastDay()) + ")")).setHeader("School days").setFlexGrow(1);
        grid.addColumn(row -> row.reason().label()).setHeader("Reason").setFlexGrow(2);
        grid.addComponentColumn(row -> duty(row, canRecord)).setHeader("Day-6 provision").setFlexGrow(2);
        grid.setEmptyStateText("No suspensions recorded.");
        grid.addClassName("provider-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> suspensions.list(PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) suspensions.count());
        add(grid);
        setFlexGrow(1, grid);
        setSizeFull();
    }

    private Component recordForm() {
        upn.setLabel("Pupil's UPN");
        upn.addValueChangeListener(e -> {
            lookedUp = false;
            chosen = null;
            found.setText("");
            pupil.setVisible(false);
        });
        find.addClickListener(click -> lookUp());
        pupil.setVisible(false);
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(click -> save());
        Div lookup = new Div(upn, find);
        lookup.addClassName("filter-bar");
        found.addClassName("hint");
        Details form = new Details("Record a suspension", new Div(lookup, found, pupil, suspension, record));
        form.addClassName("filter-panel");
        return form;
    }

    private void lookUp() {
        AtomicReference<Optional<PupilChoice>> result = new AtomicReference<>(Optional.empty());
        if (!Attempt.run("", () -> result.set(suspensions.findPupil(upn.getValue())))) {
            return;
        }
        lookedUp = true;
        chosen = result.get().orElse(null);
        pupil.setVisible(chosen == null);
        found.setText(chosen == null ? "No pupil of the school has this UPN yet: enter their details."
                : chosen.name() + " · " + PupilDetails.yearGroupLabel(chosen.yearGroup()));
    }

    private void save() {
        if (!lookedUp) {
            lookUp();
            if (!lookedUp || chosen == null) {
                return;
            }
        }
        Optional<NewSuspension> typed = suspension.value();
        if (typed.isEmpty()) {
            return;
        }
        PupilChoice known = chosen;
        boolean saved = known != null
                ? Attempt.run("", () -> suspensions.record(known.id(), typed.get()))
                : newPupil(typed.get());
        if (saved) {
            Notices.saved("Suspension recorded");
            suspension.clear();
            upn.clear();
            grid.getDataProvider().refreshAll();
        }
    }

    private boolean newPupil(NewSuspension typed) {
        if (!pupil.missing().isEmpty()) {
            Notices.problem("Enter " + String.join(", ", pupil.missing()) + ".");
            return false;
        }
        return Attempt.run("Someone else saved this pupil at the same time; try again.",
                () -> suspensions.recordNewPupil(pupil.details(), typed));
    }

    /** The run's state, its length and deadline, and (not met) the way to propose provision: short for a tablet. */
    private static Component duty(SuspensionRow row, boolean canRecord) {
        RunDuty duty = row.duty();
        if (duty == null) {
            return new Span("–");
        }
        Div cell = new Div(RunDutyText.tag(duty));
        cell.addClassName("two-line-cell");
        Span run = new Span(duty.run().schoolDays() + " school days in a row"
                + (duty.run().provisionBy() == null ? "" : " · by " + UkDates.date(duty.run().provisionBy())));
        run.addClassName("cell-note");
        cell.add(run);
        if (canRecord && duty.state() == ProvisionState.NOT_MET) {
            cell.add(new Anchor(ProvisionPrefill.href(row.pupilId()), "Propose provision"));
        }
        return cell;
    }

    private static Div countsOnly(SuspensionCounts counts) {
        return CountTiles.countsOnly(List.of(CountTiles.tile(counts.suspensions(), "Suspensions this school year"),
                CountTiles.tile(counts.needingProvision(), "Needing provision from day 6"),
                CountTiles.tile(counts.provisionNotMet(), "Provision not arranged in time")),
                "Governors see how many suspensions there are; pupils' details stay with their school.");
    }
}
