package uk.apassure.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** Numbers as tiles with a label under each: what governors see instead of a grid of pupils. */
public final class CountTiles {

    private CountTiles() {}

    public static Div tile(long value, String label) {
        Span number = new Span(String.valueOf(value));
        number.addClassName("tile-number");
        Span text = new Span(label);
        text.addClassName("tile-label");
        Div tile = new Div(number, text);
        tile.addClassName("tile");
        return tile;
    }

    /** The tiles in a row, and a line saying why there are only numbers. */
    public static Div countsOnly(List<Div> tiles, String why) {
        Div row = new Div();
        row.addClassName("tiles");
        tiles.forEach(row::add);
        Paragraph hint = new Paragraph(why);
        hint.addClassName("hint");
        return new Div(row, hint);
    }
}
