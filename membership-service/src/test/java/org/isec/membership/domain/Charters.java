package org.isec.membership.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** The real charter texts shipped with the service, read as the seed reads them. */
final class Charters {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Charters() {
    }

    static Map<String, CharterText> shippedTexts() {
        Map<String, CharterText> texts = new LinkedHashMap<>();
        for (String language : Languages.PLATFORM) {
            try (InputStream in = Charters.class.getResourceAsStream("/charter/v1/" + language + ".json")) {
                texts.put(language, JSON.readValue(in, CharterText.class));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return texts;
    }

    static Charter first() {
        return Charter.first(CharterRules.check(shippedTexts()), Instant.parse("2025-01-01T00:00:00Z"));
    }
}
