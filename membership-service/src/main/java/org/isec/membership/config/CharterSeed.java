package org.isec.membership.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.isec.membership.domain.CharterService;
import org.isec.membership.domain.CharterText;
import org.isec.membership.domain.Languages;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores charter version 1 from {@code charter/v1/<lang>.json} on first start, before the service answers
 * requests. Later versions are published by operators through the API.
 */
@Component
class CharterSeed implements SmartInitializingSingleton {

    private final CharterService charters;
    private final JsonMapper json;

    CharterSeed(CharterService charters, JsonMapper json) {
        this.charters = charters;
        this.json = json;
    }

    @Override
    public void afterSingletonsInstantiated() {
        charters.seedFirstVersion(firstVersionTexts());
    }

    Map<String, CharterText> firstVersionTexts() {
        Map<String, CharterText> texts = new LinkedHashMap<>();
        for (String language : Languages.PLATFORM) {
            ClassPathResource resource = new ClassPathResource("charter/v1/" + language + ".json");
            try (InputStream in = resource.getInputStream()) {
                texts.put(language, json.readValue(in, CharterText.class));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource.getPath(), e);
            }
        }
        return texts;
    }
}
