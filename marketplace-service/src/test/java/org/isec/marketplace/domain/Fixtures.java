package org.isec.marketplace.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.isec.contracts.EventCodec;
import org.isec.contracts.EventTypes;
import org.isec.contracts.IsecEvent;
import org.isec.defaults.outbox.OutboxEvent;

/** A small world for commission rules: members with their standing, a clock, and ready-made drafts. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant DEADLINE = NOW.plus(Duration.ofDays(10));
    static final Instant AFTER_DEADLINE = DEADLINE.plusSeconds(1);

    static final String BUYER_ID = id("buyer");
    static final String AMINA_ID = id("amina");
    static final String MARCO_ID = id("marco");
    static final String LI_ID = id("li");
    static final String STRANGER_ID = id("stranger");

    static final Actor BUYER = new Actor("user-buyer", BUYER_ID, false);
    static final Actor AMINA = new Actor("user-amina", AMINA_ID, false);
    static final Actor MARCO = new Actor("user-marco", MARCO_ID, false);
    static final Actor LI = new Actor("user-li", LI_ID, false);
    static final Actor OPERATOR = new Actor("user-operator", null, true);

    /** Member ids are UUIDs, as the event schemas require. */
    static String id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    final Map<String, MemberStanding> standings = new HashMap<>();

    Fixtures() {
        for (String m : List.of(BUYER_ID, AMINA_ID, MARCO_ID, LI_ID)) {
            standings.put(m, new MemberStanding(m, true, true, null, null));
        }
    }

    Standings standings() {
        return m -> standings.getOrDefault(m, MemberStanding.unknown(m));
    }

    void suspend(String memberId) {
        standings.put(memberId, new MemberStanding(memberId, true, false, "OPERATOR_DECISION", "late payments"));
    }

    void reinstate(String memberId) {
        standings.put(memberId, new MemberStanding(memberId, true, true, null, null));
    }

    static NewCommission catering() {
        return new NewCommission("Catering for a 120-guest intercultural business event",
                "Lunch buffet, vegetarian and halal options, service staff included.", "56.21",
                List.of("catering", "halal food"), "Lombardia", "MI", eur("2500.00", "4000.00"), DEADLINE,
                List.of("it", "en"), Visibility.MEMBERS, null, null);
    }

    static NewCommission tender() {
        return new NewCommission("Canteen and cleaning services for the Municipality of Sesto",
                "Public contract won by the consortium, executed by members in two lots.", "56.29",
                List.of(), "Lombardia", "MI", eur("50000", "80000"), DEADLINE, List.of("it"), Visibility.MEMBERS, null,
                List.of(new NewLot("School canteen", List.of("catering"), eur("30000", "50000")),
                        new NewLot("Cleaning of the canteen", List.of("office cleaning"), eur("10000", "30000"))));
    }

    static Budget eur(String min, String max) {
        return new Budget(new BigDecimal(min), new BigDecimal(max), "EUR");
    }

    Commission published(NewCommission draft) {
        return Commission.publish(UUID.randomUUID().toString(), draft, BUYER, false, standings(), NOW);
    }

    Commission tenderPublished() {
        return Commission.publish(UUID.randomUUID().toString(), tender(), OPERATOR, true, standings(), NOW);
    }

    static NewBid bid(String price) {
        return new NewBid(null, new BigDecimal(price), "EUR", 20, "We cook for events every week.", null, List.of());
    }

    static NewBid lotBid(String lotId, String price) {
        return new NewBid(lotId, new BigDecimal(price), "EUR", 30, null, null, List.of());
    }

    Bid bidOn(Commission c, Actor bidder, String price) {
        return c.submitBid(UUID.randomUUID().toString(), bid(price), bidder, standings(), NOW);
    }

    static <T extends IsecEvent> List<T> events(Commission c, Class<T> type) {
        String wire = EventTypes.of(type).type();
        return c.pendingEvents().stream().filter(e -> e.type().equals(wire))
                .map(e -> EventCodec.fromJson(e.data().getBytes(StandardCharsets.UTF_8), type)).toList();
    }

    static List<OutboxEvent> raised(Commission c) {
        return c.pendingEvents();
    }
}
