package org.isec.notification.web;

import java.time.Instant;

import org.isec.contracts.membership.MemberReinstated;
import org.isec.contracts.membership.MemberSuspended;
import org.isec.notification.support.IntegrationTest;
import org.isec.notification.support.Smtp;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

/** The live stream: Server-Sent Events of new inbox entries, for web and mobile clients. */
class InboxStreamTest extends IntegrationTest {

    private static final String STREAM = "/api/notifications/inbox/stream";

    @Test
    void aNewNotificationIsPushedToTheMembersOpenStreamAndNotToOthers() throws Exception {
        Org org = approvedMember("en");
        Org other = approvedMember("en");
        MvcResult mine = open(org);
        MvcResult theirs = open(other);

        events.publish(new MemberSuspended(org.memberId(), MemberSuspended.OPERATOR_DECISION, "Fees unpaid.", null, Instant.now()));

        // An event is written in parts (id and name, then the data): wait for the whole of it.
        eventually().until(() -> body(mine).contains("\"read\":false}"));
        assertThat(mine.getResponse().getContentType()).startsWith(MediaType.TEXT_EVENT_STREAM_VALUE);
        String event = body(mine);
        assertThat(event).contains("\"kind\":\"member-suspended\"").contains("Your I.S.E.C. membership is suspended")
                .contains("\"read\":false").containsPattern("id:[0-9a-f-]{36}");
        eventually().until(() -> Smtp.messagesTo(org.email()).size() == 2);
        assertThat(body(theirs)).doesNotContain("event:notification");
    }

    @Test
    void aClientThatReconnectsWithLastEventIdGetsWhatItMissed() throws Exception {
        Org org = approvedMember("it");
        String welcome = read(mvc.perform(get("/api/notifications/inbox").with(member(org.userId(), org.memberId())))
                .andReturn().getResponse().getContentAsString()).get("items").get(0).get("id").asString();
        events.publish(new MemberSuspended(org.memberId(), MemberSuspended.OPERATOR_DECISION, "Quote non versate.", null, Instant.now()));
        events.publish(new MemberReinstated(org.memberId(), MemberReinstated.OPERATOR_DECISION, null, Instant.now()));
        eventually().until(() -> Smtp.messagesTo(org.email()).size() == 3);

        MvcResult reconnected = mvc.perform(get(STREAM).with(member(org.userId(), org.memberId()))
                        .header("Last-Event-ID", welcome))
                .andExpect(request().asyncStarted()).andReturn();

        eventually().until(() -> body(reconnected).contains("member-reinstated"));
        String missed = body(reconnected);
        assertThat(missed.indexOf("member-suspended")).isLessThan(missed.indexOf("member-reinstated")).isPositive();
        assertThat(missed).doesNotContain("\"kind\":\"member-welcome\"");
    }

    private MvcResult open(Org org) throws Exception {
        MvcResult result = mvc.perform(get(STREAM).with(member(org.userId(), org.memberId())))
                .andExpect(request().asyncStarted()).andReturn();
        eventually().until(() -> body(result).contains(":connected"));
        return result;
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
