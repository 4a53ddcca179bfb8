package uk.apassure.provider.ui;

import com.vaadin.flow.component.html.Span;
import uk.apassure.provider.RegistrationFinding;
import uk.apassure.provider.RegistrationTrigger.State;

/** The registration trigger as a label that reads as text (001 §7.2); the counts behind it in its title. */
final class TriggerBadge extends Span {

    TriggerBadge(RegistrationFinding finding) {
        super(finding.state() == State.TRIGGERED ? "Over registration trigger" : "Would trigger registration");
        addClassNames("trigger-badge", finding.state() == State.TRIGGERED ? "trigger-over" : "trigger-would");
        getElement().setAttribute("title", finding.summary());
    }
}
