package vn.planflow.config;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Two doors. Camunda's webapps and REST keep their own login, CSRF protection and basic auth
 * (registered below); the domain API uses HTTP basic against the same Camunda users.
 */
@Configuration
@org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity
public class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain camundaChain(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder p = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new OrRequestMatcher(p.matcher("/camunda/**"), p.matcher("/engine-rest/**"),
                        p.matcher("/lib/**"), p.matcher("/"), p.matcher("/favicon.ico"),
                        p.matcher("/camunda-welcome"), p.matcher("/camunda-welcome/**")))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .headers(h -> h.frameOptions(f -> f.sameOrigin()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, EngineAuthenticationFilter engineAuthentication,
                                 WebappSessionAuthenticationFilter webappSession) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/error").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(b -> b.realmName("PlanFlow").authenticationEntryPoint(new BasicEntryPoint()))
                .exceptionHandling(e -> e.authenticationEntryPoint(new BasicEntryPoint()))
                // The Tasklist session is read here, never created, renewed or changed.
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        .sessionFixation(f -> f.none()))
                // Stateless basic auth: no cookie, so no CSRF exposure on the domain API.
                .csrf(c -> c.disable())
                .addFilterBefore(webappSession,
                        org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
                .addFilterAfter(engineAuthentication,
                        org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class);
        return http.build();
    }

    /** Camunda REST has no authentication of its own; this makes it ask for Camunda credentials. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> bean =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        bean.addUrlPatterns("/engine-rest/*");
        bean.addInitParameter("authentication-provider",
                "org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider");
        bean.setName("engine-rest-authentication");
        return bean;
    }

    @Bean
    FilterRegistrationBean<EngineAuthenticationFilter> engineAuthenticationFilterRegistration(
            EngineAuthenticationFilter filter) {
        // Runs inside the security chain only; keep the servlet container from adding it twice.
        FilterRegistrationBean<EngineAuthenticationFilter> bean = new FilterRegistrationBean<>(filter);
        bean.setEnabled(false);
        return bean;
    }

    @Bean
    FilterRegistrationBean<WebappSessionAuthenticationFilter> webappSessionFilterRegistration(
            WebappSessionAuthenticationFilter filter) {
        FilterRegistrationBean<WebappSessionAuthenticationFilter> bean = new FilterRegistrationBean<>(filter);
        bean.setEnabled(false);
        return bean;
    }

    /**
     * The dashboard pages are opened with the Tasklist session: without one, the person is sent to
     * the dashboard's own sign-in page, which opens that session and then shows the page asked for.
     */
    static void dashboardSignIn(jakarta.servlet.http.HttpServletRequest request,
                                jakarta.servlet.http.HttpServletResponse response) {
        String asked = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        response.setStatus(302);
        response.setHeader("Location", request.getContextPath() + "/camunda/lib/planflow/signin.html?next="
                + java.net.URLEncoder.encode(asked, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** 401 with a basic challenge and a short JSON body, never a login page. */
    static class BasicEntryPoint implements org.springframework.security.web.AuthenticationEntryPoint {
        @Override
        public void commence(jakarta.servlet.http.HttpServletRequest request,
                             jakarta.servlet.http.HttpServletResponse response,
                             org.springframework.security.core.AuthenticationException ex) {
            String dashboard = request.getContextPath() + "/dashboard";
            if (request.getRequestURI().equals(dashboard) || request.getRequestURI().startsWith(dashboard + "/")) {
                dashboardSignIn(request, response);
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"PlanFlow\"");
            response.setStatus(401);
            response.setContentType("application/json;charset=UTF-8");
            try {
                response.getWriter().write("{\"status\":401,\"message\":\"Cần đăng nhập\"}");
            } catch (java.io.IOException ignored) {
                // the client went away
            }
        }
    }
}
