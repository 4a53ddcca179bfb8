package uk.apassure.base.ui;

import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalTime;
import uk.apassure.base.time.UkDates;

/**
 * "Saved 10:42", "Offline — will send" (set by visit-draft.js), "Not saved: …": always visible on
 * an autosaved form, so the person typing knows whether what they typed is safe. Announced
 * politely to screen readers.
 */
public class SaveState extends Span {

    public SaveState() {
        addClassName("save-state");
        getElement().setAttribute("data-save-state", "");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
    }

    public void saved(Clock clock) {
        setText("Saved " + UkDates.time(LocalTime.now(clock)));
        removeClassName("problem");
    }

    public void show(String text) {
        setText(text);
        removeClassName("problem");
    }

    public void problem(String text) {
        setText(text);
        addClassName("problem");
    }
}
