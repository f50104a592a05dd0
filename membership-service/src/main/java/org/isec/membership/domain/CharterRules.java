package org.isec.membership.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.isec.defaults.problem.InvalidInputException;

/**
 * What a charter version must contain: Italian and English at least; in every language the ten principles,
 * numbered 1–10 in their Global Compact areas, and the same operating rules (by number and code), each with a
 * title and a text.
 */
final class CharterRules {

    private CharterRules() {
    }

    /** The texts with areas filled in from the principle numbers, or every problem found. */
    static Map<String, CharterText> check(Map<String, CharterText> texts) {
        InvalidInputException.Builder errors = InvalidInputException.builder();
        if (texts == null || texts.isEmpty()) {
            throw InvalidInputException.of("texts", "is required, with Italian (it) and English (en) at least");
        }
        for (String required : Charter.FALLBACK) {
            errors.addIf(!texts.containsKey(required), "texts." + required, "is required");
        }
        Map<String, CharterText> checked = new TreeMap<>();
        List<String> ruleCodes = null;
        for (var entry : texts.entrySet()) {
            String path = "texts." + entry.getKey();
            if (!Languages.isIso6391(entry.getKey())) {
                errors.add(path, "must be keyed by an ISO 639-1 language code");
                continue;
            }
            if (entry.getValue() == null) {
                errors.add(path, "is required");
                continue;
            }
            CharterText text = checkText(path, entry.getValue(), errors);
            List<String> codes = text.operatingRules().stream().map(CharterText.OperatingRule::code).toList();
            if (ruleCodes == null) {
                ruleCodes = codes;
            } else if (!ruleCodes.equals(codes)) {
                errors.add(path + ".operatingRules", "must be the same rules, in the same order, in every language");
            }
            checked.put(entry.getKey(), text);
        }
        errors.throwIfAny();
        return checked;
    }

    private static CharterText checkText(String path, CharterText text, InvalidInputException.Builder errors) {
        errors.addIf(blank(text.title()), path + ".title", "is required");
        List<CharterText.Principle> principles = new ArrayList<>();
        if (text.principles().size() != 10) {
            errors.add(path + ".principles", "must list the ten Global Compact principles");
        }
        for (int i = 0; i < text.principles().size(); i++) {
            CharterText.Principle principle = text.principles().get(i);
            String at = path + ".principles[" + i + "]";
            if (principle == null || principle.number() != i + 1) {
                errors.add(at + ".number", "must be " + (i + 1) + ": principles are listed in order");
                continue;
            }
            Area area = Area.ofPrinciple(principle.number());
            errors.addIf(principle.area() != null && principle.area() != area, at + ".area",
                    "principle " + principle.number() + " belongs to " + area);
            errors.addIf(blank(principle.title()), at + ".title", "is required");
            errors.addIf(blank(principle.text()), at + ".text", "is required");
            principles.add(new CharterText.Principle(principle.number(), area, principle.title(), principle.text()));
        }
        if (text.operatingRules().isEmpty()) {
            errors.add(path + ".operatingRules", "must list the operating rules");
        }
        for (int i = 0; i < text.operatingRules().size(); i++) {
            CharterText.OperatingRule rule = text.operatingRules().get(i);
            String at = path + ".operatingRules[" + i + "]";
            if (rule == null) {
                errors.add(at, "is required");
                continue;
            }
            errors.addIf(rule.number() != i + 1, at + ".number", "must be " + (i + 1));
            errors.addIf(blank(rule.code()) || !rule.code().matches("[A-Z][A-Z0-9_]{1,40}"), at + ".code",
                    "must be an upper-case code such as NO_BRIBERY");
            errors.addIf(blank(rule.title()), at + ".title", "is required");
            errors.addIf(blank(rule.text()), at + ".text", "is required");
        }
        String direction = Objects.requireNonNullElse(text.direction(), "ltr");
        errors.addIf(!direction.equals("ltr") && !direction.equals("rtl"), path + ".direction", "must be ltr or rtl");
        return new CharterText(text.title(), text.preamble(), Boolean.TRUE.equals(text.reviewed()), direction,
                principles, text.operatingRules());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
