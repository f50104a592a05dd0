package org.isec.defaults.outbox;

import java.time.Instant;

import io.cloudevents.CloudEvent;
import org.isec.contracts.EventCodec;
import org.isec.contracts.membership.MemberSuspended;
import org.isec.defaults.web.CorrelationId;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboxEventTest {

    static class Member extends AggregateRoot {
        void suspend(String id) {
            raise(new MemberSuspended(id, MemberSuspended.ETHICS_SUSPENSION, null, null, Instant.now()));
        }
    }

    @Test
    void raisingRecordsTheWireIdentityTheDataAndTheRequestCorrelationId() {
        Member member = new Member();
        MDC.put(CorrelationId.MDC_KEY, "corr-7");
        try {
            member.suspend("m-7");
        } finally {
            MDC.remove(CorrelationId.MDC_KEY);
        }

        OutboxEvent event = member.pendingEvents().getFirst();
        assertThat(event.type()).isEqualTo("isec.membership.MemberSuspended");
        assertThat(event.version()).isEqualTo(1);
        assertThat(event.topic()).isEqualTo("isec.membership");
        assertThat(event.subject()).isEqualTo("m-7");
        assertThat(event.correlationId()).isEqualTo("corr-7");
        assertThat(EventCodec.fromJson(event.data().getBytes(), MemberSuspended.class).memberId()).isEqualTo("m-7");

        CloudEvent cloudEvent = OutboxPublisher.cloudEvent(event);
        assertThat(cloudEvent.getId()).isEqualTo(event.id().toString());
        assertThat(cloudEvent.getDataSchema()).hasToString("urn:isec:schema:isec.membership.MemberSuspended:v1");
        assertThat(cloudEvent.getExtension("correlationid")).isEqualTo("corr-7");
    }

    @Test
    void anEventWithoutSubjectCannotBeRaised() {
        assertThatThrownBy(() -> new Member().suspend(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("subject");
    }

    @Test
    void pendingEventsCannotBeChangedFromOutside() {
        Member member = new Member();
        member.suspend("m-8");
        assertThatThrownBy(() -> member.pendingEvents().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
