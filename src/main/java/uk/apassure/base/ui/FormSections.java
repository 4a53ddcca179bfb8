package uk.apassure.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;

/** The parts of a one-column form built for a tablet or phone: collapsible sections and labelled rows of ticks. */
public final class FormSections {

    private FormSections() {}

    /** A section, open, with a large summary to tap. */
    public static Details section(String title, Component... content) {
        Div body = new Div(content);
        body.addClassName("form-section-body");
        Details details = new Details(title, body);
        details.setOpened(true);
        details.addClassName("form-section");
        return details;
    }

    /** Checkboxes (or other small fields) in a wrapping row under one label. */
    public static Div checkGroup(String title, Component... boxes) {
        Div label = new Div(title);
        label.addClassName("group-label");
        Div group = new Div(label);
        group.add(boxes);
        group.addClassName("check-group");
        return group;
    }
}
