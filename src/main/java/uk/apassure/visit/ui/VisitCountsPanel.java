package uk.apassure.visit.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import uk.apassure.base.ui.CountTiles;
import uk.apassure.visit.VisitCounts;
import uk.apassure.visit.VisitType;

/** Governors see how many visits there were, never what they found. */
class VisitCountsPanel extends Div {

    VisitCountsPanel(VisitCounts counts) {
        addClassName("visit-counts");
        Paragraph intro = new Paragraph("Submitted visits and meetings over the last twelve months. As a governor you"
                + " see counts only.");
        intro.addClassName("hint");
        Div tiles = new Div(CountTiles.tile(counts.submitted(), "All visits"));
        tiles.addClassName("tiles");
        for (VisitType type : VisitType.values()) {
            tiles.add(CountTiles.tile(counts.submittedByType().getOrDefault(type, 0L), type.label()));
        }
        tiles.add(CountTiles.tile(counts.openConcerns(), "Open safeguarding concerns"));
        add(intro, tiles);
    }
}
