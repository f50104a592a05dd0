package org.isec.contracts.advisory;

import java.time.Instant;
import java.time.LocalDate;

import org.isec.contracts.EventType;
import org.isec.contracts.IsecEvent;
import org.isec.contracts.Money;

/**
 * Operators published a funding call. Subject: the opportunity.
 *
 * @param scope     {@link #NATIONAL}, {@link #REGIONAL} or {@link #EU}
 * @param provider  who funds it, e.g. {@code Regione Lombardia}
 * @param minAmount may be null
 * @param maxAmount may be null
 * @param deadline  last day to apply (Europe/Rome)
 * @param url       the official call
 */
@EventType(value = "isec.advisory.FundingOpportunityPublished", partnerVisible = true)
public record FundingOpportunityPublished(
        String opportunityId,
        String title,
        String scope,
        String provider,
        Eligibility eligibility,
        Money minAmount,
        Money maxAmount,
        LocalDate deadline,
        String url,
        Instant publishedAt) implements IsecEvent {

    public static final String NATIONAL = "NATIONAL";
    public static final String REGIONAL = "REGIONAL";
    public static final String EU = "EU";

    @Override
    public String subject() {
        return opportunityId;
    }
}
