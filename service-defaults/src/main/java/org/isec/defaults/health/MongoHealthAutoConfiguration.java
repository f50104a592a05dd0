package org.isec.defaults.health;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A dead MongoDB is noticed fast: a short server-selection timeout turns it into a 503 within seconds instead of
 * the driver's 30 s, and health (liveness stays up, readiness goes down) pings instead of sending {@code hello}.
 */
@AutoConfiguration(before = MongoHealthContributorAutoConfiguration.class,
        after = DataMongoAutoConfiguration.class)
@ConditionalOnClass(MongoTemplate.class)
public class MongoHealthAutoConfiguration {

    @Bean
    MongoClientSettingsBuilderCustomizer isecMongoFailFast(
            @Value("${isec.mongo.server-selection-timeout:2s}") Duration serverSelection,
            @Value("${isec.mongo.connect-timeout:2s}") Duration connect) {
        return new MongoClientSettingsBuilderCustomizer() {
            @Override
            public void customize(com.mongodb.MongoClientSettings.Builder builder) {
                builder.applyToClusterSettings(cluster ->
                        cluster.serverSelectionTimeout(serverSelection.toMillis(), TimeUnit.MILLISECONDS));
                builder.applyToSocketSettings(socket ->
                        socket.connectTimeout((int) connect.toMillis(), TimeUnit.MILLISECONDS));
            }
        };
    }

    /** Named so that it shows as {@code mongo} in /actuator/health and the readiness group. */
    @Bean
    @ConditionalOnBean(MongoTemplate.class)
    @ConditionalOnMissingBean(name = "mongoHealthIndicator")
    HealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }
}
