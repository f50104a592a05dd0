package org.isec.notification.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.isec.contracts.membership.ContactPerson;
import org.isec.contracts.membership.MemberApproved;
import org.isec.contracts.membership.OrganizationProfile;
import org.isec.devstack.junit.WithInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

/**
 * The notification service on a real Kafka broker, the Mongo wire server and a real SMTP relay (GreenMail), called
 * through MockMvc with JWTs shaped like Keycloak's. Other services exist only as the events {@link Events} publishes.
 * Retries are scheduled hours ahead and happen when a test moves the {@link MutableClock}, never by waiting.
 * Every test class shares this one context.
 */
@SpringBootTest(properties = {
        "spring.mail.host=127.0.0.1",
        "isec.notifications.mail.poll-interval=100ms",
        "isec.notifications.mail.first-retry=1h",
        "isec.notifications.mail.max-retry-interval=4h",
        "isec.notifications.mail.max-attempts=3",
        "isec.notifications.mail.operators=ops-one@isec.example, ops-two@isec.example",
        "isec.notifications.stream.heartbeat=1h",
        "isec.webhooks.poll-interval=100ms",
        "isec.webhooks.allow-loopback-http=true",
        "isec.webhooks.retry-schedule=1h,2h,3h",
        "isec.webhooks.breaker.window=5",
        "isec.webhooks.breaker.minimum-calls=5",
        "isec.webhooks.breaker.failure-rate=100",
        "isec.webhooks.breaker.open-for=1h"})
@AutoConfigureMockMvc
@WithInfrastructure
@Import(TestBeans.class)
public abstract class IntegrationTest {

    static {
        Smtp.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", Smtp::port);
    }

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JsonMapper json;

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected MongoTemplate mongo;

    @Autowired
    protected ScriptedNames names;

    protected final Events events = Events.instance();

    /** The context, and so the clock, is shared by every test class: each test starts at real time. */
    @BeforeEach
    void startAtRealTime() {
        clock.reset();
    }

    /** Awaitility with a bound generous enough for a loaded 2-core machine; polls often so tests stay quick. */
    protected static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50));
    }

    protected static String id() {
        return UUID.randomUUID().toString();
    }

    /** A unique address at a domain that exists only in GreenMail. */
    protected static String address(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    protected static RequestPostProcessor member(String userId, String memberId) {
        return jwt().jwt(j -> j.subject(userId).claim("preferred_username", "user-" + userId).claim("org_id", memberId))
                .authorities(new SimpleGrantedAuthority("ROLE_MEMBER"));
    }

    protected static RequestPostProcessor user(String userId) {
        return jwt().jwt(j -> j.subject(userId).claim("preferred_username", "user-" + userId));
    }

    protected static RequestPostProcessor operator(String userId) {
        return jwt().jwt(j -> j.subject(userId).claim("preferred_username", "operator-" + userId.substring(0, 8)))
                .authorities(new SimpleGrantedAuthority("ROLE_OPERATOR"));
    }

    protected static RequestPostProcessor partner(String serviceAccount) {
        return jwt().jwt(j -> j.subject(serviceAccount).claim("azp", "isec-partner-demo"))
                .authorities(new SimpleGrantedAuthority("ROLE_PARTNER"));
    }

    /** A member organisation, its first user and its contact. */
    protected record Org(String memberId, String userId, String email, String name, String language) {
    }

    /**
     * A member approved by membership, known to notification once its welcome e-mail has gone out.
     *
     * @param language the contact's language
     */
    protected Org approvedMember(String language) {
        Org org = new Org(id(), id(), address("contact"), "Cooperativa " + id().substring(0, 6), language);
        events.publish(new MemberApproved(org.memberId(), id(), org.userId(), profile(org.name()),
                new ContactPerson("Amina", org.email(), language), "2026.1", Instant.now()));
        eventually().until(() -> Smtp.messagesTo(org.email()).size() == 1);
        return org;
    }

    protected static OrganizationProfile profile(String name) {
        return new OrganizationProfile(name, "COOPERATIVA", List.of("56.21"), "Lombardia", "MI", "Milano",
                List.of("it", "ar"), List.of("catering"), 8, 2016, null, List.of(OrganizationProfile.WOMEN_LED));
    }

    protected JsonNode read(String body) {
        return json.readTree(body);
    }
}
