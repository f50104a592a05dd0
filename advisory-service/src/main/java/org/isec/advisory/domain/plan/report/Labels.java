package org.isec.advisory.domain.plan.report;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/** Words and numbers as a reader of {@code locale} writes them (Italian: 1.234,56; English: 1,234.56). */
final class Labels {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private final ResourceBundle bundle;
    private final Locale locale;
    private final int moneyScale;

    Labels(Locale locale, int moneyScale) {
        this.locale = locale;
        this.moneyScale = moneyScale;
        // ROOT fallback control: a missing Italian key falls back to English, never to the JVM's default locale.
        this.bundle = ResourceBundle.getBundle("i18n.business-plan", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    String money(BigDecimal amount) {
        return amount == null ? text("row.notApplicable") : decimals(moneyScale, moneyScale).format(amount);
    }

    String ratio(BigDecimal value) {
        return value == null ? text("row.notApplicable") : decimals(2, 2).format(value);
    }

    /** Quantities and percentages as typed: no trailing zeros, at most two decimals. */
    String quantity(BigDecimal value) {
        return value == null ? "" : decimals(0, 2).format(value);
    }

    String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("MMM yyyy", locale).format(month);
    }

    String date(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(instant.atZone(ROME));
    }

    private NumberFormat decimals(int min, int max) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(min);
        format.setMaximumFractionDigits(max);
        format.setRoundingMode(java.math.RoundingMode.HALF_EVEN);
        return format;
    }
}
