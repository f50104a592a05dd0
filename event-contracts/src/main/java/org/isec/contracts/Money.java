package org.isec.contracts;

import java.math.BigDecimal;

/** An exact amount with its ISO 4217 currency code, e.g. {@code 3200.00 EUR}. */
public record Money(BigDecimal amount, String currency) {

    public static Money eur(String amount) {
        return new Money(new BigDecimal(amount), "EUR");
    }
}
