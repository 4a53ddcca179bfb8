package uk.apassure.placement.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import uk.apassure.base.time.UkDates;
import uk.apassure.placement.RunDuty;
import uk.apassure.placement.SuspensionRule;
import uk.apassure.placement.SuspensionRule.ProvisionState;

/** How a run of suspensions and its day-6 duty read, on the placement page and in the suspensions grid. */
final class RunDutyText {

    private RunDutyText() {}

    /** "6 school days in a row, Wed 28 Apr 2027 to Thu 6 May 2027" */
    static String run(SuspensionRule.Run run) {
        return run.schoolDays() + (run.schoolDays() == 1 ? " school day, " : " school days in a row, ")
                + UkDates.date(run.firstDay()) + (run.firstDay().equals(run.lastDay()) ? ""
                        : " to " + UkDates.date(run.lastDay()));
    }

    /** "Provision must start by Thu 6 May 2027 · not met" and what meets it. */
    static String duty(RunDuty duty) {
        if (duty.state() == ProvisionState.NO_DUTY) {
            return "Five school days or fewer: no provision due from day 6.";
        }
        String by = "Provision must start by " + UkDates.date(duty.run().provisionBy());
        return duty.state() == ProvisionState.MET
                ? by + " · met: a placement for the suspension starts " + UkDates.date(duty.provisionStartsOn()) + "."
                : by + " · not met: no placement for the suspension starts by then.";
    }

    /** A tag with the state, coloured for attention when the duty is not met. */
    static Span tag(RunDuty duty) {
        Span tag = new Span(duty.state().label());
        tag.addClassNames("tag", "duty-" + duty.state().name().toLowerCase().replace('_', '-'));
        return tag;
    }

    /** The way to the placement form for this pupil, with the run's dates filled in. */
    static Anchor proposeLink(long pupilId) {
        Anchor link = new Anchor(ProvisionPrefill.href(pupilId), "Propose provision");
        link.addClassName("record-visit");
        return link;
    }

    /** One run: what it is, its duty, and (when the user may act and it is not met) the way to propose provision. */
    static Div block(RunDuty duty, long pupilId, boolean canPropose) {
        Div block = new Div();
        block.addClassName("suspension-run");
        Div head = new Div(new Span(run(duty.run())), tag(duty));
        head.addClassName("closure-row");
        block.add(head, new Div(new Span(duty(duty))));
        if (canPropose && duty.state() == ProvisionState.NOT_MET) {
            block.add(proposeLink(pupilId));
        }
        return block;
    }
}
