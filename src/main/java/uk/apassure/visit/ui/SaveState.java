package uk.apassure.visit.ui;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.LocalTime;
import uk.apassure.base.time.UkDates;
import uk.apassure.visit.VisitService;

/**
 * "Saved 10:42", "Offline — will send" (set by visit-draft.js), "Not saved: …": always visible,
 * so the visitor knows whether what they typed is safe. Announced politely to screen readers.
 */
class SaveState extends Span {


    SaveState() {
        addClassName("save-state");
        getElement().setAttribute("data-save-state", "");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
    }

    void saved(Clock clock) {
        setText("Saved " + UkDates.time(LocalTime.now(clock)));
        removeClassName("problem");
    }

    void show(String text) {
        setText(text);
        removeClassName("problem");
    }

    void problem(String text) {
        setText(text);
        addClassName("problem");
    }
}
