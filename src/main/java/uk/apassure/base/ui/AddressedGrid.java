package uk.apassure.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.springframework.data.domain.Pageable;

/**
 * A lazy grid whose filter and sort live in the page's address ({@link ListAddress}): opened from
 * an address it shows that list, and each change of a filter or of the sort puts the new list in
 * the address. Used by the register, the visit list and the audit list.
 *
 * @param <T> a row
 * @param <F> the filter, an immutable record
 */
public final class AddressedGrid<T, F> {

    private final Grid<T> grid;
    private final String path;
    private final BiFunction<F, Pageable, List<T>> list;
    private final ToLongFunction<F> count;
    private final Function<F, ListAddress> address;
    private F filter;
    private boolean restoring;

    /**
     * @param path the route of the list, e.g. {@code providers}
     * @param list one page of rows for a filter (a service call, which checks permission and scope)
     * @param address the filter as address values
     */
    public AddressedGrid(Grid<T> grid, String path, F initial, BiFunction<F, Pageable, List<T>> list,
            ToLongFunction<F> count, Function<F, ListAddress> address) {
        this.grid = grid;
        this.path = path;
        this.filter = initial;
        this.list = list;
        this.count = count;
        this.address = address;
        grid.addSortListener(sort -> show());
    }

    /**
     * Opens the list the address describes: {@code fields} sets the filter fields from it (their
     * change events are ignored meanwhile) and returns the filter; the sort follows the address.
     */
    public void restore(ListAddress from, Supplier<F> fields) {
        restoring = true;
        try {
            filter = fields.get();
            from.restoreSort(grid);
        } finally {
            restoring = false;
        }
        refresh();
    }

    /** A filter field changed: show the new list and put it in the address. */
    public void apply(F next) {
        if (restoring) {
            return;
        }
        filter = next;
        refresh();
        show();
    }

    public F filter() {
        return filter;
    }

    private void refresh() {
        F current = filter;
        grid.setItems(query -> list.apply(current, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) count.applyAsLong(current));
    }

    private void show() {
        if (!restoring) {
            grid.getUI().ifPresent(ui -> address.apply(filter).withSort(grid.getSortOrder()).show(ui, path));
        }
    }
}
