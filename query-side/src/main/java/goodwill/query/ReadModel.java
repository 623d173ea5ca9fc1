package goodwill.query;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The processing groups whose read models a query controller (or one of its methods) answers from. While any
 * of them is rebuilt from history, its requests are answered {@code 503} with code {@code rebuilding}, the
 * progress and a {@code Retry-After} header, never with a half-built read model. Every query controller of
 * the query side carries one; endpoints without it (admin, health) are never held back.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ReadModel {

    /** The processing groups (each a tracking processor of the same name). */
    String[] value();
}
