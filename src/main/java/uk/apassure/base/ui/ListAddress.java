package uk.apassure.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The filters and sort of a list, kept in the page's address ({@code /providers?status=approved&sort=name.desc}):
 * Back returns to the same filtered list, and a filtered list can be bookmarked or sent to a
 * colleague. Values are plain words (enum names as {@code approved-with-conditions}, dates as
 * {@code 2026-11-09}); anything unknown in an address is ignored, never an error.
 */
public final class ListAddress {

    public static final String SORT = "sort";

    private final Map<String, String> values = new LinkedHashMap<>();

    private ListAddress() {}

    public static ListAddress empty() {
        return new ListAddress();
    }

    public static ListAddress of(Location location) {
        ListAddress address = new ListAddress();
        location.getQueryParameters().getParameters().forEach((name, list) -> {
            if (!list.isEmpty() && !list.getFirst().isBlank()) {
                address.values.put(name, list.getFirst().trim());
            }
        });
        return address;
    }

    public Optional<String> text(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public <E extends Enum<E>> @Nullable E choice(String name, Class<E> type) {
        String value = values.get(name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    public @Nullable Long number(String name) {
        String value = values.get(name);
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    public @Nullable LocalDate date(String name) {
        String value = values.get(name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    /** A yes/no filter: present as {@code name=yes}. */
    public boolean flag(String name) {
        return "yes".equals(values.get(name));
    }

    /** Sets or (for null, blank, false) removes a value. */
    public ListAddress with(String name, @Nullable Object value) {
        String text = switch (value) {
            case null -> null;
            case Enum<?> choice -> slug(choice);
            case Boolean yes -> yes ? "yes" : null;
            default -> value.toString().trim();
        };
        if (text == null || text.isEmpty()) {
            values.remove(name);
        } else {
            values.put(name, text);
        }
        return this;
    }

    public static String slug(Enum<?> choice) {
        return choice.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public QueryParameters toQueryParameters() {
        return QueryParameters.simple(values);
    }

    /** {@code providers?status=approved}: the list's path with these values, for links to it. */
    public String href(String path) {
        String query = toQueryParameters().getQueryString();
        return query.isEmpty() ? path : path + "?" + query;
    }

    /**
     * Puts these values in the browser's address without a new history entry: each change of a
     * filter replaces the address, so Back leaves the list instead of undoing filters one by one.
     */
    public void show(UI ui, String path) {
        ui.getPage().getHistory().replaceState(null, new Location(path, toQueryParameters()));
    }

    /** The grid's sort as a value: {@code name} or {@code name.desc}. */
    public <T> ListAddress withSort(List<GridSortOrder<T>> order) {
        return with(SORT, order.stream().findFirst()
                .filter(sort -> sort.getSorted().getKey() != null)
                .map(sort -> sort.getSorted().getKey()
                        + (sort.getDirection() == SortDirection.DESCENDING ? ".desc" : ""))
                .orElse(null));
    }

    /** Sorts the grid as the address says, if it names a sortable column of it. */
    public <T> void restoreSort(Grid<T> grid) {
        text(SORT).ifPresent(sort -> {
            boolean descending = sort.endsWith(".desc");
            String key = descending ? sort.substring(0, sort.length() - ".desc".length()) : sort;
            Grid.Column<T> column = grid.getColumnByKey(key);
            if (column != null && column.isSortable()) {
                grid.sort(List.of(new GridSortOrder<>(column,
                        descending ? SortDirection.DESCENDING : SortDirection.ASCENDING)));
            }
        });
    }
}
