package goodwill.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/** A read model added to the query side is held to {@link FoldParity} from the start: its test is named after it. */
class EveryReadModelHasItsParityTest {

    @Test
    void everyProjectionHasAParityTestBesideIt() throws ClassNotFoundException {
        List<String> projections = subclassesOf(FoldProjection.class);
        assertThat(projections).as("projections found").hasSizeGreaterThanOrEqualTo(8);
        for (String projection : projections) {
            String test = projection.replaceFirst("Projection$", "ParityTest");
            assertThat(FoldParity.class.isAssignableFrom(Class.forName(test)))
                    .as("%s is a FoldParity", test).isTrue();
        }
    }

    private static List<String> subclassesOf(Class<?> type) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(type));
        return scanner.findCandidateComponents("goodwill.query").stream().map(BeanDefinition::getBeanClassName)
                      .filter(name -> name.endsWith("Projection")).sorted().toList();
    }
}
