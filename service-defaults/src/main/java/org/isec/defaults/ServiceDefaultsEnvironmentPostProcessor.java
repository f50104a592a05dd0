package org.isec.defaults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import com.mongodb.ConnectionString;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds {@code isec-service-defaults.properties} as the property source of lowest precedence, so every service
 * shares one set of defaults and overrides any of them in its own {@code application.yml} or environment.
 * Runs after config data is loaded, so it can derive values from what the service declared.
 */
class ServiceDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE_NAME = "isecServiceDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(SOURCE_NAME)) {
            return;
        }
        try {
            environment.getPropertySources().addLast(
                    new ResourcePropertySource(SOURCE_NAME, new ClassPathResource("isec-service-defaults.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> derived = new HashMap<>();
        String servicePath = environment.getProperty("isec.service.path");
        if (servicePath != null && !servicePath.isBlank()) {
            // The gateway serves every service's document under /api/<service>/v3/api-docs.
            derived.put("springdoc.api-docs.path", "/api/" + servicePath + "/v3/api-docs");
        }
        String database = defaultDatabase(environment);
        if (database != null) {
            derived.put("spring.mongodb.database", database);
        }
        if (!derived.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME + "Derived", derived));
        }
    }

    /**
     * Boot 4 refuses to start without a database name. A service names its own; failing that the URI's database
     * is used, and failing that the application name, so each service still gets a database of its own.
     */
    private static String defaultDatabase(ConfigurableEnvironment environment) {
        if (environment.containsProperty("spring.mongodb.database")) {
            return null;
        }
        String uri = environment.getProperty("spring.mongodb.uri");
        if (uri != null && new ConnectionString(uri).getDatabase() != null) {
            return null;
        }
        String name = environment.getProperty("spring.application.name");
        return name == null || name.isBlank() ? null : name.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
