package org.isec.systemtest.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

import org.awaitility.core.ConditionTimeoutException;

import org.isec.systemtest.support.Users.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;

/**
 * Member organisations made the way the platform makes them: a fresh user applies through the gateway,
 * the demo operator approves, and membership provisions the user in Keycloak (role {@code member},
 * attribute {@code org_id}). Every call is a real one; nothing is written behind the platform's back.
 */
public final class Members {

    private static final Logger log = LoggerFactory.getLogger(Members.class);
    private static final Duration PROVISIONING = Duration.ofSeconds(90);

    private Members() {
    }

    /** An approved member organisation and the user who applied for it. */
    public record Member(User user, String memberId, String applicationId, String legalName, String vatNumber) {

        /** The platform as this member's user, with a fresh token. */
        public Api api() {
            return user.api();
        }
    }

    /** What an organisation says about itself when it applies; {@link #member()} starts from a catering company. */
    public static final class Profile {
        private String legalName = "Sapori del Nilo S.r.l.";
        private List<String> atecoCodes = List.of("56.10.11");
        private String province = "MI";
        private String city = "Milano";
        private List<String> languages = List.of("it", "ar", "en");
        private List<String> capabilities = List.of("catering", "halal food", "event services");
        private String contactFirstName = "Amina";
        private String contactLanguage = "ar";

        public String legalName() {
            return legalName;
        }

        public Profile legalName(String value) {
            legalName = value;
            return this;
        }

        public Profile atecoCodes(String... values) {
            atecoCodes = List.of(values);
            return this;
        }

        public Profile province(String value, String cityName) {
            province = value;
            city = cityName;
            return this;
        }

        public Profile languages(String... values) {
            languages = List.of(values);
            return this;
        }

        public Profile capabilities(String... values) {
            capabilities = List.of(values);
            return this;
        }

        /** The contact person's first name and language (the one notifications are written in). */
        public Profile contact(String firstName, String language) {
            contactFirstName = firstName;
            contactLanguage = language;
            return this;
        }

        /** The application body of issue 3 for this profile, a fresh VAT number and the user's e-mail. */
        public Map<String, Object> applicationBody(String vatNumber, String email, String charterVersion) {
            Map<String, Object> organization = new LinkedHashMap<>();
            organization.put("legalName", legalName);
            organization.put("vatNumber", vatNumber);
            organization.put("legalForm", "SRL");
            organization.put("atecoCodes", atecoCodes);
            organization.put("region", "Lombardia");
            organization.put("province", province);
            organization.put("city", city);
            organization.put("languages", languages);
            organization.put("capabilities", capabilities);
            organization.put("employees", 8);
            organization.put("foundedYear", 2016);
            organization.put("website", "https://example.org");
            Map<String, Object> contact = new LinkedHashMap<>();
            contact.put("firstName", contactFirstName);
            contact.put("lastName", "Test");
            contact.put("email", email);
            contact.put("phone", "+39 02 1234567");
            contact.put("language", contactLanguage);
            return Map.of("organization", organization, "contact", contact,
                    "charterVersion", charterVersion, "charterAccepted", true);
        }
    }

    public static Profile profile() {
        return new Profile();
    }

    /** A new approved catering member (the example organisation). */
    public static Member member() {
        return approved(profile());
    }

    /**
     * A new approved member with this profile: returns once the member's user gets a token with role
     * {@code member} and {@code org_id}, so the caller can act as the member at once.
     */
    public static Member approved(Profile profile) {
        User user = Users.create(profile.contactFirstName);
        String vat = randomVat();
        String applicationId = apply(user, profile, vat);
        ApiResponse approved = Api.as("operator").post("/api/membership/applications/" + applicationId + "/approve", Map.of());
        assertThat(approved.status()).as("%s", approved).isEqualTo(200);
        String memberId = approved.body().path("memberId").asString();
        awaitProvisioned(user, memberId);
        return new Member(user, memberId, applicationId, profile.legalName, vat);
    }

    /** Submits an application as {@code user}; returns its id. */
    public static String apply(User user, Profile profile, String vatNumber) {
        ApiResponse applied = user.api().post("/api/membership/applications",
                profile.applicationBody(vatNumber, user.email(), charterVersion()));
        assertThat(applied.status()).as("%s", applied).isEqualTo(201);
        return applied.body().path("id").asString();
    }

    /**
     * Waits until a fresh token of {@code user} carries role {@code member} and {@code org_id = memberId}.
     * A refused sign-in is tried again until the deadline: Keycloak 26.4 has been seen refusing one sign-in
     * ({@code user_temporarily_disabled}) the moment membership granted the role after a Keycloak restart, although
     * the user had no failed sign-in and its brute-force state read right after was clear. Each refusal is logged
     * with what Keycloak then holds about the user, and the last one is reported if the wait runs out.
     */
    public static JsonNode awaitProvisioned(User user, String memberId) {
        AtomicReference<String> lastRefusal = new AtomicReference<>();
        try {
            return await("Keycloak provisioning of " + user.username()).atMost(PROVISIONING).pollInterval(Duration.ofSeconds(1))
                    .until(() -> claimsOrNull(user, lastRefusal), claims -> claims != null
                            && memberId.equals(claims.path("org_id").asString(""))
                            && claims.path("realm_access").path("roles").values().stream().anyMatch(r -> r.asString().equals("member")));
        } catch (ConditionTimeoutException e) {
            if (lastRefusal.get() == null) {
                throw e;
            }
            throw new AssertionError(e.getMessage() + "; last refused sign-in: " + lastRefusal.get(), e);
        }
    }

    private static JsonNode claimsOrNull(User user, AtomicReference<String> lastRefusal) {
        try {
            return Tokens.claims(user.token());
        } catch (IllegalStateException refused) {
            if (!refused.getMessage().contains("invalid_grant")) {
                throw refused;
            }
            log.warn("sign-in of {} refused while waiting for its provisioning: {}", user.username(), refused.getMessage());
            lastRefusal.set(refused.getMessage());
            return null;
        }
    }

    /** The charter version in force, which an applicant accepts. */
    public static String charterVersion() {
        ApiResponse charter = Api.anonymous().get("/api/membership/charter");
        assertThat(charter.status()).as("%s", charter).isEqualTo(200);
        return charter.body().path("version").asString();
    }

    /** A valid Italian VAT number (Luhn-style check digit) that no earlier test used, with high probability. */
    public static String randomVat() {
        StringBuilder digits = new StringBuilder("1");
        for (int i = 0; i < 9; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = digits.charAt(i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return digits.append((10 - sum % 10) % 10).toString();
    }
}
