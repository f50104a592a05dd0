package org.isec.membership.messaging;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.isec.contracts.IsecCloudEvents;
import org.isec.contracts.Topics;
import org.isec.contracts.training.CourseCompleted;
import org.isec.devstack.junit.Infrastructure;
import org.isec.membership.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Training's CourseCompleted, sent through the real broker as training sends it. */
class CourseCompletedTest extends IntegrationTest {

    private final KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafkaBootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new CloudEventSerializer());
    private final Admin admin = Admin.create(Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafkaBootstrapServers()));

    @AfterEach
    void close() {
        producer.close();
        admin.close();
    }

    @Test
    void aRedeliveredEthicsCourseCompletionIsRecordedOnce() throws Exception {
        Member m = newMember();
        CloudEvent completion = completion(m, "ETHICS");

        send(completion);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                mvc.perform(get("/api/membership/members/me").with(member(m)))
                        .andExpect(jsonPath("$.ethicsTrainings", hasSize(1))));

        send(completion);
        awaitConsumed();

        mvc.perform(get("/api/membership/members/me").with(member(m)))
                .andExpect(jsonPath("$.ethicsTrainings", hasSize(1)))
                .andExpect(jsonPath("$.ethicsTrainings[0].title.it").value("Etica d'impresa e Global Compact"));
    }

    @Test
    void coursesOnOtherTopicsAreNotTheCharterTraining() throws Exception {
        Member m = newMember();

        send(completion(m, "FINANCE"));
        awaitConsumed();

        mvc.perform(get("/api/membership/members/me").with(member(m)))
                .andExpect(jsonPath("$.ethicsTrainings", hasSize(0)));
    }

    private CloudEvent completion(Member m, String topic) {
        String enrollmentId = UUID.randomUUID().toString();
        var completed = new CourseCompleted(enrollmentId, "course-ethics-1", topic,
                Map.of("it", "Etica d'impresa e Global Compact", "en", "Business ethics and the Global Compact"),
                m.memberId(), m.userId(), Instant.now().truncatedTo(ChronoUnit.MILLIS));
        return IsecCloudEvents.of(completed, UUID.randomUUID().toString(), completed.completedAt(), Map.of());
    }

    private void send(CloudEvent event) throws Exception {
        producer.send(new ProducerRecord<>(Topics.TRAINING, event.getSubject(), event)).get();
    }

    /** Until the service's consumer group has committed past everything on the topic. */
    private void awaitConsumed() {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var committed = admin.listConsumerGroupOffsets("membership-service").partitionsToOffsetAndMetadata().get();
            var partitions = admin.describeTopics(java.util.List.of(Topics.TRAINING)).allTopicNames().get()
                    .get(Topics.TRAINING).partitions().stream()
                    .map(info -> new TopicPartition(Topics.TRAINING, info.partition()))
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
            var ends = admin.listOffsets(partitions).all().get();
            return partitions.keySet().stream().allMatch(p -> ends.get(p).offset() == 0
                    || (committed.get(p) != null && committed.get(p).offset() >= ends.get(p).offset()));
        });
    }
}
