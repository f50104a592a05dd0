package org.isec.devstack.junit;

import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@WithInfrastructure
class WithInfrastructureTest {

    @Test
    void publishesTheAddressesAsSpringAndEnvironmentStyleProperties() {
        assertThat(System.getProperty("spring.kafka.bootstrap-servers")).isEqualTo(Infrastructure.kafkaBootstrapServers());
        assertThat(System.getProperty("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo(Infrastructure.kafkaBootstrapServers());
        assertThat(System.getProperty("spring.mongodb.uri")).isEqualTo(Infrastructure.mongoUri());
        assertThat(System.getProperty("MONGODB_URI")).isEqualTo(Infrastructure.mongoUri());
    }

    @Test
    void aRecordProducedToANewTopicIsConsumedBack() throws Exception {
        var topic = "devstack.test." + UUID.randomUUID();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "member-42", "MemberApproved")).get();
        }

        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "devstack-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            var received = new ArrayList<String>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> received.add(r.key() + "=" + r.value()));
                return !received.isEmpty();
            });
            assertThat(received).containsExactly("member-42=MemberApproved");
        }
    }

    @Test
    void aDocumentInsertedWithTheRealDriverIsFoundAgain() {
        try (var client = MongoClients.create(Infrastructure.mongoUri())) {
            var members = client.getDatabase("devstack-test").getCollection("members");
            var id = UUID.randomUUID().toString();
            members.insertOne(new Document("_id", id).append("legalName", "Cooperativa Sole").append("region", "Lombardia"));

            var found = members.find(new Document("_id", id)).first();

            assertThat(found).isNotNull();
            assertThat(found.getString("legalName")).isEqualTo("Cooperativa Sole");
        }
    }
}
