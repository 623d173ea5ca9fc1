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
 * running each alone) are left out of the scan; their components are picked up directly. {@code serve --side}
 * runs one side alone ({@link CommandSide}, {@link QuerySide}) on a database shared with others.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ConfigurationPropertiesScan({"goodwill.command", "goodwill.query", "goodwill.ops"})
@ComponentScan(basePackages = {"goodwill.command", "goodwill.query", "goodwill.ops"},
               excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION,
                                                      classes = {SpringBootApplication.class,
                                                                 SpringBootConfiguration.class}))
public class GoodwillApp {

    /** {@code goodwill [serve] [spring options]}, {@code goodwill bench …}: see {@link GoodwillCommand}. */
    public static void main(String[] args) {
        int exitCode = GoodwillCommand.run(args);
        if (exitCode != ServeCommand.SERVING) {
            System.exit(exitCode);
        }
    }

    static ConfigurableApplicationContext serve(String[] springArguments) {
        return serve(Side.BOTH, springArguments);
    }

    static ConfigurableApplicationContext serve(Side side, String[] springArguments) {
        return SpringApplication.run(side.configuration, springArguments);
    }

    /** Which side a process serves: both (one node), or one of them, as a cluster runs them apart. */
    enum Side {
        BOTH(GoodwillApp.class),
        COMMAND(CommandSide.class),
        QUERY(QuerySide.class);

        private final Class<?> configuration;

        Side(Class<?> configuration) {
            this.configuration = configuration;
        }
    }

    /**
     * The command side alone: the recording endpoints, the aggregates and the directory, with the restore, the demo
     * loader and the API description of the app's own; no read model's processor, no query endpoint, no page.
     */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @ConfigurationPropertiesScan("goodwill.command")
    @ComponentScan(basePackages = "goodwill.command",
                   excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION,
                                                          classes = SpringBootApplication.class))
    @ComponentScan(basePackages = "goodwill.ops", useDefaultFilters = false,
                   includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = {
                           "goodwill\\.ops\\.export\\.(LedgerRestore|RestoreController)",
                           "goodwill\\.ops\\.demo\\.DemoLoader", "goodwill\\.ops\\.ApiDescription"}))
    static class CommandSide {
    }

    /**
     * The query side alone: the read models' processors, the query endpoints and the pages, with the export and the
     * API description of the app's own; no command handler.
     */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @ConfigurationPropertiesScan("goodwill.query")
    @ComponentScan(basePackages = "goodwill.query",
                   excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION,
                                                          classes = SpringBootApplication.class))
    @ComponentScan(basePackages = "goodwill.ops", useDefaultFilters = false,
                   includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = {
                           "goodwill\\.ops\\.export\\.ExportController", "goodwill\\.ops\\.ApiDescription"}))
    static class QuerySide {
    }
}
