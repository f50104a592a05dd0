package org.isec.defaults.outbox;

import java.util.HashMap;
import java.util.Map;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.kafka.CloudEventSerializer;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.support.ProducerListener;

/** The outbox relay and sweeper of {@link AggregateRoot}s. Switch off with {@code isec.outbox.enabled=false}. */
@AutoConfiguration(after = {DataMongoAutoConfiguration.class, KafkaAutoConfiguration.class})
@ConditionalOnBean({MongoTemplate.class, ProducerFactory.class})
@ConditionalOnProperty(prefix = "isec.outbox", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    /** Boot's producer settings (idempotent, acks=all, short timeouts) with CloudEvents in binary mode. */
    @Bean(destroyMethod = "close")
    OutboxPublisher outboxPublisher(MongoTemplate mongo, ProducerFactory<?, ?> producers, OutboxProperties properties,
                                    ObjectProvider<MeterRegistry> meters) {
        Map<String, Object> cloudEvents = new HashMap<>();
        cloudEvents.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        cloudEvents.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class);
        cloudEvents.put(CloudEventSerializer.ENCODING_CONFIG, Encoding.BINARY);
        @SuppressWarnings("unchecked")
        ProducerFactory<String, CloudEvent> factory = ((ProducerFactory<String, CloudEvent>) producers)
                .copyWithConfigurationOverride(cloudEvents);
        KafkaTemplate<String, CloudEvent> template = new KafkaTemplate<>(factory);
        // The default listener logs failed payloads, which may hold personal data; the publisher logs ids instead.
        template.setProducerListener(new ProducerListener<>() {
        });
        return new OutboxPublisher(mongo, template, properties.sendTimeout(), properties.sweepInterval(),
                meters.getIfAvailable());
    }

    @Bean
    OutboxRelay outboxRelay(OutboxPublisher publisher) {
        return new OutboxRelay(publisher);
    }

    @Bean
    OutboxSweeper outboxSweeper(MongoTemplate mongo, OutboxPublisher publisher, OutboxProperties properties) {
        return new OutboxSweeper(mongo, publisher, properties.sweepInterval(), properties.minAge());
    }
}
