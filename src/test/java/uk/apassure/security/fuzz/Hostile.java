package uk.apassure.security.fuzz;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Hostile text for fuzz tests, and copies of a valid form with one text field replaced by it. Markup
 * and SQL may be stored (as text: output is escaped); control characters, bidi overrides and text
 * longer than any column must be refused with a message.
 */
final class Hostile {

    private Hostile() {}

    /** A hostile value; {@code mustRefuse} when storing it in any text field would be wrong. */
    record Value(String label, String text, boolean mustRefuse) {
        @Override
        public String toString() {
            return label;
        }
    }

    static final String SCRIPT = "<script>alert(1)</script>";

    static final List<Value> TEXTS = List.of(
            new Value("script", SCRIPT, false),
            new Value("img onerror", "<img src=x onerror=alert(1)>", false),
            new Value("SQL", "'; DROP TABLE provider; --", false),
            new Value("100k characters", "x".repeat(100_000), true),
            new Value("NUL", "Jo\u0000Marsh", true),
            new Value("BEL", "Jo\u0007Marsh", true),
            new Value("RLO", "Jo\u202EhsraM", true),
            new Value("whitespace only", "   \t ", false),
            new Value("padded", "  Jo Marsh  ", false));

    /**
     * Dates typed as a person might that name no day the browser can read (31 February, month 13,
     * words, a five-digit year): the field reports the text as unreadable. Always refused with a message.
     */
    static final List<String> UNREADABLE_DATES = List.of("31/02/2026", "00/13/2026", "next Tuesday", "01/01/99999");

    /** Days the browser reads and sends, outside what any form takes (its bounds are checked on the server). */
    static final List<LocalDate> IMPOSSIBLE_DATES = List.of(LocalDate.of(1, 1, 1), LocalDate.of(99999, 12, 31));

    /** A number typed wrong: the field reports the text as unreadable. Always refused with a message. */
    static final List<String> UNREADABLE_NUMBERS = List.of("12abc", "4..5");

    /** A time typed wrong: the field reports the text as unreadable. Always refused with a message. */
    static final List<String> UNREADABLE_TIMES = List.of("25:61", "noon");

    /** One field of a form replaced by a hostile value. */
    record Mutant<T>(String field, Value value, T form) {
        @Override
        public String toString() {
            return field + " = " + value;
        }
    }

    /** For every text field of the form {@code valid} makes (a record or a bean), a copy per hostile value. */
    static <T> List<Mutant<T>> mutants(Supplier<T> valid) {
        List<Mutant<T>> all = new ArrayList<>();
        T sample = valid.get();
        for (String field : textFields(sample.getClass())) {
            for (Value value : TEXTS) {
                all.add(new Mutant<>(field, value, with(valid.get(), field, value.text())));
            }
        }
        return all;
    }

    static List<String> textFields(Class<?> type) {
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents()).filter(c -> c.getType() == String.class)
                    .map(RecordComponent::getName).toList();
        }
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getName().startsWith("set") && m.getParameterCount() == 1
                        && m.getParameterTypes()[0] == String.class)
                .map(m -> Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4)).sorted().toList();
    }

    @SuppressWarnings("unchecked")
    static <T> T with(T form, String field, String text) {
        try {
            Class<?> type = form.getClass();
            if (type.isRecord()) {
                RecordComponent[] parts = type.getRecordComponents();
                Object[] args = new Object[parts.length];
                Class<?>[] types = new Class<?>[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    types[i] = parts[i].getType();
                    args[i] = parts[i].getName().equals(field) ? text : parts[i].getAccessor().invoke(form);
                }
                var constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                return (T) constructor.newInstance(args);
            }
            Method setter = type.getMethod("set" + Character.toUpperCase(field.charAt(0)) + field.substring(1),
                    String.class);
            setter.invoke(form, text);
            return form;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
