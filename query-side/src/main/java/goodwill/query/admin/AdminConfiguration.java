package goodwill.query.admin;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every request passes the {@link RebuildingGuard}; only {@code @ReadModel} endpoints can be held back by it. */
@Configuration(proxyBeanMethods = false)
class AdminConfiguration implements WebMvcConfigurer {

    private final Processors processors;

    AdminConfiguration(Processors processors) {
        this.processors = processors;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RebuildingGuard(processors));
    }
}
