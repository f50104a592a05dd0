package org.isec.notification.domain.templates;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.isec.notification.domain.Language;

/** One language's file: layout texts, words for codes, and the texts of each notification kind. */
record LanguagePack(Language language, Map<String, String> layout, Map<String, String> codes,
                    Map<String, KindText> kinds) {

    String layout(String name) {
        String text = layout.get(name);
        if (text == null) {
            throw new IllegalStateException("layout." + name + " is missing in " + language.code());
        }
        return text.strip();
    }

    Optional<String> code(String groupAndCode) {
        return Optional.ofNullable(codes.get(groupAndCode));
    }

    static LanguagePack parse(Language language, Map<String, Object> document) {
        Map<String, String> layout = strings(document.get("layout"), "layout");
        Map<String, String> codes = new LinkedHashMap<>();
        if (document.get("codes") instanceof Map<?, ?> groups) {
            groups.forEach((group, entries) -> strings(entries, "codes." + group)
                    .forEach((code, text) -> codes.put(group + "." + code, text.strip())));
        }
        Map<String, KindText> kinds = new LinkedHashMap<>();
        if (document.get("kinds") instanceof Map<?, ?> entries) {
            entries.forEach((key, value) -> {
                Map<String, String> texts = strings(value, "kinds." + key);
                kinds.put(String.valueOf(key), new KindText(texts.get("subject"), texts.get("summary"), texts.get("body")));
            });
        }
        return new LanguagePack(language, layout, codes, kinds);
    }

    private static Map<String, String> strings(Object node, String where) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof Map<?, ?> map)) {
            throw new IllegalStateException(where + " must be a mapping");
        }
        map.forEach((k, v) -> out.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        return out;
    }
}
