package uk.apassure.provider.ui;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.stream.Collectors;

/**
 * The Bean Validation rules that span fields ({@code @AssertTrue} on a form bean), which a binder
 * bound field by field does not show: checked after the fields, shown under the form.
 */
final class BeanRules {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private BeanRules() {}

    /** The messages of every broken rule of {@code bean}, or an empty text when there are none. */
    static String broken(Object bean) {
        return VALIDATOR.validate(bean).stream()
                .map(ConstraintViolation::getMessage)
                .sorted()
                .collect(Collectors.joining(" "));
    }
}
