package goodwill.query.admin;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every request passes the {@link ReadModelGuard}; only {@code @ReadModel} endpoints can be held back by it. */
@Configuration(proxyBeanMethods = false)
class AdminConfiguration implements WebMvcConfigurer {

    private final Processors processors;
    private final SetAsideEvents setAside;

    AdminConfiguration(Processors processors, SetAsideEvents setAside) {
        this.processors = processors;
        this.setAside = setAside;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ReadModelGuard(processors, setAside));
    }
}
