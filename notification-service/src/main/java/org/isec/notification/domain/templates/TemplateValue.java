package org.isec.notification.domain.templates;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.isec.notification.domain.Language;

/**
 * A value for a template placeholder, kept in a language-neutral form and formatted in the reader's language when
 * the message is rendered (a date in Arabic, an amount in Chinese, a course title in the learner's language).
 *
 * @param value      TEXT: the text; INSTANT: ISO-8601 instant; DATE: ISO date; MONEY: {@code 3200.00 EUR};
 *                   NUMBER: digits; CODE: {@code group.CODE} looked up in the language's code list
 * @param byLanguage LOCALIZED only: text per ISO 639-1 code
 */
public record TemplateValue(Type type, String value, Map<String, String> byLanguage) {

    /** Business dates and times are shown in Milan's time zone. */
    static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    public enum Type { TEXT, INSTANT, DATE, MONEY, NUMBER, LOCALIZED, CODE }

    public TemplateValue {
        value = value == null ? "" : value;
        byLanguage = byLanguage == null ? Map.of() : Map.copyOf(byLanguage);
    }

    public static TemplateValue text(String text) {
        return new TemplateValue(Type.TEXT, text, null);
    }

    public static TemplateValue instant(Instant instant) {
        return instant == null ? text("") : new TemplateValue(Type.INSTANT, instant.toString(), null);
    }

    public static TemplateValue date(LocalDate date) {
        return date == null ? text("") : new TemplateValue(Type.DATE, date.toString(), null);
    }

    public static TemplateValue money(BigDecimal amount, String currency) {
        return amount == null ? text("")
                : new TemplateValue(Type.MONEY, amount.toPlainString() + " " + (currency == null ? "" : currency), null);
    }

    public static TemplateValue number(long number) {
        return new TemplateValue(Type.NUMBER, Long.toString(number), null);
    }

    public static TemplateValue localized(Map<String, String> byLanguage) {
        return new TemplateValue(Type.LOCALIZED, null, byLanguage);
    }

    /** A code the reader should see in words, e.g. {@code code("area", "FINANCIAL")}; unknown codes show as they are. */
    public static TemplateValue code(String group, String code) {
        return code == null ? text("") : new TemplateValue(Type.CODE, group + "." + code, null);
    }

    /** The value as the reader of {@code language} should see it; {@code codes} finds the words for a code. */
    String format(Language language, Function<String, Optional<String>> codes) {
        return switch (type) {
            case TEXT, NUMBER -> value;
            case INSTANT -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(language.locale()).withZone(ZONE).format(Instant.parse(value));
            case DATE -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale())
                    .format(LocalDate.parse(value));
            case MONEY -> money(language);
            case LOCALIZED -> localizedText(language);
            case CODE -> codes.apply(value).orElseGet(() -> value.substring(value.indexOf('.') + 1).replace('_', ' '));
        };
    }

    private String money(Language language) {
        String[] parts = value.split(" ", 2);
        BigDecimal amount = new BigDecimal(parts[0]);
        String currency = parts.length > 1 ? parts[1] : "";
        try {
            NumberFormat format = NumberFormat.getCurrencyInstance(language.locale());
            Currency unit = Currency.getInstance(currency);
            format.setCurrency(unit);
            format.setMinimumFractionDigits(unit.getDefaultFractionDigits());
            format.setMaximumFractionDigits(unit.getDefaultFractionDigits());
            return format.format(amount);
        } catch (IllegalArgumentException unknownCurrency) {
            return amount.toPlainString() + " " + currency;
        }
    }

    private String localizedText(Language language) {
        for (String code : new String[] {language.code(), Language.IT.code(), Language.EN.code()}) {
            String text = byLanguage.get(code);
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return new TreeMap<>(byLanguage).values().stream().findFirst().orElse("");
    }
}
