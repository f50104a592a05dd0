package org.isec.defaults;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.isec.devstack.junit.Infrastructure;

import static org.awaitility.Awaitility.await;

/** Reads a topic from the beginning as raw bytes and headers, the way a foreign consumer would see it. */
public final class KafkaTopicReader implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    public KafkaTopicReader(String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, "500"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
    }

    /** Waits until {@code count} records with this key have arrived, and returns all with this key. */
    public List<ConsumerRecord<String, byte[]>> awaitRecords(String key, int count) {
        Predicate<ConsumerRecord<String, byte[]>> withKey = r -> key.equals(r.key());
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            return seen.stream().filter(withKey).count() >= count;
        });
        return seen.stream().filter(withKey).toList();
    }

    /** Everything read so far with this key, after reading what is there now. */
    public List<ConsumerRecord<String, byte[]>> recordsNow(String key) {
        consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
        return seen.stream().filter(r -> key.equals(r.key())).toList();
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
