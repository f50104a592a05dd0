package org.isec.defaults.security;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.DispatcherType;
import org.isec.defaults.problem.ProblemAutoConfiguration;
import org.isec.defaults.problem.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A stateless JWT resource server for Keycloak realm {@code isec}: signature from the JWK set, issuer, expiry and
 * audience checked; realm roles as {@code ROLE_*}; {@link Caller} for controllers; 401/403 as problem+json.
 * The JWK set is fetched on the first token, never at start-up, so a service starts while Keycloak is down.
 */
@AutoConfiguration(after = ProblemAutoConfiguration.class, before = {OAuth2ResourceServerAutoConfiguration.class,
        ServletWebSecurityAutoConfiguration.class, ManagementWebSecurityAutoConfiguration.class,
        UserDetailsServiceAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
@EnableMethodSecurity
public class IsecSecurityAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IsecSecurityAutoConfiguration.class);

    static {
        // The caller comes from the token, not from the request: keep it out of the OpenAPI document.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri}") String jwkSetUri,
                          SecurityProperties properties) {
        var requests = new SimpleClientHttpRequestFactory();
        // A hanging Keycloak must not hold request threads for long.
        requests.setConnectTimeout(Duration.ofSeconds(2));
        requests.setReadTimeout(Duration.ofSeconds(5));
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri)
                .restOperations(new RestTemplate(requests))
                .build();
        decoder.setJwtValidator(validator(properties));
        return decoder;
    }

    static OAuth2TokenValidator<Jwt> validator(SecurityProperties properties) {
        if (properties.issuerUri() == null || properties.issuerUri().isBlank()) {
            throw new IllegalStateException("isec.security.issuer-uri is not set (env KEYCLOAK_ISSUER_URI)");
        }
        // createDefaultWithIssuer also checks exp/nbf with a small clock skew.
        return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(properties.issuerUri()),
                new JwtAudienceValidator(properties.audience()));
    }

    @Bean
    @ConditionalOnMissingBean
    KeycloakJwtConverter keycloakJwtConverter() {
        return new KeycloakJwtConverter();
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain isecSecurityFilterChain(HttpSecurity http, JwtDecoder decoder, KeycloakJwtConverter converter,
                                                SecurityProperties properties, ProblemWriter problems)
            throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> problems.unauthenticated(request, response);
        AccessDeniedHandler forbidden = (request, response, e) -> problems.forbidden(request, response);
        AuthenticationFailureHandler tokenFailure = (request, response, e) -> {
            if (e instanceof AuthenticationServiceException) {
                // Not the caller's fault: the keys to check the token could not be fetched.
                log.warn("cannot check a bearer token: {}", e.getMessage());
                problems.authenticationUnavailable(request, response);
            } else {
                problems.unauthenticated(request, response);
            }
        };
        PublicPaths publicPaths = PublicPaths.parse(properties.publicPaths());
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(authorize -> {
                    authorize.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll();
                    authorize.requestMatchers(PublicPaths.ALWAYS.toArray(String[]::new)).permitAll();
                    for (PublicPaths.Entry entry : publicPaths.entries()) {
                        if (entry.method() == null) {
                            authorize.requestMatchers(entry.pattern()).permitAll();
                        } else {
                            authorize.requestMatchers(entry.method(), entry.pattern()).permitAll();
                        }
                    }
                    authorize.anyRequest().authenticated();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden)
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(tokenFailure);
                                return filter;
                            }
                        }))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden));
        return http.build();
    }

    @Bean
    WebMvcConfigurer isecCallerArgumentResolver() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }
}
