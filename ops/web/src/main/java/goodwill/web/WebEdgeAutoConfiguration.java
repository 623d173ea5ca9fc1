package goodwill.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.Host;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The HTTP edge of either side, and of both in one process: {@link ProblemResponses}'s error contract from
 * Tomcat's first refusal to {@code /error}, and strictly read bodies ({@link StrictJson}).
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import({StrictJson.class, ProblemFallback.class, ProblemErrorController.class})
public class WebEdgeAutoConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatProblemReports() {
        return factory -> factory.addContextCustomizers(
                context -> TomcatProblemReports.installOn((Host) context.getParent()));
    }

    @Bean
    WebMvcConfigurer answerableBeforeAction() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new AnswerableBeforeAction());
            }
        };
    }

    @Bean
    FilterRegistrationBean<AcceptHeaderCheck> acceptHeaderCheck(ObjectMapper json) {
        FilterRegistrationBean<AcceptHeaderCheck> registration = new FilterRegistrationBean<>(new AcceptHeaderCheck(json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
