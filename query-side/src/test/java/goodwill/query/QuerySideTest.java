package goodwill.query;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import goodwill.storage.IsolatedStorage;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The query side over real HTTP on a storage of its own. Every test class carrying it shares one application
 * context (and database), so tests keep apart by using ledgers of their own ({@link EndToEndTest} gives each one),
 * and a test that needs a fixed "now" sets the {@link TestClock} (it is set back after every test). A test class
 * that declared beans of its own would get a context of its own: add what it needs here instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = "goodwill.processors.replay-patience=2s")
@ContextConfiguration(initializers = IsolatedStorage.class)
@Import({TestClock.class, ReplayGate.class, QueryApi.class, ReadModelTesting.class})
@TestExecutionListeners(listeners = TestClock.SetBack.class,
                        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface QuerySideTest {
}
