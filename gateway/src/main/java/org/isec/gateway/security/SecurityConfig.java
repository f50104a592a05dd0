package org.isec.gateway.security;

import org.isec.gateway.problem.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * The gateway checks the JWT (signature from the JWK set, issuer, expiry, audience {@code isec-api}; see
 * application.yml) and relays it unchanged; roles and ownership are the services' business. Stateless: no
 * session, no saved request, no cookie.
 */
@Configuration
@EnableWebFluxSecurity
class SecurityConfig {

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, Problems problems) {
        ServerAuthenticationEntryPoint unauthenticated = (exchange, failure) -> {
            boolean badToken = failure instanceof OAuth2AuthenticationException;
            return problems.write(exchange, HttpStatus.UNAUTHORIZED,
                    headers -> headers.set(HttpHeaders.WWW_AUTHENTICATE,
                            badToken ? "Bearer error=\"invalid_token\"" : "Bearer"),
                    badToken ? "detail.invalidToken" : "detail.unauthenticated");
        };
        ServerAccessDeniedHandler forbidden =
                (exchange, denied) -> problems.write(exchange, HttpStatus.FORBIDDEN, "detail.forbidden");
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.GET, "/api/membership/charter", "/api/membership/charter/**",
                                "/api/training/certificates/**").permitAll()
                        .pathMatchers(HttpMethod.GET, "/api/*/v3/api-docs/**").permitAll()
                        .pathMatchers("/api/**").authenticated()
                        .pathMatchers("/actuator/health/**").permitAll()
                        .pathMatchers("/actuator/**").denyAll()
                        // Reached only by the circuit breakers' internal forwards, never from outside.
                        .pathMatchers("/fallback/**").denyAll()
                        // The combined API page, unknown paths (404 problem).
                        .anyExchange().permitAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .build();
    }
}
