package goodwill.access;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A request field that names an account: required, and a username by {@link Credentials}' rule. */
@Documented
@Constraint(validatedBy = {})
@NotNull
@Pattern(regexp = Credentials.USERNAME_PATTERN)
@ReportAsSingleViolation
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Username {

    String message() default Credentials.USERNAME_RULE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
