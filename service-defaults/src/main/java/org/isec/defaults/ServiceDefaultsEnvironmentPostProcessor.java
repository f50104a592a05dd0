package org.isec.defaults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

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
        String servicePath = environment.getProperty("isec.service.path");
        if (servicePath != null && !servicePath.isBlank()) {
            // The gateway serves every service's document under /api/<service>/v3/api-docs.
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME + "Derived",
                    Map.of("springdoc.api-docs.path", "/api/" + servicePath + "/v3/api-docs")));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
