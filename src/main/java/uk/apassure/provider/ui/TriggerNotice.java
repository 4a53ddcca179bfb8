package uk.apassure.provider.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import uk.apassure.provider.RegistrationFinding;
import uk.apassure.provider.RegistrationTrigger;
import uk.apassure.provider.RegistrationTrigger.State;

/**
 * On the provider page: the provider is over the registration trigger, or would be once the proposed
 * placements start, with the counts across the trust and what to do (001 §7.2). Counts only.
 */
final class TriggerNotice extends Div {

    TriggerNotice(RegistrationFinding finding) {
        addClassNames("trigger-notice", finding.state() == State.TRIGGERED ? "trigger-over" : "trigger-would");
        Span title = new Span(finding.state().label());
        title.addClassName("trigger-notice-title");
        Span reasons = new Span("Across the trust's schools: " + finding.reasons() + ".");
        add(title, reasons, new Paragraph(finding.state() == State.TRIGGERED
                ? "A setting giving " + RegistrationTrigger.FULL_TIME.toHours() + " hours a week or more to "
                        + RegistrationTrigger.PUPILS + " or more pupils of school age, or to one with an EHCP or"
                        + " looked after, has to be a registered independent school (001 §7.2). Check its"
                        + " registration, report it if it should be registered, and place no more pupils here"
                        + " until it is."
                : "If the proposed placements start, this setting will be over the trigger. Change or stop a"
                        + " proposal before it starts, or check the setting's registration first."));
    }
}
