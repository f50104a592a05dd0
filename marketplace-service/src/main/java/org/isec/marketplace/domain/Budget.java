package org.isec.marketplace.domain;

import java.math.BigDecimal;
import org.isec.defaults.problem.InvalidInputException;

/** What the buyer is ready to pay, as an exact range in one currency. */
public record Budget(BigDecimal min, BigDecimal max, String currency) {

    /** Adds every broken budget rule under {@code path} ("budget", "lots[1].budget"). */
    static void check(Budget b, String path, String commissionCurrency, InvalidInputException.Builder problems) {
        if (b == null) {
            problems.add(path, "is required");
            return;
        }
        problems.addIf(b.min() == null, path + ".min", "is required")
                .addIf(b.max() == null, path + ".max", "is required")
                .addIf(!Money.isCurrency(b.currency()), path + ".currency", "must be an ISO 4217 currency code such as EUR");
        if (commissionCurrency != null && Money.isCurrency(b.currency())) {
            problems.addIf(!b.currency().equals(commissionCurrency), path + ".currency",
                    "must be the commission's currency " + commissionCurrency);
        }
        if (b.min() != null) {
            problems.addIf(b.min().signum() < 0, path + ".min", "must not be negative")
                    .addIf(!Money.fitsCurrency(b.min(), b.currency()), path + ".min", "has more decimals than the currency allows");
        }
        if (b.max() != null) {
            problems.addIf(b.max().signum() <= 0, path + ".max", "must be positive")
                    .addIf(!Money.fitsCurrency(b.max(), b.currency()), path + ".max", "has more decimals than the currency allows");
        }
        if (b.min() != null && b.max() != null) {
            problems.addIf(b.min().compareTo(b.max()) > 0, path + ".min", "must not exceed " + path + ".max");
        }
    }

    org.isec.contracts.marketplace.Budget toContract() {
        return new org.isec.contracts.marketplace.Budget(min, max, currency);
    }
}
