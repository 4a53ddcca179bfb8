package uk.apassure.history.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import uk.apassure.base.ui.Attempt;
import uk.apassure.history.HistoryEntry;
import uk.apassure.history.HistoryKind;
import uk.apassure.history.HistoryService;

/**
 * "History": every revision of one record, newest first — when, who, and each field's value before
 * and after. Collapsed until opened; read on first opening, so pages pay nothing for it unseen.
 * Every text is set as text, never as HTML.
 */
public class HistoryPanel extends Details {

    private final HistoryService history;
    private final HistoryKind kind;
    private final long id;
    private boolean loaded;

    public HistoryPanel(HistoryService history, HistoryKind kind, long id) {
        super("History");
        this.history = history;
        this.kind = kind;
        this.id = id;
        addClassNames("form-section", "history-panel");
        setOpened(false);
        addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                load();
            }
        });
    }

    /** Reads and shows the revisions (also when opened). */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        Div body = new Div();
        body.addClassName("change-history-entries");
        Attempt.run("", () -> show(body, history.of(kind, id)));
        add(body);
    }

    private static void show(Div body, List<HistoryEntry> entries) {
        if (entries.isEmpty()) {
            Span none = new Span("No changes recorded since history began.");
            none.addClassName("hint");
            body.add(none);
            return;
        }
        for (HistoryEntry entry : entries.reversed()) {
            Span title = new Span((entry.part().isEmpty() ? "" : entry.part() + ": ") + entry.action().label() + " by "
                    + entry.who());
            title.addClassName("card-body");
            Span when = new Span(entry.when());
            when.addClassName("hint");
            Div card = new Div(title, when);
            card.addClassNames("card", "change-history-entry");
            for (HistoryEntry.FieldChange change : entry.changes()) {
                Div line = new Div();
                line.addClassName("change-history-line");
                line.setText(change.field() + ": " + change.before() + " → " + change.after());
                card.add(line);
            }
            body.add(card);
        }
    }
}
