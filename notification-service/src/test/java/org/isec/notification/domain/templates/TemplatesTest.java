package org.isec.notification.domain.templates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.isec.notification.domain.Language;
import org.isec.notification.domain.NotificationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every notification kind has its texts in every language, and no text leaves a placeholder unfilled. (The models
 * the real rules build are rendered in every language by {@code EveryEventRendersTest}.)
 */
class TemplatesTest {

    private static final Templates TEMPLATES = Templates.fromClasspath();
    private static final List<String> LAYOUT = List.of("greeting", "greetingGeneric", "signature", "openPlatform",
            "footer", "footerEssential");

    static Stream<Arguments> everyKindInEveryLanguage() {
        return Stream.of(Language.values()).flatMap(language ->
                Stream.of(NotificationKind.values()).map(kind -> Arguments.of(language, kind)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyKindInEveryLanguage")
    void everyKindIsWrittenInEveryLanguage(Language language, NotificationKind kind) {
        LanguagePack pack = TEMPLATES.pack(language).orElseThrow(() ->
                new AssertionError("templates/notifications_" + language.code() + ".yml is missing"));
        KindText texts = pack.kinds().get(kind.templateKey());
        assertThat(texts).as("%s in %s", kind.templateKey(), language).isNotNull();
        assertThat(texts.subject()).as("subject").isNotBlank();
        assertThat(texts.summary()).as("summary").isNotBlank();
        assertThat(texts.body()).as("body").isNotBlank();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyKindInEveryLanguage")
    void everyTranslationUsesExactlyThePlaceholdersOfTheItalianText(Language language, NotificationKind kind) {
        KindText italian = TEMPLATES.pack(Language.IT).orElseThrow().kinds().get(kind.templateKey());
        KindText translated = TEMPLATES.pack(language).orElseThrow().kinds().get(kind.templateKey());
        assertThat(placeholders(translated)).as("%s in %s", kind.templateKey(), language)
                .isEqualTo(placeholders(italian));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyKindInEveryLanguage")
    void everyKindRendersInEveryLanguageWithNothingLeftUnfilled(Language language, NotificationKind kind) {
        Map<String, TemplateValue> model = new HashMap<>();
        KindText italian = TEMPLATES.pack(Language.IT).orElseThrow().kinds().get(kind.templateKey());
        placeholders(italian).forEach(name -> model.put(name, TemplateValue.text("«" + name + "»")));

        RenderedMessage message = TEMPLATES.render(kind, language, model, "Amina", "https://isec.example");

        assertThat(message.language()).isEqualTo(language);
        for (String part : List.of(message.subject(), message.summary(), message.text(), message.html())) {
            assertThat(part).doesNotContain("${").isNotBlank();
        }
        placeholders(italian).forEach(name -> assertThat(message.text()).contains("«" + name + "»"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageHasTheLayoutTexts(Language language) {
        LanguagePack pack = TEMPLATES.pack(language).orElseThrow();
        LAYOUT.forEach(name -> assertThat(pack.layout(name)).as("layout.%s in %s", name, language).isNotBlank());
        assertThat(pack.layout("greeting")).contains("${name}");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageNamesTheCodesRulesUse(Language language) {
        LanguagePack pack = TEMPLATES.pack(language).orElseThrow();
        Set<String> italianCodes = TEMPLATES.pack(Language.IT).orElseThrow().codes().keySet();
        assertThat(pack.codes().keySet()).isEqualTo(italianCodes);
        assertThat(italianCodes).contains("suspension.CHARTER_NOT_ACCEPTED", "suspension.ETHICS_SUSPENSION",
                "suspension.OPERATOR_DECISION", "reinstatement.CHARTER_ACCEPTED", "principle.1", "principle.10",
                "area.FINANCIAL", "mode.VIDEO", "location.TO_BE_CONFIRMED", "language.zh");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void onlyArabicIsWrittenRightToLeft(Language language) {
        RenderedMessage message = TEMPLATES.render(NotificationKind.CHARTER_ACCEPTED, language,
                Map.of("charterVersion", TemplateValue.text("2026.2")), null, "https://isec.example");

        String dir = language == Language.AR ? "rtl" : "ltr";
        assertThat(message.html()).contains("<html lang=\"" + language.code() + "\" dir=\"" + dir + "\">")
                .contains("<div dir=\"" + dir + "\"");
    }

    @Test
    void valuesAndTextAreEscapedInHtmlButNotInPlainText() {
        RenderedMessage message = TEMPLATES.render(NotificationKind.APPLICATION_REJECTED, Language.EN,
                Map.of("organisation", TemplateValue.text("Smith & Sons <b>"),
                        "reason", TemplateValue.text("<script>alert('x')</script>")), "O'Brien", "https://isec.example/?a=1&b=2");

        assertThat(message.html()).contains("Smith &amp; Sons &lt;b&gt;")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("Dear O&#39;Brien,")
                .contains("href=\"https://isec.example/?a=1&amp;b=2\"")
                .doesNotContain("<script>").doesNotContain("<b>");
        assertThat(message.text()).contains("Smith & Sons <b>").contains("<script>alert('x')</script>");
    }

    @Test
    void aValueThatLooksLikeAPlaceholderIsNotExpandedAgain() {
        RenderedMessage message = TEMPLATES.render(NotificationKind.CHARTER_ACCEPTED, Language.EN,
                Map.of("charterVersion", TemplateValue.text("${name}")), "Amina", "https://isec.example");

        assertThat(message.subject()).isEqualTo("Ethics charter ${name} accepted");
    }

    @Test
    void aMissingValueIsAnErrorNotAGap() {
        assertThatThrownBy(() -> TEMPLATES.render(NotificationKind.MEMBER_WELCOME, Language.IT,
                Map.of("organisation", TemplateValue.text("Sapori del Nilo")), null, "https://isec.example"))
                .isInstanceOf(UnfilledPlaceholderException.class)
                .hasMessageContaining("charterVersion");
    }

    @Test
    void aKindMissingInALanguageFallsBackToItalianThenEnglish() {
        LanguagePack italian = TEMPLATES.pack(Language.IT).orElseThrow();
        LanguagePack english = TEMPLATES.pack(Language.EN).orElseThrow();
        Map<String, KindText> italianWithoutWelcome = new HashMap<>(italian.kinds());
        italianWithoutWelcome.remove(NotificationKind.MEMBER_WELCOME.templateKey());
        Templates onlyItalian = new Templates(Map.of(Language.IT, italian), TEMPLATES.htmlLayout());
        Templates italianMissingWelcome = new Templates(Map.of(
                Language.IT, new LanguagePack(Language.IT, italian.layout(), italian.codes(), italianWithoutWelcome),
                Language.EN, english), TEMPLATES.htmlLayout());

        assertThat(onlyItalian.languageFor(NotificationKind.MEMBER_WELCOME, Language.AR)).isEqualTo(Language.IT);
        assertThat(italianMissingWelcome.languageFor(NotificationKind.MEMBER_WELCOME, Language.FR))
                .isEqualTo(Language.EN);
        assertThat(italianMissingWelcome.languageFor(NotificationKind.CHARTER_ACCEPTED, Language.FR))
                .isEqualTo(Language.IT);
    }

    @Test
    void typedValuesAreFormattedForTheReader() {
        var money = TemplateValue.money(new java.math.BigDecimal("3200.00"), "EUR");
        var deadline = TemplateValue.date(java.time.LocalDate.of(2026, 11, 30));
        var title = TemplateValue.localized(Map.of("it", "Appalti pubblici", "en", "Public procurement"));

        assertThat(money.format(Language.IT, code -> java.util.Optional.empty())).contains("3.200,00").contains("€");
        assertThat(money.format(Language.EN, code -> java.util.Optional.empty())).contains("3,200.00").contains("€");
        assertThat(deadline.format(Language.IT, code -> java.util.Optional.empty())).isEqualTo("30 novembre 2026");
        assertThat(deadline.format(Language.EN, code -> java.util.Optional.empty())).isEqualTo("November 30, 2026");
        assertThat(title.format(Language.EN, code -> java.util.Optional.empty())).isEqualTo("Public procurement");
        // No Arabic title: Italian first, then English.
        assertThat(title.format(Language.AR, code -> java.util.Optional.empty())).isEqualTo("Appalti pubblici");
        assertThat(TemplateValue.code("area", "NEW_AREA").format(Language.IT, code -> java.util.Optional.empty()))
                .isEqualTo("NEW AREA");
    }

    private static Set<String> placeholders(KindText texts) {
        Set<String> names = new java.util.TreeSet<>();
        names.addAll(Placeholders.names(texts.subject()));
        names.addAll(Placeholders.names(texts.summary()));
        names.addAll(Placeholders.names(texts.body()));
        return names;
    }
}
