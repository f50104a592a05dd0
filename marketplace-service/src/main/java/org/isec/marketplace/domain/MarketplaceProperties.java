package org.isec.marketplace.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param notifyTop          how many best-ranked suppliers {@code SuppliersMatched} names
 * @param indexRefresh       how old the in-memory supplier index may get before a ranking rebuilds it (changes
 *                           handled by this instance rebuild it at once)
 * @param deadlineCheck      how often commissions past their deadline are closed or expired
 * @param recommendations    how many commissions {@code GET /recommendations} returns at most
 */
@ConfigurationProperties("isec.marketplace")
public record MarketplaceProperties(@DefaultValue("10") int notifyTop, @DefaultValue("30s") Duration indexRefresh,
                                    @DefaultValue("10s") Duration deadlineCheck, @DefaultValue("20") int recommendations) {
}
