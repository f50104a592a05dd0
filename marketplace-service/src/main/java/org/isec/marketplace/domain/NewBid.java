package org.isec.marketplace.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A bid as the supplier sends it. A joint bid names its partners with their work shares in percent and the
 * lead's own share; together they must make exactly 100.
 */
public record NewBid(String lotId, BigDecimal price, String currency, Integer deliveryDays, String message,
                     Integer leadShare, List<PartnerShare> partners) {

    public NewBid {
        partners = partners == null ? List.of() : List.copyOf(partners);
    }

    public record PartnerShare(String memberId, Integer share) {
    }
}
