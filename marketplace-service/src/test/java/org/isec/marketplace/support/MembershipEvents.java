package org.isec.marketplace.support;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.isec.contracts.IsecCloudEvents;
import org.isec.contracts.IsecEvent;
import org.isec.contracts.Topics;
import org.isec.contracts.membership.ContactPerson;
import org.isec.contracts.membership.MemberApproved;
import org.isec.contracts.membership.MemberProfileUpdated;
import org.isec.contracts.membership.MemberReinstated;
import org.isec.contracts.membership.MemberSuspended;
import org.isec.contracts.membership.OrganizationProfile;
import org.isec.devstack.junit.Infrastructure;

/**
 * Plays membership: publishes its CloudEvents on {@code isec.membership} exactly as membership's outbox relay
 * does (binary mode, key = member id), so the marketplace learns about members only the way it does in production.
 */
public final class MembershipEvents {

    public static final String CHARTER = "2026.1";
    private static MembershipEvents instance;

    private final KafkaProducer<String, CloudEvent> producer;

    private MembershipEvents() {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 0),
                new StringSerializer(), new CloudEventSerializer());
    }

    public static synchronized MembershipEvents instance() {
        if (instance == null) {
            instance = new MembershipEvents();
        }
        return instance;
    }

    public static OrganizationProfile profile(String name, List<String> ateco, String region, String province,
                                              List<String> languages, List<String> capabilities) {
        return new OrganizationProfile(name, "SRL", ateco, region, province, null, languages, capabilities, 5, 2015, null, List.of());
    }

    public String approved(String memberId, OrganizationProfile profile) {
        return publish(new MemberApproved(memberId, UUID.randomUUID().toString(), UUID.randomUUID().toString(), profile,
                new ContactPerson("Test", "test@example.org", "it"), CHARTER, Instant.now()));
    }

    public String suspended(String memberId, String reason, String detail) {
        return publish(new MemberSuspended(memberId, reason, detail, null, Instant.now()));
    }

    public String reinstated(String memberId) {
        return publish(new MemberReinstated(memberId, MemberReinstated.OPERATOR_DECISION, null, Instant.now()));
    }

    public String profileUpdated(String memberId, OrganizationProfile profile) {
        return publish(new MemberProfileUpdated(memberId, profile, null, List.of("capabilities"), Instant.now()));
    }

    /** Publishes {@code event} with a fresh CloudEvent id; returns the id. */
    public String publish(IsecEvent event) {
        String id = UUID.randomUUID().toString();
        publish(event, id);
        return id;
    }

    /** Publishes with a given id, e.g. to deliver the same event twice. */
    public void publish(IsecEvent event, String id) {
        CloudEvent ce = IsecCloudEvents.of(event, id, Instant.now(), Map.of());
        try {
            producer.send(new ProducerRecord<>(Topics.MEMBERSHIP, event.subject(), ce)).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + event, e);
        }
    }
}
