package org.isec.marketplace.config;

import java.time.Clock;
import org.isec.marketplace.domain.MarketplaceProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(MarketplaceProperties.class)
class MarketplaceConfig {

    /** Deadlines are instants; tests replace this clock to move time instead of waiting. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
