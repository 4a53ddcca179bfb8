package uk.apassure.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import uk.apassure.base.ui.DashboardTile.Row;
import uk.apassure.base.ui.DashboardTile.Work;

/** One list of waiting things: a title with the number, a row per thing (each opens its record), and "see all". */
class WorkCard extends Div {

    /** A card shows this many rows; the rest are one click away in the filtered list. */
    static final int SHOWN = 5;

    private final String key;

    WorkCard(Work work, LocalDate today) {
        this.key = work.key();
        addClassNames("work-card", work.key());
        getElement().setAttribute("data-key", work.key());
        Span count = new Span(String.valueOf(work.rows().size()));
        count.addClassName("work-count");
        H3 title = new H3(work.title());
        Div heading = new Div(title, count);
        heading.addClassName("work-heading");
        add(heading);
        int shown = work.all() == null ? work.rows().size() : Math.min(SHOWN, work.rows().size());
        for (Row row : work.rows().subList(0, shown)) {
            add(row(row, today));
        }
        if (work.all() != null) {
            String label = work.rows().size() > shown
                    ? "See all " + work.rows().size() + " in " + work.all().label()
                    : "Show in " + work.all().label();
            // the arrow is drawn by the style sheet (.work-all::after), not an icon component per card
            Anchor all = link(work.all().href(), label);
            all.addClassName("work-all");
            add(all);
        }
    }

    /** Which list this is, e.g. "audits-confirm": the same for every user, for styling and tests. */
    String key() {
        return key;
    }

    /**
     * A row is the link and its two or three lines of text, nothing more: each element is kept in the
     * server's memory for as long as the page is open (issue 14), so the layout (title over detail,
     * the chip and an arrow on the right) is the style sheet's (.work-row).
     */
    private static Anchor row(Row row, LocalDate today) {
        Span title = new Span(row.title());
        title.addClassName("work-row-title");
        Span detail = new Span(row.detail());
        detail.addClassName("work-row-detail");
        Anchor link = link(row.href(), "");
        link.addClassName("work-row");
        link.add(title, detail);
        Span chip = DueChip.of(row, today);
        if (chip != null) {
            link.add(chip);
        }
        return link;
    }

    /** A link that Vaadin's router follows without reloading the page. */
    static Anchor link(String href, String text) {
        Anchor anchor = new Anchor(href, text);
        anchor.getElement().setAttribute("router-link", "");
        return anchor;
    }
}
