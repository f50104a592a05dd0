package org.isec.systemtest.foundation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.LinkedHashMap;
import java.util.Map;

import org.isec.systemtest.support.Api;
import org.isec.systemtest.support.ApiResponse;
import org.isec.systemtest.support.SystemTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

@SystemTest
class CharterIsPublicTest {

    @Test
    void anyoneReadsTheTenGlobalCompactPrinciplesWithoutSigningIn() {
        ApiResponse charter = Api.anonymous().get("/api/membership/charter");

        assertThat(charter.status()).as("%s", charter).isEqualTo(200);
        assertThat(charter.body().path("version").asString("")).as("charter version").isNotBlank();
        JsonNode principles = charter.body().path("principles");
        assertThat(areasByNumber(principles)).containsExactly(
                entry(1, "HUMAN_RIGHTS"), entry(2, "HUMAN_RIGHTS"),
                entry(3, "LABOUR"), entry(4, "LABOUR"), entry(5, "LABOUR"), entry(6, "LABOUR"),
                entry(7, "ENVIRONMENT"), entry(8, "ENVIRONMENT"), entry(9, "ENVIRONMENT"),
                entry(10, "ANTI_CORRUPTION"));
        for (JsonNode principle : principles.values()) {
            assertThat(principle.path("title").asString("")).as("title of %s", principle).isNotBlank();
            assertThat(principle.path("text").asString("")).as("text of %s", principle).isNotBlank();
        }
    }

    @Test
    void langParameterSwitchesTheTextsBetweenItalianAndEnglish() {
        ApiResponse italian = Api.anonymous().get("/api/membership/charter?lang=it");
        ApiResponse english = Api.anonymous().get("/api/membership/charter?lang=en");

        assertThat(italian.status()).as("%s", italian).isEqualTo(200);
        assertThat(english.status()).as("%s", english).isEqualTo(200);
        assertThat(english.body().path("version")).isEqualTo(italian.body().path("version"));
        assertThat(areasByNumber(english.body().path("principles")))
                .isEqualTo(areasByNumber(italian.body().path("principles")));
        Map<Integer, String> italianTitles = titlesByNumber(italian.body().path("principles"));
        Map<Integer, String> englishTitles = titlesByNumber(english.body().path("principles"));
        assertThat(englishTitles).hasSize(10);
        englishTitles.forEach((number, title) ->
                assertThat(title).as("principle %d in English vs Italian", number).isNotEqualTo(italianTitles.get(number)));
        assertThat(englishTitles.get(10)).containsIgnoringCase("corruption");
        assertThat(italianTitles.get(10)).containsIgnoringCase("corruzione");
    }

    private static Map<Integer, String> areasByNumber(JsonNode principles) {
        Map<Integer, String> areas = new LinkedHashMap<>();
        principles.values().forEach(p -> areas.put(p.path("number").asInt(), p.path("area").asString("")));
        return areas;
    }

    private static Map<Integer, String> titlesByNumber(JsonNode principles) {
        Map<Integer, String> titles = new LinkedHashMap<>();
        principles.values().forEach(p -> titles.put(p.path("number").asInt(), p.path("title").asString("")));
        return titles;
    }
}
