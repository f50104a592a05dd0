package org.isec.notification.messaging;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.micrometer.core.instrument.MeterRegistry;
import org.isec.contracts.Topics;
import org.isec.contracts.membership.MemberSuspended;
import org.isec.notification.support.IntegrationTest;
import org.isec.notification.support.Smtp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class UnknownEventTypeTest extends IntegrationTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void anEventOfATypeThisBuildDoesNotKnowIsCountedAndSkippedAndTheNextOneIsHandled() {
        Org org = approvedMember("en");
        double before = ignored();
        CloudEvent newer = CloudEventBuilder.v1().withId(id()).withType("isec.membership.MemberRenamedTheirCat")
                .withSource(URI.create("/isec/membership")).withSubject(org.memberId())
                .withTime(Instant.now().atOffset(ZoneOffset.UTC)).withDataContentType("application/json")
                .withData("{\"memberId\": \"x\", \"cat\": \"Mimì\"}".getBytes(StandardCharsets.UTF_8)).build();

        events.publish(newer, Topics.MEMBERSHIP, org.memberId());
        events.publish(new MemberSuspended(org.memberId(), MemberSuspended.OPERATOR_DECISION, "", null, Instant.now()));

        eventually().until(() -> Smtp.messagesTo(org.email()).size() == 2);
        assertThat(ignored()).isEqualTo(before + 1);
    }

    private double ignored() {
        var counter = meters.find("isec.notifications.events.ignored").tag("reason", "unknown-type").counter();
        return counter == null ? 0 : counter.count();
    }
}
