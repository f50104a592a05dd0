package org.isec.defaults.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.isec.contracts.EventCodec;
import org.isec.contracts.Topics;
import org.isec.contracts.membership.MemberSuspended;
import org.isec.defaults.KafkaTopicReader;
import org.isec.defaults.testapp.TestApplication;
import org.isec.defaults.testapp.TestMember;
import org.isec.defaults.testapp.TestMemberRepository;
import org.isec.defaults.web.CorrelationId;
import org.isec.devstack.junit.WithInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.isec.defaults.KafkaTopicReader.header;

@WithInfrastructure
@SpringBootTest(classes = TestApplication.class, properties = {
        "spring.mongodb.database=outbox_relay_test",
        "isec.messaging.publishes=isec.membership",
        "isec.outbox.sweep-interval=300ms",
        "isec.outbox.min-age=500ms"})
class OutboxRelayTest {

    private static final KafkaTopicReader MEMBERSHIP = new KafkaTopicReader(Topics.MEMBERSHIP);

    @Autowired
    TestMemberRepository members;

    @Autowired
    MongoTemplate mongo;

    @AfterAll
    static void closeReader() {
        MEMBERSHIP.close();
    }

    @Test
    void savedEventsReachKafkaAsBinaryCloudEventsInOrderAndLeaveTheDocument() {
        String id = UUID.randomUUID().toString();
        TestMember member = new TestMember(id);
        MDC.put(CorrelationId.MDC_KEY, "corr-outbox-1");
        try {
            member.suspend("late payments");
            member.reinstate();
            members.save(member);
        } finally {
            MDC.remove(CorrelationId.MDC_KEY);
        }
        List<OutboxEvent> raised = member.pendingEvents();

        List<ConsumerRecord<String, byte[]>> records = MEMBERSHIP.awaitRecords(id, 2);

        ConsumerRecord<String, byte[]> suspended = records.get(0);
        assertThat(header(suspended, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(suspended, "ce_id")).isEqualTo(raised.get(0).id().toString());
        assertThat(header(suspended, "ce_type")).isEqualTo("isec.membership.MemberSuspended");
        assertThat(header(suspended, "ce_source")).isEqualTo("/isec/membership");
        assertThat(header(suspended, "ce_subject")).isEqualTo(id);
        assertThat(header(suspended, "ce_dataschema")).isEqualTo("urn:isec:schema:isec.membership.MemberSuspended:v1");
        assertThat(Instant.parse(header(suspended, "ce_time"))).isEqualTo(raised.get(0).time());
        assertThat(header(suspended, "content-type")).isEqualTo("application/json");
        assertThat(header(suspended, "ce_correlationid")).isEqualTo("corr-outbox-1");
        assertThat(EventCodec.fromJson(suspended.value(), MemberSuspended.class).detail()).isEqualTo("late payments");
        assertThat(header(records.get(1), "ce_type")).isEqualTo("isec.membership.MemberReinstated");
        assertThat(records).hasSize(2);

        await().atMost(Duration.ofSeconds(10)).until(() -> outboxOf(id).isEmpty());
    }

    @Test
    void pullingPublishedEventsLeavesTheVersionAloneSoTheNextSaveSucceeds() {
        String id = UUID.randomUUID().toString();
        TestMember member = new TestMember(id);
        member.suspend("first");
        members.save(member);
        MEMBERSHIP.awaitRecords(id, 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> outboxOf(id).isEmpty());

        TestMember loaded = members.findById(id).orElseThrow();
        assertThat(loaded.getVersion()).isEqualTo(member.getVersion());
        loaded.reinstate();
        members.save(loaded);

        assertThat(MEMBERSHIP.awaitRecords(id, 2)).extracting(r -> header(r, "ce_type"))
                .containsExactly("isec.membership.MemberSuspended", "isec.membership.MemberReinstated");
    }

    @Test
    void anAggregateSavedAgainBeforeThePullDoesNotPublishItsEventsTwice() {
        String id = UUID.randomUUID().toString();
        TestMember member = new TestMember(id);
        member.suspend("first");
        members.save(member);
        TestMember loadedBeforeThePull = members.findById(id).orElseThrow();
        MEMBERSHIP.awaitRecords(id, 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> outboxOf(id).isEmpty());

        // The stale copy still holds the first event in its outbox; saving it writes that event back.
        mongo.getCollection("test_members").deleteOne(new Document("_id", id));
        Document raw = new Document();
        loadedBeforeThePull.reinstate();
        mongo.getConverter().write(loadedBeforeThePull, raw);
        mongo.getCollection("test_members").insertOne(raw);
        saveWhileTheRelayMayBePulling(id);

        List<ConsumerRecord<String, byte[]>> records = MEMBERSHIP.awaitRecords(id, 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> outboxOf(id).isEmpty());
        assertThat(MEMBERSHIP.recordsNow(id)).extracting(r -> header(r, "ce_type"))
                .containsExactly("isec.membership.MemberSuspended", "isec.membership.MemberReinstated");
    }

    /**
     * The relay may be pulling the re-inserted outbox entry at this very moment. On a real MongoDB the two updates
     * serialise; mongo-java-server (the dev database) now and then answers the loser with "Unknown error: null"
     * (seen once in six CI runs). Nothing was written by the failed update, so it is simply made again.
     */
    private void saveWhileTheRelayMayBePulling(String id) {
        try {
            members.save(members.findById(id).orElseThrow());
        } catch (org.springframework.data.mongodb.UncategorizedMongoDbException wireServerRace) {
            members.save(members.findById(id).orElseThrow());
        }
    }

    @Test
    void concurrentSavesOfOneAggregateAreRefused() {
        String id = UUID.randomUUID().toString();
        members.save(new TestMember(id));
        TestMember first = members.findById(id).orElseThrow();
        TestMember second = members.findById(id).orElseThrow();
        first.suspend("by operator A");
        members.save(first);
        second.suspend("by operator B");

        assertThatThrownBy(() -> members.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void eventsLeftInADocumentByACrashAreSweptAndPublishedOncePerId() {
        // A save whose relay never ran: the process stopped right after the write.
        String id = UUID.randomUUID().toString();
        TestMember member = new TestMember(id);
        member.suspend("written just before a crash");
        member.reinstate();
        Document raw = new Document();
        mongo.getConverter().write(member, raw);
        mongo.getCollection("test_members").insertOne(raw);
        List<String> ids = member.pendingEvents().stream().map(e -> e.id().toString()).toList();

        List<ConsumerRecord<String, byte[]>> records = MEMBERSHIP.awaitRecords(id, 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> outboxOf(id).isEmpty());

        assertThat(MEMBERSHIP.recordsNow(id)).extracting(r -> header(r, "ce_id")).containsExactlyElementsOf(ids);
        assertThat(new String(records.get(0).value(), StandardCharsets.UTF_8)).contains("written just before a crash");
    }

    private List<?> outboxOf(String id) {
        Document document = mongo.getCollection("test_members").find(new Document("_id", id)).first();
        return document == null ? List.of() : document.getList("outbox", Object.class, List.of());
    }
}
