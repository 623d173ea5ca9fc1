package goodwill.access;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.web.client.RestTemplateCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * Every test authenticates, as a client would: in each Spring test context (registered for all of them through
 * {@code META-INF/spring.factories}), the {@code TestRestTemplate} sends a WRITE token of the first administrator
 * ({@link Accounts#FIRST_ADMINISTRATOR}) with every request that names no credentials of its own. A request that
 * sets the {@value #ANONYMOUS} header goes without any. Tests with clients of their own take a token from
 * {@link #tokenOf}.
 */
public class TestCallers implements ContextCustomizerFactory {

    /** Set on a test request to send it without credentials; the header itself is not sent. */
    public static final String ANONYMOUS = "X-Test-Anonymous";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        return CUSTOMIZER;
    }

    private static final ContextCustomizer CUSTOMIZER = registering(Authenticating.class);

    /** A customizer that adds one bean of the class to each test context; equal for the same class, so contexts are shared. */
    static ContextCustomizer registering(Class<?> bean) {
        return new ContextCustomizer() {
            @Override
            public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
                                         org.springframework.test.context.MergedContextConfiguration configuration) {
                if (context instanceof BeanDefinitionRegistry registry) {
                    registry.registerBeanDefinition(bean.getName(), new RootBeanDefinition(bean));
                }
            }

            @Override
            public boolean equals(Object other) {
                return other != null && other.getClass() == getClass() && other.hashCode() == hashCode();
            }

            @Override
            public int hashCode() {
                return bean.hashCode();
            }
        };
    }

    /** A WRITE token of the user (made once per context and user); the user must have an account. */
    public static String tokenOf(ApplicationContext context, String username) {
        return TOKENS.computeIfAbsent(System.identityHashCode(context) + "/" + username, key -> context
                .getBean(AccessTokens.class).create(username, "test", 1, TokenScope.WRITE).token());
    }

    /** Makes an account with a password of the rules' length, and answers a WRITE token of it. */
    public static String newUser(ApplicationContext context, String username) {
        context.getBean(Accounts.class).create(username, passwordOf(username), false);
        return tokenOf(context, username);
    }

    /** The password {@link #newUser} gives. */
    public static String passwordOf(String username) {
        return "password-of-" + username;
    }

    /** Authenticates the test's TestRestTemplate as the first administrator. */
    static class Authenticating implements RestTemplateCustomizer, ApplicationContextAware {

        private ApplicationContext context;

        @Override
        public void setApplicationContext(ApplicationContext context) {
            this.context = context;
        }

        @Override
        public void customize(org.springframework.web.client.RestTemplate template) {
            template.getInterceptors().add((request, body, execution) -> {
                HttpHeaders headers = request.getHeaders();
                if (headers.remove(ANONYMOUS) == null && !headers.containsKey(HttpHeaders.AUTHORIZATION)) {
                    headers.setBearerAuth(tokenOf(context, Accounts.FIRST_ADMINISTRATOR));
                }
                return execution.execute(request, body);
            });
        }
    }
}
