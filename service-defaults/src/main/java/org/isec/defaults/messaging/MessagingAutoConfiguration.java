package org.isec.defaults.messaging;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.isec.contracts.Topics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.kafka.support.ProducerListener;
import tools.jackson.core.JacksonException;

/**
 * Consuming CloudEvents safely: bounded retries with back-off, then {@code <topic>.dlt} with the original bytes and
 * the reason in headers; records unreadable as CloudEvents go there at once. Plus topic creation, correlation ids
 * in handler logs, and the idempotency helpers.
 */
@AutoConfiguration(after = {KafkaAutoConfiguration.class, DataMongoAutoConfiguration.class})
@ConditionalOnClass(KafkaTemplate.class)
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    @ConditionalOnBean(ProducerFactory.class)
    @SuppressWarnings("unchecked")
    DefaultErrorHandler isecKafkaErrorHandler(ProducerFactory<?, ?> producers, MessagingProperties properties) {
        KafkaTemplate<Object, Object> deadLetters = new KafkaTemplate<>(
                ((ProducerFactory<Object, Object>) producers).copyWithConfigurationOverride(
                Map.of(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, DeadLetterSerializer.class,
                        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, DeadLetterSerializer.class)));
        deadLetters.setProducerListener(new ProducerListener<>() {
        });
        // Partition -1: Kafka picks it from the key, so a dead letter keeps its aggregate's ordering.
        var recoverer = new DeadLetterPublishingRecoverer(deadLetters,
                (record, e) -> new TopicPartition(Topics.dlt(record.topic()), -1));
        MessagingProperties.Retry retry = properties.retry();
        var backOff = new ExponentialBackOffWithMaxRetries(Math.max(0, retry.attempts() - 1));
        backOff.setInitialInterval(retry.initialInterval().toMillis());
        backOff.setMultiplier(retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        var handler = new DefaultErrorHandler(recoverer, backOff);
        // Data that does not parse will not parse on the next attempt either.
        handler.addNotRetryableExceptions(JacksonException.class, IllegalArgumentException.class);
        return handler;
    }

    @Bean
    @ConditionalOnMissingBean(RecordInterceptor.class)
    RecordInterceptor<Object, Object> isecCorrelationRecordInterceptor() {
        return new CorrelationRecordInterceptor();
    }

    @Bean
    KafkaAdmin.NewTopics isecTopics(MessagingProperties properties) {
        Set<String> names = new LinkedHashSet<>(properties.publishes());
        for (String consumed : properties.consumes()) {
            // Created here too, so a consumer that starts before the producer subscribes to an existing topic.
            names.add(consumed);
            names.add(Topics.dlt(consumed));
        }
        List<NewTopic> topics = new ArrayList<>();
        for (String name : names) {
            topics.add(TopicBuilder.name(name).partitions(properties.partitions())
                    .replicas(properties.replicationFactor()).build());
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    @Bean
    @ConditionalOnBean(MongoTemplate.class)
    @ConditionalOnMissingBean
    ProcessedEvents processedEvents(MongoTemplate mongo,
            @Value("${spring.kafka.consumer.group-id:${spring.application.name:application}}") String group) {
        return new ProcessedEvents(mongo, group);
    }

    @Bean
    @ConditionalOnBean(MongoTemplate.class)
    @ConditionalOnMissingBean
    Projections projections(MongoTemplate mongo) {
        return new Projections(mongo);
    }
}
