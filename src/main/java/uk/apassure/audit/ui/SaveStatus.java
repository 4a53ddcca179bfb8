package uk.apassure.audit.ui;

import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalTime;
import uk.apassure.base.time.UkDates;

/**
 * Whether what was typed is safe: "Saved 10:42", "Not saved: …" or a hint of what is still
 * missing. Always visible next to what it is about, and read out politely by screen readers.
 */
class SaveStatus extends Span {

    SaveStatus() {
        addClassName("save-status");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
    }

    void saved(Clock clock) {
        show("Saved " + UkDates.time(LocalTime.now(clock)), "saved");
    }

    void waiting(String text) {
        show(text, "waiting");
    }

    void problem(String text) {
        show(text, "problem");
    }

    void clear() {
        show("", "saved");
    }

    private void show(String text, String kind) {
        setText(text);
        removeClassNames("saved", "waiting", "problem");
        addClassName(kind);
    }
}
