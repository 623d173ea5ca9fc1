package goodwill.command;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import goodwill.storage.IsolatedStorage;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The command side over real HTTP on a storage of its own. Every test class carrying it shares one
 * application context (and database), so tests keep apart by using ledgers of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = IsolatedStorage.class)
@Import({Api.class, RecordedEvents.class})
public @interface CommandSideTest {
}
