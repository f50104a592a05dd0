package org.isec.notification.domain.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.isec.notification.domain.Language;
import org.isec.notification.domain.NotificationKind;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The texts of every notification, one YAML file per language ({@code templates/notifications_<code>.yml}), so a
 * translator works on one file. Each file has a {@code layout} (salutation, signature, footers), {@code codes} (words
 * for codes such as a suspension reason) and one entry per {@link NotificationKind} with {@code subject},
 * {@code summary} and {@code body} (paragraphs separated by a blank line). The HTML part is built from the same
 * text with every value and every piece of text escaped, so the two parts never say different things.
 */
public final class Templates {

    static final String LOCATION = "templates/notifications_%s.yml";
    static final String HTML_LAYOUT = "templates/layout.html";

    private final Map<Language, LanguagePack> packs;
    private final String htmlLayout;

    Templates(Map<Language, LanguagePack> packs, String htmlLayout) {
        this.packs = packs;
        this.htmlLayout = htmlLayout;
    }

    public static Templates fromClasspath() {
        Map<Language, LanguagePack> packs = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String resource = LOCATION.formatted(language.code());
            try (InputStream in = resource(resource)) {
                if (in != null) {
                    packs.put(language, LanguagePack.parse(language, load(in)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        try (InputStream in = resource(HTML_LAYOUT)) {
            if (in == null) {
                throw new IllegalStateException(HTML_LAYOUT + " is missing");
            }
            return new Templates(packs, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + HTML_LAYOUT, e);
        }
    }

    /**
     * The notification in {@code language}, or in Italian, then English, when its text is missing there.
     *
     * @param firstName for the salutation; null for a neutral one
     * @param platformUrl the link at the end of every message
     * @throws UnfilledPlaceholderException if the text names a value the model does not have
     */
    public RenderedMessage render(NotificationKind kind, Language language, Map<String, TemplateValue> model,
                                  String firstName, String platformUrl) {
        Language used = languageFor(kind, language);
        LanguagePack pack = packs.get(used);
        KindText texts = pack.kinds().get(kind.templateKey());
        Function<String, String> values = name -> {
            TemplateValue value = model.get(name);
            return value == null ? null : value.format(used, pack::code);
        };
        UnaryOperator<String> plain = UnaryOperator.identity();
        String subject = Placeholders.fill(texts.subject(), values, plain).replaceAll("\\s+", " ").strip();
        String summary = Placeholders.fill(texts.summary(), values, plain).strip();
        String greeting = firstName == null || firstName.isBlank() ? pack.layout("greetingGeneric")
                : Placeholders.fill(pack.layout("greeting"), name -> "name".equals(name) ? firstName : null, plain);
        String footer = pack.layout(kind.category().essential() ? "footerEssential" : "footer");
        String body = Placeholders.fill(texts.body(), values, plain).strip();
        String text = greeting + "\n\n" + body + "\n\n" + pack.layout("signature") + "\n" + platformUrl + "\n\n-- \n"
                + footer + "\n";
        String html = html(used, pack, texts, values, subject, greeting, footer, platformUrl);
        return new RenderedMessage(used, subject, summary, text, html);
    }

    /** The language a notification will actually be written in: the one asked for if it has the text, else it, en. */
    public Language languageFor(NotificationKind kind, Language requested) {
        for (Language candidate : new Language[] {requested, Language.IT, Language.EN}) {
            LanguagePack pack = packs.get(candidate);
            if (pack != null && pack.kinds().containsKey(kind.templateKey())) {
                return candidate;
            }
        }
        throw new IllegalStateException("no template for " + kind.templateKey() + " in any language");
    }

    Optional<LanguagePack> pack(Language language) {
        return Optional.ofNullable(packs.get(language));
    }

    String htmlLayout() {
        return htmlLayout;
    }

    private String html(Language language, LanguagePack pack, KindText texts, Function<String, String> values,
                        String subject, String greeting, String footer, String platformUrl) {
        StringBuilder paragraphs = new StringBuilder();
        for (String paragraph : texts.body().strip().split("\\n\\s*\\n")) {
            String filled = Placeholders.fill(paragraph.strip(), values, Html::escape).replace("\n", "<br>\n");
            paragraphs.append("<p style=\"margin:0 0 16px;\">").append(filled).append("</p>\n");
        }
        Map<String, String> fragments = new LinkedHashMap<>();
        fragments.put("lang", language.code());
        fragments.put("dir", language.rightToLeft() ? "rtl" : "ltr");
        fragments.put("align", language.rightToLeft() ? "right" : "left");
        fragments.put("subject", Html.escape(subject));
        fragments.put("greeting", Html.escape(greeting));
        fragments.put("paragraphs", paragraphs.toString());
        fragments.put("platformUrl", Html.escape(platformUrl));
        fragments.put("openPlatform", Html.escape(pack.layout("openPlatform")));
        fragments.put("signature", Html.escape(pack.layout("signature")));
        fragments.put("footer", Html.escape(footer));
        return Placeholders.fillTrusted(htmlLayout, fragments::get);
    }

    private static InputStream resource(String name) {
        return Templates.class.getClassLoader().getResourceAsStream(name);
    }

    private static Map<String, Object> load(InputStream in) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        Object document = yaml.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        if (!(document instanceof Map<?, ?> map)) {
            throw new IllegalStateException("a template file must be a YAML mapping");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> typed = (Map<String, Object>) map;
        return typed;
    }
}
