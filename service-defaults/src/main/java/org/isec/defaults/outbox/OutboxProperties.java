package org.isec.defaults.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param sweepInterval how often the sweeper looks for events left in documents
 * @param minAge        how old a left event must be before the sweeper takes it (the relay normally sends
 *                      it within milliseconds of the save)
 * @param sendTimeout   how long the relay waits for Kafka's acknowledgement of one event
 */
@ConfigurationProperties("isec.outbox")
record OutboxProperties(@DefaultValue("5s") Duration sweepInterval, @DefaultValue("2s") Duration minAge,
                        @DefaultValue("10s") Duration sendTimeout) {
}
