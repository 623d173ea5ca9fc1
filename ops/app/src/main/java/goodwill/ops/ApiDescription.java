package goodwill.ops;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What {@code /v3/api-docs} and Swagger UI say the API is, instead of springdoc's placeholder title. */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    @Bean
    OpenAPI goodwillApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        return new OpenAPI().info(new Info()
                .title("Goodwill")
                .version(properties == null ? "development" : properties.getVersion())
                .description("A ledger of a professional network. Every favor, meeting, introduction, commitment "
                                     + "and ask is recorded as an immutable event (POST, corrections are their own "
                                     + "endpoints); advocate rankings, reciprocity balances, the journal and reports "
                                     + "are read models rebuilt from that history (GET). Errors are RFC 9457 "
                                     + "problem details.")
                .license(new License().name("Proprietary")));
    }
}
