package org.isec.marketplace.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/** An exact amount in an ISO 4217 currency; never a double. */
public record Money(BigDecimal amount, String currency) {

    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    static boolean isCurrency(String code) {
        return code != null && CURRENCIES.contains(code);
    }

    /** Whether the amount has no more decimals than the currency has (2 for EUR, 0 for JPY). */
    static boolean fitsCurrency(BigDecimal amount, String currency) {
        return !isCurrency(currency) || amount.stripTrailingZeros().scale() <= Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    }

    org.isec.contracts.Money toContract() {
        return new org.isec.contracts.Money(amount, currency);
    }
}
