package goodwill.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import goodwill.storage.StorageProperties;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.web.servlet.server.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * People and permissions in front of either side, and of both in one process. Two filter chains:
 * <ul>
 *   <li>the API's ({@code /api/**}, {@code /v3/api-docs}, {@code /actuator/**}): a personal access token
 *       ({@code Authorization: Bearer}) or HTTP Basic at every request, or the pages' sign-in session; no session is
 *       ever made here. Refusals are problems ({@link AccessProblems}); what a caller may do is
 *       {@link AccessDecisions}'. Only {@code /actuator/health} is open to all.</li>
 *   <li>the pages' (everything else): a sign-in form at {@code /login.html} making a session, CSRF protection, and a
 *       Content-Security-Policy that lets a page load only the app's own scripts, styles and images.</li>
 * </ul>
 * Both refuse a changing request from another site ({@link CrossSiteRequestGuard}), and every answer says
 * {@code X-Content-Type-Options: nosniff} and {@code Referrer-Policy: same-origin}.
 */
@AutoConfiguration(before = {SecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@Import({AccountsController.class, MeController.class, MembersController.class, AccessProblemAdvice.class})
public class AccessAutoConfiguration {

    private static final String[] API = {"/api/**", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**",
                                        "/actuator", "/actuator/**"};
    /** What the sign-in page needs: no script or style is secret, and none carries data. */
    private static final String[] SIGN_IN_PAGE = {"/login.html", "/js/**", "/app.css", "/favicon.ico"};
    private static final String PAGES_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    private final Clock clock = Clock.systemUTC();

    /**
     * Request matchers by path pattern alone (what the paths say), not by asking Spring MVC's handler mappings at
     * every request.
     */
    @Bean
    static PathPatternRequestMatcherBuilderFactoryBean requestMatchersByPathPattern() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Accounts accounts(MongoDatabase database, PasswordEncoder passwords) {
        return new Accounts(database, passwords, clock);
    }

    @Bean
    AccessTokens accessTokens(MongoDatabase database) {
        return new AccessTokens(database, clock);
    }

    @Bean
    Memberships memberships(MongoDatabase database) {
        return new Memberships(database);
    }

    @Bean
    MembershipProjection membershipProjection(Memberships memberships) {
        return new MembershipProjection(memberships);
    }

    @Bean
    ConfigurerModule membershipProcessing() {
        return MembershipProjection.processing();
    }

    @Bean
    FirstAdministrator firstAdministrator(Accounts accounts, StorageProperties storage,
                                          @Value("${goodwill.admin.password:}") String password) {
        return new FirstAdministrator(accounts, password, storage.dataDirectory());
    }

    @Bean
    AccessProblems accessProblems(ObjectMapper json) {
        return new AccessProblems(json);
    }

    @Bean
    LoginThrottle signIn(Accounts accounts, PasswordEncoder passwords) {
        DaoAuthenticationProvider checked = new DaoAuthenticationProvider(accounts);
        checked.setPasswordEncoder(passwords);
        checked.setUserDetailsPasswordService(accounts);
        return new LoginThrottle(new ProviderManager(checked), clock);
    }

    /** The session cookie is not sent along with another site's requests, on top of CSRF protection. */
    @Bean
    CookieSameSiteSupplier sessionCookieStaysOnSite() {
        return CookieSameSiteSupplier.ofLax();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, LoginThrottle signIn, AccessProblems problems,
                                 AccessTokens tokens, Accounts accounts, Memberships memberships) throws Exception {
        http.securityMatcher(API)
            .authenticationManager(signIn)
            .authorizeHttpRequests(requests -> requests
                    .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                    .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                    .requestMatchers("/api/admin/**", "/api/users", "/api/users/**").hasRole("ADMIN")
                    .anyRequest().authenticated())
            .httpBasic(basic -> basic.authenticationEntryPoint(problems))
            .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
            .requestCache(AbstractHttpConfigurer::disable)
            .formLogin(AbstractHttpConfigurer::disable)
            .logout(AbstractHttpConfigurer::disable)
            .csrf(csrf -> csrf.csrfTokenRepository(CsrfCookie.REPOSITORY)
                              .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                              .requireCsrfProtectionMatcher(changeFromSignedInPage()))
            .exceptionHandling(refusals -> refusals.authenticationEntryPoint(problems).accessDeniedHandler(problems))
            .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                                       .contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY)))
            .addFilterBefore(new CrossSiteRequestGuard(problems), CsrfFilter.class)
            .addFilterBefore(new BearerTokenFilter(tokens, accounts, problems), BasicAuthenticationFilter.class)
            .addFilterAfter(new AccessDecisions(memberships, problems), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, LoginThrottle signIn, AccessProblems problems,
                                  ObjectMapper json) throws Exception {
        http.authenticationManager(signIn)
            .authorizeHttpRequests(requests -> requests
                    .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                    .requestMatchers(SIGN_IN_PAGE).permitAll()
                    .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login.html").loginProcessingUrl("/login")
                                   .successHandler((request, response, signedIn) -> {
                                       response.setStatus(HttpStatus.OK.value());
                                       response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                                       json.writeValue(response.getOutputStream(), Map.of("username", signedIn.getName()));
                                   })
                                   .failureHandler(problems::signInFailed))
            .logout(logout -> logout.logoutUrl("/logout")
                                    .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
            .requestCache(AbstractHttpConfigurer::disable)
            .csrf(csrf -> csrf.csrfTokenRepository(CsrfCookie.REPOSITORY)
                              .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
            .exceptionHandling(refusals -> refusals
                    .authenticationEntryPoint((request, response, refusal) -> response.sendRedirect(
                            request.getContextPath() + "/login.html?next=" + URLEncoder.encode(wanted(request), StandardCharsets.UTF_8)))
                    .accessDeniedHandler(problems))
            .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                                       .contentSecurityPolicy(csp -> csp.policyDirectives(PAGES_POLICY)))
            .addFilterBefore(new CrossSiteRequestGuard(problems), CsrfFilter.class)
            .addFilterAfter(new CsrfCookie(), CsrfFilter.class);
        return http.build();
    }

    /**
     * A changing request that a signed-in page sent: it carries the session cookie and no credentials of its own. A
     * script's request (with a token or a password) needs no CSRF token: no browser sends those on its own.
     */
    private static RequestMatcher changeFromSignedInPage() {
        return request -> !Reading.only(request) && request.getHeader("Authorization") == null
                && request.getSession(false) != null;
    }

    private static String wanted(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
