package org.isec.systemtest.support;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The platform's Kafka as a fault-injection test needs it: write records the services did not write (duplicates,
 * poison), read a topic from its start, and tell when every service has consumed everything there is.
 */
public final class Broker {

    private static final Duration CALL = Duration.ofSeconds(10);
    /** The platform's own topics; the {@code .dlt} ones are written by consumers, not consumed. */
    private static final String PREFIX = "isec.";

    private Broker() {
    }

    /** Writes one record and waits until the broker acknowledged it. */
    public static void produce(String topic, String key, Map<String, String> headers, byte[] value) {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, text) -> record.headers().add(name, text == null ? null : text.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get(CALL.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted writing to " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot write to " + topic + ": " + e.getMessage(), e);
        }
    }

    /** Writes these events again, byte for byte (same topic, key, headers, value): a redelivery, as Kafka may make one. */
    public static void republish(Collection<ReceivedEvent> events) {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
            for (ReceivedEvent event : events) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic(), event.key(), event.value());
                event.headers().forEach((name, text) ->
                        record.headers().add(name, text == null ? null : text.getBytes(StandardCharsets.UTF_8)));
                sent.add(producer.send(record));
            }
            for (var future : sent) {
                future.get(CALL.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted republishing", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot republish: " + e.getMessage(), e);
        }
    }

    /** Every record of these topics from the first to the last one there is now. */
    public static List<ReceivedEvent> readAll(Collection<String> topics) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic, CALL).forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, CALL);
            List<ReceivedEvent> read = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p, CALL) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topics + " to its end within a minute");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        read.add(ReceivedEvent.of(record));
                    }
                }
            }
            return read;
        }
    }

    /** The platform's topics that exist now ({@code isec.*} without the dead-letter ones). */
    public static Set<String> topics() {
        try (Admin admin = admin()) {
            Set<String> topics = new TreeSet<>();
            for (String name : admin.listTopics().names().get(CALL.toSeconds(), TimeUnit.SECONDS)) {
                if (name.startsWith(PREFIX) && !name.endsWith(".dlt")) {
                    topics.add(name);
                }
            }
            return topics;
        } catch (Exception e) {
            throw failure("list topics", e);
        }
    }

    /**
     * How far each service's consumer group is behind, per group and topic (0 when it has consumed everything). A
     * partition counts when the group has committed on it or a member of the group is assigned it now; one assigned
     * but never committed is behind by everything it holds. The system tests' own groups are left out.
     */
    public static Map<String, Map<String, Long>> lag() {
        try (Admin admin = admin()) {
            List<String> groups = new ArrayList<>();
            for (GroupListing group : admin.listGroups(ListGroupsOptions.forConsumerGroups()).all()
                    .get(CALL.toSeconds(), TimeUnit.SECONDS)) {
                if (!group.groupId().startsWith("system-tests")) {
                    groups.add(group.groupId());
                }
            }
            Map<String, ConsumerGroupDescription> described = admin.describeConsumerGroups(groups).all()
                    .get(CALL.toSeconds(), TimeUnit.SECONDS);
            Map<String, Map<String, Long>> lag = new TreeMap<>();
            for (String group : groups) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(CALL.toSeconds(), TimeUnit.SECONDS);
                Set<TopicPartition> partitions = new HashSet<>(committed.keySet());
                described.get(group).members().forEach(member -> partitions.addAll(member.assignment().topicPartitions()));
                partitions.removeIf(partition -> !partition.topic().startsWith(PREFIX));
                var ends = offsets(admin, partitions, OffsetSpec.latest());
                var starts = offsets(admin, partitions, OffsetSpec.earliest());
                Map<String, Long> byTopic = new TreeMap<>();
                for (TopicPartition partition : partitions) {
                    OffsetAndMetadata done = committed.get(partition);
                    long from = done == null ? starts.get(partition) : done.offset();
                    byTopic.merge(partition.topic(), ends.get(partition) - from, Long::sum);
                }
                lag.put(group, byTopic);
            }
            return lag;
        } catch (Exception e) {
            throw failure("read the consumer groups' lag", e);
        }
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, Set<TopicPartition> partitions, OffsetSpec spec)
            throws Exception {
        Map<TopicPartition, OffsetSpec> asked = new LinkedHashMap<>();
        partitions.forEach(partition -> asked.put(partition, spec));
        Map<TopicPartition, Long> offsets = new LinkedHashMap<>();
        admin.listOffsets(asked).all().get(CALL.toSeconds(), TimeUnit.SECONDS)
                .forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    /** The service groups that consume this topic. */
    public static Set<String> groupsConsuming(String topic) {
        Set<String> groups = new TreeSet<>();
        lag().forEach((group, topics) -> {
            if (topics.containsKey(topic)) {
                groups.add(group);
            }
        });
        return groups;
    }

    /** Waits until every service has consumed every record of the platform's topics. */
    public static void awaitAllConsumed(Duration atMost) {
        await("every service consumed every event").atMost(atMost).pollInterval(Duration.ofMillis(500))
                .until(Broker::lag, lag -> lag.values().stream().flatMap(t -> t.values().stream()).allMatch(behind -> behind <= 0));
    }

    private static KafkaProducer<String, byte[]> producer() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Settings.kafkaBootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return new KafkaProducer<>(config);
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Settings.kafkaBootstrapServers());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return new KafkaConsumer<>(config);
    }

    private static Admin admin() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, Settings.kafkaBootstrapServers());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) CALL.toMillis());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) CALL.toMillis());
        return Admin.create(config);
    }

    private static IllegalStateException failure(String what, Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        return new IllegalStateException("cannot " + what + ": " + e.getMessage(), e);
    }
}
