package uk.apassure.base.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.Collection;

/** The fields of a grid's filter bar look and read alike: a placeholder that says "any", a label for screen readers. */
public final class FilterFields {

    private FilterFields() {}

    /** A choice among {@code items}, empty meaning "any" ({@code placeholder}), with a clear button. */
    public static <T> ComboBox<T> choice(ComboBox<T> box, String placeholder, String label, Collection<T> items,
            ItemLabelGenerator<T> itemLabel) {
        box.setPlaceholder(placeholder);
        box.setAriaLabel(label);
        box.setItems(items);
        box.setItemLabelGenerator(itemLabel);
        box.setClearButtonVisible(true);
        return box;
    }
}
