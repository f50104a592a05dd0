package org.isec.membership.provisioning;

import java.time.Clock;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import org.isec.membership.domain.ProvisioningTasks;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KeycloakProperties.class)
class ProvisioningConfig {

    static final String RESILIENCE_NAME = "keycloak";

    @Bean
    KeycloakAdmin keycloakAdmin(RestClient.Builder builder, KeycloakProperties keycloak, Clock clock) {
        RestClient http = builder.clone()
                .baseUrl(keycloak.url())
                .requestFactory(ClientHttpRequestFactoryBuilder.jdk().build(
                        HttpClientSettings.defaults()
                                .withConnectTimeout(keycloak.timeout())
                                .withReadTimeout(keycloak.timeout())))
                .build();
        return new KeycloakAdmin(http, new ServiceAccountToken(http, keycloak, clock), keycloak);
    }

    @Bean
    ProvisioningWorker provisioningWorker(ProvisioningTasks tasks, KeycloakAdmin keycloak,
                                          CircuitBreakerRegistry circuitBreakers, RetryRegistry retries) {
        return new ProvisioningWorker(tasks, keycloak, circuitBreakers.circuitBreaker(RESILIENCE_NAME),
                retries.retry(RESILIENCE_NAME));
    }
}
