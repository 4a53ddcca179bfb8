package uk.apassure.admin.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.Arrays;
import uk.apassure.base.time.UkDates;
import uk.apassure.base.ui.FilterFields;
import uk.apassure.security.Permission;
import uk.apassure.security.RequiresPermission;
import uk.apassure.security.SecurityEventKind;
import uk.apassure.security.SecurityLog;
import uk.apassure.security.SecurityLog.Entry;
import uk.apassure.security.SecurityLog.Filter;

/**
 * The trust's security log for administrators: sign-ins and their failures, refused access and
 * account changes, newest first, loaded a page at a time. Times are stored in UTC and shown in UK
 * time.
 */
@Route("admin/security-log")
@PageTitle("Security log")
@Menu(title = "Security log", order = 93, icon = "SHIELD")
@RequiresPermission(Permission.SECURITY_LOG_READ)
public class SecurityLogView extends VerticalLayout {

    public SecurityLogView(SecurityLog log) {
        addClassName("security-log-view");
        ComboBox<SecurityEventKind> kind = FilterFields.choice(new ComboBox<>(), "Any event", "Event",
                Arrays.asList(SecurityEventKind.values()), SecurityEventKind::label);
        TextField who = new TextField();
        who.setPlaceholder("Any username");
        who.setAriaLabel("Username");
        who.setClearButtonVisible(true);
        who.setValueChangeMode(ValueChangeMode.LAZY);
        HorizontalLayout bar = new HorizontalLayout(kind, who);
        bar.addClassName("filter-bar");
        bar.setWidthFull();

        ConfigurableFilterDataProvider<Entry, Void, Filter> entries = new CallbackDataProvider<Entry, Filter>(
                query -> log.page(query.getFilter().orElse(Filter.ALL), query.getOffset(), query.getLimit()).stream(),
                query -> log.count(query.getFilter().orElse(Filter.ALL)))
                .withConfigurableFilter();
        Grid<Entry> grid = new Grid<>(Entry.class, false);
        grid.addColumn(entry -> UkDates.dateTime(entry.occurredAt())).setHeader("When (UK time)").setFlexGrow(2);
        grid.addColumn(entry -> entry.kind().label()).setHeader("Event").setFlexGrow(2);
        grid.addColumn(entry -> entry.username() == null ? "" : entry.username()).setHeader("Who").setFlexGrow(1);
        grid.addColumn(entry -> entry.address() == null ? "" : entry.address()).setHeader("Address").setFlexGrow(1);
        grid.addColumn(entry -> entry.detail() == null ? "" : entry.detail()).setHeader("Detail").setFlexGrow(4);
        grid.setItems(entries);
        grid.setPageSize(50);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText("No event matches.");
        grid.addClassName("security-log-grid");
        grid.setHeight("70vh");
        Runnable filter = () -> entries.setFilter(new Filter(kind.getValue(), who.getValue()));
        kind.addValueChangeListener(change -> filter.run());
        who.addValueChangeListener(change -> filter.run());

        Paragraph scope = new Paragraph("Your trust's events, and sign-in attempts under names that belong to"
                + " no account. Stored in UTC.");
        scope.addClassName("hint");
        add(bar, grid, scope);
    }
}
