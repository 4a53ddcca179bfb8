package uk.apassure.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import uk.apassure.base.ui.DashboardTile.Count;

/** Numbers under one heading; a number with a list behind it opens that list. */
class CountGroup extends Div {

    CountGroup(String heading, List<Count> counts) {
        addClassName("count-group");
        Div tiles = new Div();
        tiles.addClassName("tiles");
        counts.forEach(count -> tiles.add(tile(count)));
        add(new H3(heading), tiles);
    }

    private static Component tile(Count count) {
        Span number = new Span(String.valueOf(count.value()));
        number.addClassName("tile-number");
        Span label = new Span(count.label());
        label.addClassName("tile-label");
        Component tile = count.href() == null ? new Div() : WorkCard.link(count.href(), "");
        ((HasComponents) tile).add(number, label);
        tile.getElement().getClassList().add("tile");
        tile.getElement().getClassList().set("tile-attention", count.attention() && count.value() > 0);
        return tile;
    }
}
