package uk.apassure.base.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The filter a grid's filter bar stands for. A change by the user is reported with the whole
 * filter; setting the fields from an address ({@link #show}) reports nothing, and the filter then is
 * what the fields kept (an id the user may not see is dropped, not kept as an invisible filter).
 *
 * @param <F> the filter, an immutable record
 */
public final class FilterState<F> {

    private final Consumer<F> onChange;
    private F filter;
    private boolean showing;

    public FilterState(F initial, Consumer<F> onChange) {
        this.filter = initial;
        this.onChange = onChange;
    }

    public F filter() {
        return filter;
    }

    /** Runs {@code setFields} without reporting their changes; the filter becomes what {@code kept} reads from them. */
    public F show(Runnable setFields, Supplier<F> kept) {
        showing = true;
        try {
            setFields.run();
            filter = kept.get();
        } finally {
            showing = false;
        }
        return filter;
    }

    /** A field changed by the user: the filter with that change, reported. */
    public void change(UnaryOperator<F> edit) {
        if (!showing) {
            filter = edit.apply(filter);
            onChange.accept(filter);
        }
    }
}
