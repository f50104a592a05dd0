package org.isec.defaults.messaging;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publishes         topics this service publishes to (created at start-up)
 * @param consumes          topics this service listens to (created, with their {@code .dlt}, at start-up)
 * @param partitions        partitions of the topics it creates
 * @param replicationFactor replication factor of the topics it creates (1 on the single embedded broker)
 * @param retry             how a failing record is retried before it goes to the dead-letter topic
 */
@ConfigurationProperties("isec.messaging")
record MessagingProperties(@DefaultValue List<String> publishes, @DefaultValue List<String> consumes,
                           @DefaultValue("3") int partitions, @DefaultValue("1") short replicationFactor,
                           @DefaultValue Retry retry) {

    /**
     * @param attempts        deliveries of a record in all, the first included
     * @param initialInterval pause before the first retry
     * @param multiplier      growth of the pause per retry
     * @param maxInterval     longest pause
     */
    record Retry(@DefaultValue("4") int attempts, @DefaultValue("500ms") Duration initialInterval,
                 @DefaultValue("2.0") double multiplier, @DefaultValue("5s") Duration maxInterval) {
    }
}
