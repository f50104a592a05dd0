package org.isec.defaults.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.isec.contracts.IsecCloudEvents;
import org.isec.contracts.Topics;
import org.isec.contracts.membership.MemberSuspended;
import org.isec.defaults.KafkaTopicReader;
import org.isec.defaults.testapp.TestApplication;
import org.isec.defaults.testapp.TestListener;
import org.isec.devstack.junit.Infrastructure;
import org.isec.devstack.junit.WithInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.isec.defaults.KafkaTopicReader.header;

@WithInfrastructure
@SpringBootTest(classes = TestApplication.class, properties = {
        "spring.mongodb.database=messaging_test",
        "test.listener.topic=" + MessagingTest.TOPIC,
        "isec.messaging.consumes=" + MessagingTest.TOPIC,
        "isec.messaging.retry.attempts=3",
        "isec.messaging.retry.initial-interval=50ms",
        "isec.outbox.enabled=false"})
class MessagingTest {

    static final String TOPIC = "isec.test.messaging";

    private static final KafkaTopicReader DEAD_LETTERS = new KafkaTopicReader(Topics.dlt(TOPIC));
    private static final KafkaProducer<String, CloudEvent> CLOUD_EVENTS = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafkaBootstrapServers()),
            new StringSerializer(), new CloudEventSerializer());
    private static final KafkaProducer<String, byte[]> RAW = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafkaBootstrapServers()),
            new StringSerializer(), new ByteArraySerializer());

    @Autowired
    TestListener listener;

    @Autowired
    MongoTemplate mongo;

    @AfterAll
    static void close() {
        DEAD_LETTERS.close();
        CLOUD_EVENTS.close();
        RAW.close();
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() throws Exception {
        String memberId = UUID.randomUUID().toString();
        CloudEvent event = suspended(memberId, "corr-redelivery");

        send(memberId, event);
        send(memberId, event);

        await().atMost(Duration.ofSeconds(30)).until(() -> deliveries(event.getId()) == 2);
        Document projection = mongo.getCollection(TestListener.PROJECTION).find(new Document("_id", memberId)).first();
        assertThat(projection.getInteger("suspensions")).isEqualTo(1);
        assertThat(projection.getList(Projections.APPLIED, String.class)).containsExactly(event.getId());
        assertThat(listener.effects.get(event.getId())).hasValue(1);
        assertThat(listener.correlationIds.get(event.getId())).isEqualTo("corr-redelivery");
    }

    @Test
    void projectionsKeepCountingDistinctEvents() throws Exception {
        String memberId = UUID.randomUUID().toString();
        CloudEvent first = suspended(memberId, null);
        CloudEvent second = suspended(memberId, null);

        send(memberId, first);
        send(memberId, second);

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Document projection = mongo.getCollection(TestListener.PROJECTION)
                    .find(new Document("_id", memberId)).first();
            return projection != null && projection.getInteger("suspensions") == 2;
        });
    }

    @Test
    void anEventWhoseHandlerAlwaysFailsGoesToTheDeadLetterTopicAfterBoundedRetries() throws Exception {
        CloudEvent poison = suspended(TestListener.ALWAYS_FAILS, "corr-poison");
        send("poison-" + poison.getId(), poison);

        ConsumerRecord<String, byte[]> dead = DEAD_LETTERS.awaitRecords("poison-" + poison.getId(), 1).getFirst();

        assertThat(deliveries(poison.getId())).isEqualTo(3);
        assertThat(header(dead, "ce_id")).isEqualTo(poison.getId());
        assertThat(header(dead, "ce_type")).isEqualTo("isec.membership.MemberSuspended");
        assertThat(dead.value()).isEqualTo(IsecCloudEvents.dataBytes(poison));
        assertThat(header(dead, "kafka_dlt-exception-message")).contains("handler always fails");
        assertThat(header(dead, "kafka_dlt-exception-stacktrace")).contains("IllegalStateException");
        assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(TOPIC);
        assertThat(header(dead, "kafka_dlt-original-consumer-group")).isEqualTo("defaults-test");
        assertThat(dead.headers().lastHeader("kafka_dlt-original-offset")).isNotNull();

        assertTheConsumerGoesOn();
    }

    @Test
    void bytesThatAreNoCloudEventGoToTheDeadLetterTopicUntouchedWithoutRetries() throws Exception {
        String key = "garbage-" + UUID.randomUUID();
        byte[] garbage = "{not json, not a CloudEvent \u0000".getBytes(StandardCharsets.UTF_8);
        RAW.send(new ProducerRecord<>(TOPIC, key, garbage)).get();

        ConsumerRecord<String, byte[]> dead = DEAD_LETTERS.awaitRecords(key, 1).getFirst();

        assertThat(dead.value()).isEqualTo(garbage);
        assertThat(header(dead, "kafka_dlt-exception-fqcn")).contains("DeserializationException");
        assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(TOPIC);
        assertThat(DEAD_LETTERS.recordsNow(key)).hasSize(1);

        assertTheConsumerGoesOn();
    }

    private void assertTheConsumerGoesOn() throws Exception {
        String memberId = UUID.randomUUID().toString();
        CloudEvent next = suspended(memberId, null);
        send(memberId, next);
        await().atMost(Duration.ofSeconds(30)).until(() -> listener.effects.containsKey(next.getId()));
    }

    private int deliveries(String eventId) {
        var count = listener.deliveries.get(eventId);
        return count == null ? 0 : count.get();
    }

    private static CloudEvent suspended(String memberId, String correlationId) {
        MemberSuspended event = new MemberSuspended(memberId, MemberSuspended.ETHICS_SUSPENSION, "report upheld", null,
                Instant.parse("2025-06-30T10:00:00Z"));
        return IsecCloudEvents.of(event, UUID.randomUUID().toString(), Instant.now(),
                correlationId == null ? Map.of() : Map.of(IsecCloudEvents.CORRELATION_ID, correlationId));
    }

    private static void send(String key, CloudEvent event) throws Exception {
        CLOUD_EVENTS.send(new ProducerRecord<>(TOPIC, key, event)).get();
    }

}
