package org.isec.systemtest.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.isec.systemtest.support.Json;
import org.isec.systemtest.support.Settings;
import org.isec.systemtest.support.SystemTest;
import org.isec.systemtest.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;

/** The tokens the realm issues are the ones the gateway and every service are configured to accept. */
@SystemTest
class KeycloakTokensTest {

    private static final List<String> PLATFORM_ROLES = List.of("member", "operator", "advisor", "trainer", "partner");

    @ParameterizedTest
    @CsvSource({"operator, operator", "advisor, advisor", "trainer, trainer", "member, member"})
    void demoUserTokenCarriesTheIssuerAudienceAndRoleTheServicesCheck(String username, String role) {
        JsonNode claims = Tokens.claims(Tokens.forUser(username));

        assertThat(claims.path("iss").asString()).isEqualTo(Settings.expectedIssuer());
        assertThat(audiences(claims)).contains("isec-api");
        assertThat(claims.path("azp").asString()).isEqualTo("isec-cli");
        assertThat(claims.path("preferred_username").asString()).isEqualTo(username);
        assertThat(realmRoles(claims)).contains(role)
                .doesNotContainAnyElementsOf(PLATFORM_ROLES.stream().filter(r -> !r.equals(role)).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"amina", "marco"})
    void entrepreneurWhoHasNotAppliedYetHasNoPlatformRole(String username) {
        JsonNode claims = Tokens.claims(Tokens.forUser(username));

        assertThat(claims.path("iss").asString()).isEqualTo(Settings.expectedIssuer());
        assertThat(audiences(claims)).contains("isec-api");
        assertThat(realmRoles(claims)).doesNotContainAnyElementsOf(PLATFORM_ROLES);
        assertThat(claims.path("org_id").isMissingNode() || claims.path("org_id").isNull())
                .as("no organisation before approval: %s", claims).isTrue();
    }

    @Test
    void partnerDemoClientGetsAPartnerTokenByClientCredentials() {
        JsonNode claims = Tokens.claims(Tokens.forPartner());

        assertThat(claims.path("iss").asString()).isEqualTo(Settings.expectedIssuer());
        assertThat(audiences(claims)).contains("isec-api");
        assertThat(claims.path("azp").asString()).isEqualTo("isec-partner-demo");
        assertThat(realmRoles(claims)).contains("partner");
    }

    @Test
    void unknownUserGetsNoToken() {
        HttpResponse<String> answer = Tokens.tokenEndpoint(Map.of(
                "grant_type", "password", "client_id", "isec-cli",
                "username", "nobody-" + UUID.randomUUID(), "password", "wrong"));

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(Json.parse(answer.body()).path("error").asString()).isEqualTo("invalid_grant");
    }

    private static List<String> audiences(JsonNode claims) {
        JsonNode aud = claims.path("aud");
        List<String> audiences = new ArrayList<>();
        if (aud.isArray()) {
            aud.values().forEach(a -> audiences.add(a.asString()));
        } else if (aud.isString()) {
            audiences.add(aud.asString());
        }
        return audiences;
    }

    private static List<String> realmRoles(JsonNode claims) {
        return claims.path("realm_access").path("roles").values().stream().map(JsonNode::asString).toList();
    }
}
