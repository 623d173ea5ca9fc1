package goodwill.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field of an event ({@link AboutSomeone}) that describes or quotes a person: stored sealed with the key of the
 * event's subject, and read as {@link #ifForgotten} once that person is forgotten (a list: empty).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface PersonalDetail {

    /** What the detail reads as once its person is forgotten; empty: nothing (null). */
    String ifForgotten() default "";
}
