package org.isec.defaults;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceDefaultsEnvironmentPostProcessorTest {

    @Test
    void devDefaultsPointAtTheEmbeddedStack() {
        StandardEnvironment environment = environment(Map.of("spring.application.name", "membership-service"));
        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo("localhost:9092");
        assertThat(environment.getProperty("spring.mongodb.uri")).isEqualTo("mongodb://localhost:27017");
        assertThat(environment.getProperty("isec.security.issuer-uri")).isEqualTo("http://localhost:8180/realms/isec");
        assertThat(environment.getProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri"))
                .isEqualTo("http://localhost:8180/realms/isec/protocol/openid-connect/certs");
        assertThat(environment.getProperty("spring.kafka.consumer.group-id")).isEqualTo("membership-service");
        assertThat(environment.getProperty("spring.mongodb.database")).isEqualTo("membership-service");
    }

    @Test
    void environmentVariablesOverrideTheDevDefaults() {
        StandardEnvironment environment = environment(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", "kafka:9092",
                "MONGODB_URI", "mongodb://mongo:27017/?replicaSet=rs0",
                "KEYCLOAK_URL", "http://keycloak:8080"));
        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo("kafka:9092");
        assertThat(environment.getProperty("spring.mongodb.uri")).isEqualTo("mongodb://mongo:27017/?replicaSet=rs0");
        assertThat(environment.getProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri"))
                .isEqualTo("http://keycloak:8080/realms/isec/protocol/openid-connect/certs");
    }

    @Test
    void anExplicitIssuerAndJwkSetUriWin() {
        StandardEnvironment environment = environment(Map.of(
                "KEYCLOAK_ISSUER_URI", "https://login.isec.it/realms/isec",
                "KEYCLOAK_JWK_SET_URI", "http://keycloak.internal/realms/isec/protocol/openid-connect/certs"));
        assertThat(environment.getProperty("isec.security.issuer-uri")).isEqualTo("https://login.isec.it/realms/isec");
        assertThat(environment.getProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri"))
                .isEqualTo("http://keycloak.internal/realms/isec/protocol/openid-connect/certs");
    }

    @Test
    void aServiceOwnSettingsWin() {
        StandardEnvironment environment = environment(Map.of(
                "spring.kafka.consumer.group-id", "marketplace",
                "spring.mongodb.database", "marketplace",
                "isec.service.path", "marketplace"));
        assertThat(environment.getProperty("spring.kafka.consumer.group-id")).isEqualTo("marketplace");
        assertThat(environment.getProperty("spring.mongodb.database")).isEqualTo("marketplace");
        assertThat(environment.getProperty("springdoc.api-docs.path")).isEqualTo("/api/marketplace/v3/api-docs");
    }

    @Test
    void aDatabaseNamedInTheUriIsKept() {
        StandardEnvironment environment = environment(Map.of("spring.application.name", "training-service",
                "MONGODB_URI", "mongodb://mongo:27017/training"));
        assertThat(environment.getProperty("spring.mongodb.database")).isNull();
    }

    private static StandardEnvironment environment(Map<String, Object> declared) {
        StandardEnvironment environment = new StandardEnvironment();
        // Only what the test declares: other tests in this JVM set system properties for their infrastructure.
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("declared", new HashMap<>(declared)));
        new ServiceDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }
}
