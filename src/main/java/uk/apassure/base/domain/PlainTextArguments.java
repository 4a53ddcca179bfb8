package uk.apassure.base.domain;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import org.aopalliance.intercept.MethodInterceptor;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every command a service accepts has its text checked by {@link Text} before it runs: the text
 * arguments, and the text inside the forms (records, beans, lists) it is given. One place, so a new
 * form or service cannot forget it; the services' own rules (lengths, formats) still follow. Reads
 * ({@code readOnly} transactions) and sign-in (security, with its own username rules) are left alone.
 */
@Configuration(proxyBeanMethods = false)
class PlainTextArguments {

    private static final int DEPTH = 4;

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor plainTextAdvisor() {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(new Commands(),
                (MethodInterceptor) call -> {
                    check(call.getMethod(), call.getArguments());
                    return call.proceed();
                });
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    /** Public methods of the application's services, except read-only ones and those taking no objects. */
    private static final class Commands extends StaticMethodMatcherPointcut {
        @Override
        public boolean matches(Method method, Class<?> target) {
            String name = target.getName();
            if (!name.startsWith("uk.apassure.") || name.startsWith("uk.apassure.security.")
                    || !AnnotatedElementUtils.hasAnnotation(target, Service.class)
                    || !Modifier.isPublic(method.getModifiers()) || method.getDeclaringClass() == Object.class) {
                return false;
            }
            Transactional tx = AnnotatedElementUtils.findMergedAnnotation(method, Transactional.class);
            if (tx == null) {
                tx = AnnotatedElementUtils.findMergedAnnotation(target, Transactional.class);
            }
            boolean readOnly = tx != null && tx.readOnly();
            boolean takesObjects = java.util.Arrays.stream(method.getParameterTypes()).anyMatch(t -> !t.isPrimitive());
            return !readOnly && takesObjects;
        }
    }

    static void check(Method method, @Nullable Object[] arguments) {
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < arguments.length; i++) {
            if (parameters[i].isAnnotationPresent(CleanedByService.class)) {
                continue;
            }
            check(parameters[i].isNamePresent() ? parameters[i].getName() : "", arguments[i], 0);
        }
    }

    private static void check(String field, @Nullable Object value, int depth) {
        if (value == null || depth > DEPTH) {
            return;
        }
        if (value instanceof CharSequence text) {
            Text.requirePlain(words(field), text.toString());
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> check(field, item, depth + 1));
        } else if (value instanceof Map<?, ?> entries) {
            entries.values().forEach(item -> check(field, item, depth + 1));
        } else if (value.getClass().getName().startsWith("uk.apassure.") && !value.getClass().isEnum()) {
            checkForm(value, depth);
        }
    }

    /** A form: a record's components, or a bean's getters. */
    private static void checkForm(Object form, int depth) {
        try {
            if (form instanceof Record) {
                for (RecordComponent part : form.getClass().getRecordComponents()) {
                    Method accessor = part.getAccessor();
                    accessor.setAccessible(true);
                    check(part.getName(), accessor.invoke(form), depth + 1);
                }
                return;
            }
            for (Method getter : form.getClass().getMethods()) {
                if (getter.getParameterCount() == 0 && getter.getName().startsWith("get")
                        && getter.getDeclaringClass() != Object.class && !Modifier.isStatic(getter.getModifiers())) {
                    String property = getter.getName().substring(3);
                    check(property.isEmpty() ? "" : Character.toLowerCase(property.charAt(0)) + property.substring(1),
                            getter.invoke(form), depth + 1);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + form.getClass().getName() + " to check its text", e);
        }
    }

    /** "addressLine1" as "address line 1", to name the field for the user. */
    static String words(String field) {
        return field.replaceAll("([a-z])([A-Z0-9])", "$1 $2").toLowerCase();
    }
}
