package uk.apassure.security.sweep;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Every text a service's answer carries, however deep: records, beans, collections, maps and files. */
final class SweepText {

    private static final int DEPTH = 8;

    private SweepText() {}

    static String of(@Nullable Object answer) {
        StringBuilder text = new StringBuilder();
        walk(answer, text, 0, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
        return text.toString();
    }

    private static void walk(@Nullable Object value, StringBuilder text, int depth, Set<Object> seen) {
        if (value == null || depth > DEPTH) {
            return;
        }
        if (value instanceof byte[] bytes) {
            text.append(new String(bytes, StandardCharsets.UTF_8)).append('\n');
            return;
        }
        Class<?> type = value.getClass();
        if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || type.getName().startsWith("java.time.")) {
            text.append(value).append('\n');
            return;
        }
        if (!seen.add(value)) {
            return;
        }
        if (value instanceof Optional<?> optional) {
            optional.ifPresent(inner -> walk(inner, text, depth + 1, seen));
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> walk(item, text, depth + 1, seen));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> {
                walk(key, text, depth + 1, seen);
                walk(item, text, depth + 1, seen);
            });
        } else if (type.isArray()) {
            for (Object item : (Object[]) value) {
                walk(item, text, depth + 1, seen);
            }
        } else if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                try {
                    component.getAccessor().setAccessible(true);
                    walk(component.getAccessor().invoke(value), text, depth + 1, seen);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (type.getName().startsWith("uk.apassure.")) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers())) {
                        continue;
                    }
                    try {
                        field.setAccessible(true);
                        walk(field.get(value), text, depth + 1, seen);
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        text.append(value).append('\n');
                    }
                }
            }
        } else {
            text.append(value).append('\n');
        }
    }
}
