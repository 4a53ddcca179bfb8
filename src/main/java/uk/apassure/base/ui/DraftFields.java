package uk.apassure.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a draft form that the browser copy keeps ({@link BrowserDraftCopy}), each marked
 * for scripts/visit-draft.js with its name ({@code data-draft}) and how to read it
 * ({@code data-draft-kind}: "text", "check" or "radio").
 */
public final class DraftFields {

    private final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();

    public void mark(Component field, String name, String kind) {
        field.getElement().setAttribute("data-draft", name);
        field.getElement().setAttribute("data-draft-kind", kind);
        fields.put(name, (HasValue<?, ?>) field);
    }

    public @Nullable HasValue<?, ?> get(String name) {
        return fields.get(name);
    }

    /** Every field's value as the script stores it, through {@code clientValue}. */
    public Map<String, String> values(Function<@Nullable Object, String> clientValue) {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((name, field) -> values.put(name, clientValue.apply(field.getValue())));
        return values;
    }
}
