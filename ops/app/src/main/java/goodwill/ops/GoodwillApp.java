package goodwill.ops;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The single-node Goodwill: the command side and the query side in one process, over the embedded
 * database unless {@code MONGODB_URI} names a real MongoDB. The sides' own application classes (for
 * running each alone) are left out of the scan; their components are picked up directly.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ConfigurationPropertiesScan({"goodwill.command", "goodwill.query", "goodwill.ops"})
@ComponentScan(basePackages = {"goodwill.command", "goodwill.query", "goodwill.ops"},
               excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION,
                                                      classes = SpringBootApplication.class))
public class GoodwillApp {

    /** {@code goodwill [serve] [spring options]}, {@code goodwill bench …}: see {@link GoodwillCommand}. */
    public static void main(String[] args) {
        int exitCode = GoodwillCommand.run(args);
        if (exitCode != ServeCommand.SERVING) {
            System.exit(exitCode);
        }
    }

    static ConfigurableApplicationContext serve(String[] springArguments) {
        return SpringApplication.run(GoodwillApp.class, springArguments);
    }
}
