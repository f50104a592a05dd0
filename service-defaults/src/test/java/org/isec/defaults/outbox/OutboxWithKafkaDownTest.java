package org.isec.defaults.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.isec.contracts.Topics;
import org.isec.defaults.ClosedPorts;
import org.isec.defaults.KafkaTopicReader;
import org.isec.defaults.testapp.TestApplication;
import org.isec.devstack.junit.Infrastructure;
import org.isec.devstack.junit.WithInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.isec.defaults.KafkaTopicReader.header;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** MongoDB is up, Kafka is not: requests still succeed and their events wait in the documents. */
@WithInfrastructure
@SpringBootTest(classes = TestApplication.class, properties = {
        "spring.mongodb.database=outbox_kafka_down_test",
        "spring.kafka.producer.properties.max.block.ms=500",
        "isec.outbox.sweep-interval=1h"})
@AutoConfigureMockMvc
class OutboxWithKafkaDownTest {

    @DynamicPropertySource
    static void deadKafka(DynamicPropertyRegistry registry) {
        // Only the service's broker address is dead; the test infrastructure's broker stays up for the later sweep.
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + ClosedPorts.next());
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MeterRegistry meters;

    @Test
    void theApiAnswersAndTheEventsWaitUntilKafkaIsBack() throws Exception {
        double failuresBefore = failures();
        MvcResult created = mvc.perform(post("/api/test/members").with(jwt()))
                .andExpect(status().isCreated())
                .andReturn();
        String id = JsonMapper.builder().build().readTree(created.getResponse().getContentAsString())
                .get("id").asString();

        await().atMost(Duration.ofSeconds(30)).until(() -> failures() > failuresBefore);
        assertThat(outboxOf(id)).hasSize(1);

        // Kafka is back: the next sweep, here with a publisher that reaches the live broker, delivers the event.
        try (OutboxPublisher live = new OutboxPublisher(mongo, liveKafka(), Duration.ofSeconds(10), Duration.ZERO,
                null); KafkaTopicReader membership = new KafkaTopicReader(Topics.MEMBERSHIP)) {
            OutboxSweeper sweeper = new OutboxSweeper(mongo, live, Duration.ofHours(1), Duration.ZERO);
            sweeper.sweep();
            assertThat(membership.awaitRecords(id, 1)).extracting(r -> header(r, "ce_type"))
                    .containsExactly("isec.membership.MemberSuspended");
            await().atMost(Duration.ofSeconds(10)).until(() -> outboxOf(id).isEmpty());
        }
    }

    @Test
    void kafkaBeingDownDoesNotMakeTheServiceUnready() throws Exception {
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        // Details only for a signed-in caller: the ping-based indicator answers as "mongo".
        mvc.perform(get("/actuator/health").with(jwt()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.mongo.status").value("UP"))
                .andExpect(jsonPath("$.components.mongo.details.database").value("outbox_kafka_down_test"));
        mvc.perform(get("/actuator/health"))
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    private double failures() {
        return meters.counter("isec.outbox.failures").count();
    }

    private List<?> outboxOf(String id) {
        Document document = mongo.getCollection("test_members").find(new Document("_id", id)).first();
        return document == null ? List.of() : document.getList("outbox", Object.class, List.of());
    }

    private static KafkaTemplate<String, CloudEvent> liveKafka() {
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class,
                ProducerConfig.ACKS_CONFIG, "all")));
    }
}
