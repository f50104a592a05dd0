package org.isec.defaults.messaging;

import java.time.Instant;
import java.util.Map;

import io.cloudevents.CloudEvent;
import org.isec.contracts.IsecCloudEvents;
import org.isec.contracts.membership.MemberReinstated;
import org.isec.contracts.membership.MemberSuspended;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventEnvelopeTest {

    private final MemberSuspended suspended = new MemberSuspended("m-1", MemberSuspended.ETHICS_SUSPENSION,
            "report upheld", "r-9", Instant.parse("2025-06-30T10:00:00Z"));
    private final CloudEvent cloudEvent = IsecCloudEvents.of(suspended, "e-1", Instant.parse("2025-06-30T10:00:01Z"),
            Map.of(IsecCloudEvents.CORRELATION_ID, "corr-1"));

    @Test
    void inboundEventCarriesTheEnvelopeAndReadsTheData() {
        InboundEvent event = InboundEvent.of(cloudEvent);

        assertThat(event.id()).isEqualTo("e-1");
        assertThat(event.type()).isEqualTo("isec.membership.MemberSuspended");
        assertThat(event.source()).isEqualTo("/isec/membership");
        assertThat(event.subject()).isEqualTo("m-1");
        assertThat(event.time()).isEqualTo(Instant.parse("2025-06-30T10:00:01Z"));
        assertThat(event.correlationId()).isEqualTo("corr-1");
        assertThat(event.is(MemberSuspended.class)).isTrue();
        assertThat(event.is(MemberReinstated.class)).isFalse();
        assertThat(event.as(MemberSuspended.class)).isEqualTo(suspended);
        assertThat(event).isEqualTo(InboundEvent.of(cloudEvent));
        assertThat(event.toString()).doesNotContain("report upheld");
    }

    @Test
    void deadLettersKeepTheBytesAsTheyArrived() {
        DeadLetterSerializer serializer = new DeadLetterSerializer();
        byte[] raw = {1, 2, 3};

        assertThat(serializer.serialize("t.dlt", raw)).isEqualTo(raw);
        assertThat(serializer.serialize("t.dlt", cloudEvent)).isEqualTo(IsecCloudEvents.dataBytes(cloudEvent));
        assertThat(serializer.serialize("t.dlt", "m-1")).isEqualTo("m-1".getBytes());
        assertThat(serializer.serialize("t.dlt", null)).isNull();
    }
}
