package org.isec.advisory.domain.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.isec.contracts.Money;
import org.isec.contracts.advisory.FundingOpportunityPublished;
import org.isec.defaults.outbox.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A funding call operators publish for members. {@code matchedAt} is set once every active member has been
 * checked against it, so a crash half-way through is finished by {@link FundingMatcher#finishPending()}.
 */
@Document("funding_opportunities")
public class FundingOpportunity extends AggregateRoot {

    @Id
    private String id;
    private String title;
    private Scope scope;
    private String provider;
    private String description;
    private EligibilityRules eligibility;
    private String currency;
    private BigDecimal minAmount;
    private BigDecimal maxAmount;
    private LocalDate deadline;
    private String url;
    private Instant publishedAt;
    private String publishedBy;
    private Instant matchedAt;

    protected FundingOpportunity() {
    }

    static FundingOpportunity publish(Call call, String operatorId, Instant at) {
        var o = new FundingOpportunity();
        o.id = UUID.randomUUID().toString();
        o.title = call.title();
        o.scope = call.scope();
        o.provider = call.provider();
        o.description = call.description();
        o.eligibility = call.eligibility() == null ? EligibilityRules.none() : call.eligibility();
        o.currency = call.currency();
        o.minAmount = call.minAmount();
        o.maxAmount = call.maxAmount();
        o.deadline = call.deadline();
        o.url = call.url();
        o.publishedAt = at;
        o.publishedBy = operatorId;
        o.raise(new FundingOpportunityPublished(o.id, o.title, o.scope.name(), o.provider,
                o.eligibility.toContract(), money(o.minAmount, o.currency), money(o.maxAmount, o.currency),
                o.deadline, o.url, at));
        return o;
    }

    boolean openOn(LocalDate day) {
        return !deadline.isBefore(day);
    }

    private static Money money(BigDecimal amount, String currency) {
        return amount == null ? null : new Money(amount, currency);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Scope scope() {
        return scope;
    }

    public String provider() {
        return provider;
    }

    public String description() {
        return description;
    }

    public EligibilityRules eligibility() {
        return eligibility;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal minAmount() {
        return minAmount;
    }

    public BigDecimal maxAmount() {
        return maxAmount;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public String url() {
        return url;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant matchedAt() {
        return matchedAt;
    }

    /** What an operator publishes. */
    public record Call(String title, Scope scope, String provider, String description, EligibilityRules eligibility,
                       String currency, BigDecimal minAmount, BigDecimal maxAmount, LocalDate deadline, String url) {
    }
}
