package org.isec.marketplace.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.isec.devstack.junit.WithInfrastructure;
import org.isec.marketplace.domain.MemberDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The marketplace on a real Kafka broker and the Mongo wire server, called through MockMvc with JWTs shaped like
 * Keycloak's. Members exist only because membership's events say so ({@link MembershipEvents}). Time is a
 * {@link MutableClock}; the deadline job runs when a test calls it. All classes share one context.
 */
@SpringBootTest(properties = "isec.marketplace.deadline-check=1h")
@AutoConfigureMockMvc
@WithInfrastructure
@Import(IntegrationTest.TestClock.class)
public abstract class IntegrationTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock();
        }
    }

    /** A member organisation and the user acting for it. */
    public record Trader(String memberId, String userId, String name) {
    }

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JsonMapper json;

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected MemberDirectory directory;

    protected final MembershipEvents membership = MembershipEvents.instance();
    protected final PublishedEvents events = PublishedEvents.onMarketplaceTopic();

    protected static RequestPostProcessor as(Trader t) {
        return jwt().jwt(j -> j.subject(t.userId()).claim("preferred_username", t.name()).claim("org_id", t.memberId()))
                .authorities(new SimpleGrantedAuthority("ROLE_MEMBER"));
    }

    protected static RequestPostProcessor operator() {
        return jwt().jwt(j -> j.subject("operator-user").claim("preferred_username", "operator"))
                .authorities(new SimpleGrantedAuthority("ROLE_OPERATOR"));
    }

    /** A caterer in Milan: the typical supplier. */
    protected Trader caterer(String name, String province, List<String> capabilities) {
        return member(name, List.of("56.21.00"), "Lombardia", province, List.of("it", "en"), capabilities);
    }

    /** Approved by membership, and known to the marketplace once the event has been applied. */
    protected Trader member(String name, List<String> ateco, String region, String province, List<String> languages,
                            List<String> capabilities) {
        Trader t = new Trader(UUID.randomUUID().toString(), UUID.randomUUID().toString(), name);
        membership.approved(t.memberId(), MembershipEvents.profile(name, ateco, region, province, languages, capabilities));
        awaitStanding(t, true);
        return t;
    }

    protected void awaitStanding(Trader t, boolean canTrade) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> directory.of(t.memberId()).canTrade() == canTrade);
    }

    protected Instant inDays(int days) {
        return clock.instant().plus(Duration.ofDays(days));
    }

    /** The example commission, with a tag in the title so listings can find this test's commissions. */
    protected String cateringBody(String tag) {
        return """
                {"title": "Catering for a 120-guest intercultural business event %s",
                 "description": "Lunch buffet, vegetarian and halal options, service staff included.",
                 "category": "56.21", "requiredCapabilities": ["catering", "halal food"], "region": "Lombardia", "province": "MI",
                 "budget": {"min": 2500.00, "max": 4000.00, "currency": "EUR"}, "bidDeadline": "%s",
                 "languages": ["it", "en"], "visibility": "MEMBERS"}""".formatted(tag, inDays(10));
    }

    protected ResultActions postJson(String path, RequestPostProcessor who, String body, Object... vars) throws Exception {
        return mvc.perform(post(path, vars).with(who).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    protected String publish(Trader buyer, String body) throws Exception {
        return read(postJson("/api/marketplace/commissions", as(buyer), body).andExpect(status().isCreated())).get("id").asString();
    }

    protected String bid(Trader bidder, String commissionId, String price) throws Exception {
        String body = """
                {"price": %s, "currency": "EUR", "deliveryDays": 20, "message": "Ready to serve."}""".formatted(price);
        return read(postJson("/api/marketplace/commissions/{id}/bids", as(bidder), body, commissionId)
                .andExpect(status().isCreated())).get("id").asString();
    }

    protected void close(Trader buyer, String commissionId) throws Exception {
        mvc.perform(post("/api/marketplace/commissions/{id}/close", commissionId).with(as(buyer))).andExpect(status().isOk());
    }

    protected ResultActions award(RequestPostProcessor who, String commissionId, String bidId, String reason) throws Exception {
        return postJson("/api/marketplace/commissions/{id}/award", who,
                "{\"bidId\": \"%s\", \"reason\": \"%s\"}".formatted(bidId, reason), commissionId);
    }

    protected JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    protected JsonNode read(String body) {
        return json.readTree(body);
    }

    protected static String tag() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }
}
