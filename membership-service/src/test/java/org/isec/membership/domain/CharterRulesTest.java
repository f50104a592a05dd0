package org.isec.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.isec.defaults.problem.InvalidField;
import org.isec.defaults.problem.InvalidInputException;
import org.junit.jupiter.api.Test;

class CharterRulesTest {

    @Test
    void theShippedTextsAreCompleteInEveryLanguage() {
        Map<String, CharterText> texts = CharterRules.check(Charters.shippedTexts());

        assertThat(texts).containsOnlyKeys(Languages.PLATFORM);
        texts.values().forEach(text -> {
            assertThat(text.principles()).extracting(CharterText.Principle::area).containsExactly(
                    Area.HUMAN_RIGHTS, Area.HUMAN_RIGHTS, Area.LABOUR, Area.LABOUR, Area.LABOUR, Area.LABOUR,
                    Area.ENVIRONMENT, Area.ENVIRONMENT, Area.ENVIRONMENT, Area.ANTI_CORRUPTION);
            assertThat(text.operatingRules()).extracting(CharterText.OperatingRule::code).containsExactly(
                    "TRUTHFUL_DATA", "NO_BRIBERY", "FAIR_LABOUR", "ENVIRONMENTAL_CARE", "HONOUR_TERMS",
                    "GOOD_FAITH", "CONFLICTS_OF_INTEREST", "ETHICS_REVIEW");
        });
    }

    @Test
    void italianAndEnglishAreRequired() {
        Map<String, CharterText> onlyFrench = Map.of("fr", Charters.shippedTexts().get("fr"));

        assertThatThrownBy(() -> CharterRules.check(onlyFrench))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidField::field).containsExactlyInAnyOrder("texts.it", "texts.en"));
    }

    @Test
    void allTenPrinciplesInTheirAreasAreRequired() {
        Map<String, CharterText> texts = new LinkedHashMap<>(Charters.shippedTexts());
        CharterText en = texts.get("en");
        List<CharterText.Principle> principles = new ArrayList<>(en.principles());
        principles.set(9, new CharterText.Principle(10, Area.LABOUR, "Against corruption", ""));
        texts.put("en", new CharterText(en.title(), en.preamble(), false, "ltr", principles, en.operatingRules()));

        assertThatThrownBy(() -> CharterRules.check(texts))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidField::field)
                        .containsExactlyInAnyOrder("texts.en.principles[9].area", "texts.en.principles[9].text"));
    }

    @Test
    void theOperatingRulesAreTheSameInEveryLanguage() {
        Map<String, CharterText> texts = new LinkedHashMap<>(Charters.shippedTexts());
        CharterText es = texts.get("es");
        texts.put("es", new CharterText(es.title(), es.preamble(), false, "ltr", es.principles(),
                es.operatingRules().subList(0, 7)));

        assertThatThrownBy(() -> CharterRules.check(texts))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidField::field).contains("texts.es.operatingRules"));
    }
}
