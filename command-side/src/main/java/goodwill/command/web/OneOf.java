package goodwill.command.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.List;

/**
 * The name of one of an enum's values, when present. Requests carry enum values as strings checked by this
 * constraint, rather than as enums bound by Jackson, so that a wrong value is reported with the other
 * invalid fields and names the allowed ones, and a number is never taken for a value's position.
 */
@Documented
@Constraint(validatedBy = OneOf.Validator.class)
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface OneOf {

    Class<? extends Enum<?>> value();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<OneOf, String> {

        private List<String> names;

        @Override
        public void initialize(OneOf annotation) {
            names = Arrays.stream(annotation.value().getEnumConstants()).map(Enum::name).toList();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || names.contains(value)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must be one of " + String.join(", ", names))
                   .addConstraintViolation();
            return false;
        }
    }
}
