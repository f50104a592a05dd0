package org.isec.systemtest.foundation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.isec.systemtest.support.Api;
import org.isec.systemtest.support.ApiResponse;
import org.isec.systemtest.support.SystemTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;

@SystemTest
class EveryServiceAnswersThroughGatewayTest {

    @ParameterizedTest
    @ValueSource(strings = {"membership", "marketplace", "advisory", "training", "notifications"})
    void servicePublishesItsOpenApiDocumentThroughTheGateway(String service) {
        ApiResponse response = Api.anonymous().get("/api/" + service + "/v3/api-docs");

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.contentType()).contains("json");
        JsonNode document = response.body();
        assertThat(document.path("openapi").asString("")).startsWith("3.");
        assertThat(document.path("info").path("title").asString("")).isNotBlank();
        assertThat(document.path("paths").isObject()).as("paths in %s", response).isTrue();
    }

    @ParameterizedTest(name = "{0} answers {1} at {2}")
    @CsvSource({
            "membership,   operator, /api/membership/applications?status=SUBMITTED",
            "marketplace,  operator, /api/marketplace/commissions",
            "advisory,     operator, /api/advisory/funding-opportunities",
            "training,     member,   /api/training/courses",
            "notification, amina,    /api/notifications/preferences"})
    void serviceAnswersASignedInCallerThroughTheGateway(String service, String username, String path) {
        ApiResponse response = Api.as(username).get(path);

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.contentType()).contains("json");
        assertThat(response.body().isMissingNode()).as("JSON body of %s", response).isFalse();
    }

    @Test
    void gatewayShowsEveryServiceOnOneApiPage() {
        ApiResponse page = Api.anonymous().get("/api-docs");
        if (page.status() / 100 == 3) {
            page = Api.anonymous().get(URI.create(page.header("Location")).getPath());
        }
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");

        ApiResponse config = Api.anonymous().get("/v3/api-docs/swagger-config");
        assertThat(config.status()).as("%s", config).isEqualTo(200);
        assertThat(config.body().path("urls").values())
                .extracting(url -> url.path("url").asString())
                .containsExactlyInAnyOrder(
                        "/api/membership/v3/api-docs", "/api/marketplace/v3/api-docs", "/api/advisory/v3/api-docs",
                        "/api/training/v3/api-docs", "/api/notifications/v3/api-docs");
    }
}
