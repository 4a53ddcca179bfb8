package uk.apassure.placement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.apassure.base.time.UkDates;
import uk.apassure.base.ui.Attempt;
import uk.apassure.placement.PlacementEdit;
import uk.apassure.placement.PlacementEditService;
import uk.apassure.placement.PlacementPage;
import uk.apassure.placement.TermsChange;
import uk.apassure.provider.ProviderService;

/**
 * The placement page's editing: a "Change placement…" button while the placement is proposed or
 * active (for its own school's AP lead and SLT), and the list of changes made, with their reasons.
 */
@Component
class PlacementEditing {

    private final PlacementEditService edits;
    private final ProviderService providers;
    private final Clock clock;

    PlacementEditing(PlacementEditService edits, ProviderService providers, Clock clock) {
        this.edits = edits;
        this.providers = providers;
        this.clock = clock;
    }

    Optional<Button> button(PlacementPage page, Runnable reload) {
        if (!page.canEdit()) {
            return Optional.empty();
        }
        Button change = new Button("Change placement…", VaadinIcon.EDIT.create(), click -> {
            PlacementEdit[] base = new PlacementEdit[1];
            if (Attempt.run(PlacementForm.RACE, () -> base[0] = edits.open(page.id()))) {
                new PlacementEditDialog(edits, providers, base[0], LocalDate.now(clock), reload).open();
            }
        });
        change.addClassName("change-placement");
        return Optional.of(change);
    }

    /** The changes to the terms and the pupil, oldest first; nothing when there are none. */
    Div changes(long placementId) {
        Div panel = new Div();
        panel.setWidthFull();
        panel.addClassName("placement-changes");
        List<TermsChange> made = edits.changes(placementId);
        if (made.isEmpty()) {
            return panel;
        }
        panel.add(new H3("Changes"));
        for (TermsChange change : made) {
            Paragraph line = new Paragraph(change.what());
            Span who = new Span(" · " + (change.reason() == null ? "" : change.reason() + " · ") + change.by() + ", "
                    + UkDates.dateTime(change.at()));
            who.addClassName("history-who");
            line.add(who);
            panel.add(line);
        }
        return panel;
    }
}
