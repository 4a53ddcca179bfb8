package uk.apassure.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import uk.apassure.base.ui.DashboardTile.PerSchool;
import uk.apassure.organisation.SchoolService.SchoolSummary;

/** Trust leads: one row per school of the trust, one column per kind of work; a count opens the list behind it. */
class SchoolTable extends Div {

    SchoolTable(List<SchoolSummary> schools, List<PerSchool> columns) {
        addClassName("school-table");
        NativeTable table = new NativeTable();
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText("School");
        columns.forEach(column -> head.addHeaderCell().setText(column.column()));
        for (SchoolSummary school : schools) {
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(school.name());
            for (PerSchool column : columns) {
                long count = column.counts().getOrDefault(school.id(), 0L);
                NativeTableCell cell = row.addDataCell();
                String href = column.hrefs().get(school.id());
                if (href == null || count == 0) {
                    cell.add(new Span(String.valueOf(count)));
                } else {
                    cell.add(WorkCard.link(href, String.valueOf(count)));
                }
                cell.getElement().getClassList().set("count-attention", column.attention() && count > 0);
                cell.getElement().getClassList().set("count-none", count == 0);
            }
        }
        Div scroll = new Div(table);
        scroll.addClassName("school-table-scroll");
        add(new H3("Across the trust, by school"), scroll);
    }
}
