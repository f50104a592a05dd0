package org.isec.contracts.marketplace;

import java.math.BigDecimal;

/** A budget range in one ISO 4217 currency; {@code min <= max}. */
public record Budget(BigDecimal min, BigDecimal max, String currency) {
}
