package org.isec.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.Stream;

import org.isec.contracts.advisory.FundingOpportunityPublished;
import org.isec.contracts.marketplace.BidSubmitted;
import org.isec.contracts.membership.MemberSuspended;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

class EventCodecTest {

    static Stream<IsecEvent> samples() {
        return SampleEvents.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyEventReadsBackEqualToWhatWasWritten(IsecEvent sample) {
        assertThat(EventCodec.fromJson(EventCodec.toJson(sample), sample.getClass())).isEqualTo(sample);
    }

    @Test
    void instantsAndBusinessDatesAreIso8601Strings() {
        JsonNode json = EventCodec.mapper().readTree(EventCodec.toJson(SampleEvents.fundingOpportunityPublished()));

        assertThat(json.get("publishedAt").asString()).isEqualTo("2026-06-22T09:15:00Z");
        assertThat(json.get("deadline").asString()).isEqualTo("2026-11-30");
    }

    @Test
    void moneyIsAPlainJsonNumberKeepingItsScale() {
        BidSubmitted bid = new BidSubmitted("c", "b", null, "m", null, null,
                new Money(new BigDecimal("1.5E+3"), "EUR"), 5, SampleEvents.AT);

        String json = EventCodec.toJsonString(bid);

        assertThat(json).contains("\"price\":{\"amount\":1500,\"currency\":\"EUR\"}");
        assertThat(EventCodec.toJsonString(SampleEvents.bidSubmitted())).contains("\"amount\":3200.00");
    }

    @Test
    void nullsAreNotWrittenAndMissingListsReadAsEmpty() {
        MemberSuspended suspended = new MemberSuspended("m", MemberSuspended.OPERATOR_DECISION, null, null, SampleEvents.AT);

        assertThat(EventCodec.toJsonString(suspended)).doesNotContain("null").doesNotContain("ethicsReportId");
        BidSubmitted bid = EventCodec.fromJson(
                "{\"commissionId\":\"c\",\"bidId\":\"b\",\"bidderMemberId\":\"m\",\"deliveryDays\":3}".getBytes(),
                BidSubmitted.class);
        assertThat(bid.partnerMemberIds()).isEmpty();
    }

    @Test
    void unknownPropertiesFromANewerProducerAreIgnored() {
        byte[] newer = ("{\"opportunityId\":\"o\",\"title\":\"Bando\",\"scope\":\"EU\",\"deadline\":\"2026-11-30\","
                + "\"coFinancingPct\":40,\"eligibility\":{\"regions\":[\"Lombardia\"],\"minTurnover\":1}}").getBytes();

        FundingOpportunityPublished read = EventCodec.fromJson(newer, FundingOpportunityPublished.class);

        assertThat(read.title()).isEqualTo("Bando");
        assertThat(read.eligibility().regions()).containsExactly("Lombardia");
    }
}
