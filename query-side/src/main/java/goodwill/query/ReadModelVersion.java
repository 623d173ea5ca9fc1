package goodwill.query;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The version of what a projection stores. Raise it whenever a change means the documents it has written no
 * longer say what the code now reads (a new field, another rule, a new formula): at its next start, a node
 * finds the read model written by another version and rebuilds it from history before its processor runs, so
 * nobody has to remember a replay after an upgrade. A projection without it is at version 1.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReadModelVersion {

    int value();
}
