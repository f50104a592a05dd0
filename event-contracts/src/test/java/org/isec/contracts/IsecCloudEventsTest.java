package org.isec.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.isec.contracts.marketplace.BidSubmitted;
import org.isec.contracts.membership.MemberApproved;
import org.isec.contracts.membership.MemberSuspended;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class IsecCloudEventsTest {

    private final String id = UUID.randomUUID().toString();

    @Test
    void cloudEventCarriesTheDescriptorSubjectTimeAndJsonData() {
        MemberApproved approved = SampleEvents.memberApproved();

        CloudEvent ce = IsecCloudEvents.of(approved, id, SampleEvents.AT, Map.of(IsecCloudEvents.CORRELATION_ID, "req-7"));

        assertThat(ce.getSpecVersion().toString()).isEqualTo("1.0");
        assertThat(ce.getId()).isEqualTo(id);
        assertThat(ce.getType()).isEqualTo("isec.membership.MemberApproved");
        assertThat(ce.getSource()).isEqualTo(URI.create("/isec/membership"));
        assertThat(ce.getSubject()).isEqualTo(SampleEvents.MEMBER_ID);
        assertThat(ce.getTime()).isEqualTo(OffsetDateTime.of(2026, 5, 4, 9, 15, 0, 0, ZoneOffset.UTC));
        assertThat(ce.getDataSchema()).isEqualTo(URI.create("urn:isec:schema:isec.membership.MemberApproved:v1"));
        assertThat(ce.getDataContentType()).isEqualTo("application/json");
        assertThat(IsecCloudEvents.correlationId(ce)).contains("req-7");
        assertThat(IsecCloudEvents.read(ce, MemberApproved.class)).isEqualTo(approved);
    }

    @Test
    void kafkaBinaryModeRoundTripKeepsEveryAttributeAndTheData() {
        CloudEvent sent = IsecCloudEvents.of(SampleEvents.memberSuspended(), id, SampleEvents.AT,
                Map.of(IsecCloudEvents.CORRELATION_ID, "req-8"));
        Headers headers = new RecordHeaders();
        byte[] value;
        try (CloudEventSerializer serializer = new CloudEventSerializer();
             CloudEventDeserializer deserializer = new CloudEventDeserializer()) {
            serializer.configure(Map.of(), false);
            value = serializer.serialize(Topics.MEMBERSHIP, headers, sent);
            CloudEvent received = deserializer.deserialize(Topics.MEMBERSHIP, headers, value);

            assertThat(header(headers, "ce_type")).isEqualTo("isec.membership.MemberSuspended");
            assertThat(header(headers, "ce_subject")).isEqualTo(SampleEvents.MEMBER_ID);
            assertThat(header(headers, "ce_dataschema")).isEqualTo("urn:isec:schema:isec.membership.MemberSuspended:v1");
            assertThat(header(headers, "content-type")).isEqualTo("application/json");
            assertThat(received.getId()).isEqualTo(id);
            assertThat(received.getType()).isEqualTo(sent.getType());
            assertThat(received.getSource()).isEqualTo(sent.getSource());
            assertThat(received.getSubject()).isEqualTo(sent.getSubject());
            assertThat(received.getTime().toInstant()).isEqualTo(SampleEvents.AT);
            assertThat(received.getDataSchema()).isEqualTo(sent.getDataSchema());
            assertThat(IsecCloudEvents.correlationId(received)).contains("req-8");
            assertThat(IsecCloudEvents.read(received)).isEqualTo(SampleEvents.memberSuspended());
        }
    }

    @Test
    void structuredJsonPutsTheDataAsAnObjectUnderData() {
        CloudEvent ce = IsecCloudEvents.of(SampleEvents.commissionAwarded(), id, SampleEvents.AT, Map.of());

        byte[] structured = IsecCloudEvents.toStructuredJson(ce);
        JsonNode json = EventCodec.mapper().readTree(structured);

        assertThat(IsecCloudEvents.STRUCTURED_CONTENT_TYPE).isEqualTo("application/cloudevents+json");
        assertThat(json.get("specversion").asString()).isEqualTo("1.0");
        assertThat(json.get("id").asString()).isEqualTo(id);
        assertThat(json.get("type").asString()).isEqualTo("isec.marketplace.CommissionAwarded");
        assertThat(json.get("time").asString()).isEqualTo("2026-05-04T09:15:00Z");
        assertThat(json.has("data_base64")).isFalse();
        assertThat(json.get("data").isObject()).isTrue();
        assertThat(json.get("data").get("winnerMemberId").asString()).isEqualTo(SampleEvents.MEMBER_ID);
        CloudEvent back = IsecCloudEvents.fromStructuredJson(structured);
        assertThat(back.getSubject()).isEqualTo(SampleEvents.COMMISSION_ID);
        assertThat(IsecCloudEvents.read(back)).isEqualTo(SampleEvents.commissionAwarded());
    }

    @Test
    void structuredJsonKeepsMoneyExactBothWays() {
        BigDecimal large = new BigDecimal("12345678901234567.89");
        BidSubmitted bid = new BidSubmitted(SampleEvents.COMMISSION_ID, SampleEvents.BID_ID, null, SampleEvents.MEMBER_ID,
                List.of(), SampleEvents.BUYER_MEMBER_ID, new Money(large, "EUR"), 30, SampleEvents.AT);
        CloudEvent ce = IsecCloudEvents.of(bid, id, SampleEvents.AT, Map.of());

        CloudEvent back = IsecCloudEvents.fromStructuredJson(IsecCloudEvents.toStructuredJson(ce));

        assertThat(new String(IsecCloudEvents.toStructuredJson(ce), StandardCharsets.UTF_8)).contains("12345678901234567.89");
        assertThat(IsecCloudEvents.read(back, BidSubmitted.class).price().amount()).isEqualTo(large);
    }

    @Test
    void structuredJsonReadsExtensionsAndRefusesWhatIsNotACloudEvent() {
        CloudEvent back = IsecCloudEvents.fromStructuredJson(("{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/isec/training\","
                + "\"type\":\"isec.training.CoursePublished\",\"correlationid\":\"req-9\",\"data\":{\"courseId\":\"c\"}}").getBytes());

        assertThat(IsecCloudEvents.correlationId(back)).contains("req-9");
        assertThat(new String(IsecCloudEvents.dataBytes(back), StandardCharsets.UTF_8)).isEqualTo("{\"courseId\":\"c\"}");
        assertThatThrownBy(() -> IsecCloudEvents.fromStructuredJson("{\"id\":\"1\"}".getBytes()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void partnerDeliveryCarriesThePartnerViewWithTheSameContextAttributes() {
        CloudEvent ce = IsecCloudEvents.of(SampleEvents.memberApproved(), id, SampleEvents.AT, Map.of());

        CloudEvent outgoing = IsecCloudEvents.withData(ce,
                EventCodec.partnerView(ce.getType(), IsecCloudEvents.dataBytes(ce)));
        String body = new String(IsecCloudEvents.toStructuredJson(outgoing), StandardCharsets.UTF_8);

        assertThat(outgoing.getId()).isEqualTo(id);
        assertThat(outgoing.getDataSchema()).isEqualTo(ce.getDataSchema());
        assertThat(body).contains("Sapori del Nilo").doesNotContain("amina@example.org").doesNotContain("Amina");
    }

    @Test
    void readingAsTheWrongRecordIsRefused() {
        CloudEvent ce = IsecCloudEvents.of(SampleEvents.memberApproved(), id, SampleEvents.AT, Map.of());

        assertThatThrownBy(() -> IsecCloudEvents.read(ce, MemberSuspended.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not isec.membership.MemberSuspended");
    }

    private static String header(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
