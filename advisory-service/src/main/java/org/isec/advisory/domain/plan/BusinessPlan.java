package org.isec.advisory.domain.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.isec.advisory.domain.plan.financials.FinancialAssumptions;
import org.isec.advisory.domain.plan.financials.FinancialAssumptions.Investment;
import org.isec.contracts.Money;
import org.isec.contracts.advisory.BusinessPlanFinalized;
import org.isec.defaults.outbox.AggregateRoot;
import org.isec.defaults.problem.ConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A member's business plan: the version being worked on and the finalised versions before it. */
@Document("business_plans")
public class BusinessPlan extends AggregateRoot {

    static final int MAX_VERSIONS = 50;

    @Id
    private String id;
    private String memberId;
    private String createdBy;
    private Instant createdAt;
    private PlanVersion current;
    private List<PlanVersion> history = new ArrayList<>();

    protected BusinessPlan() {
    }

    static BusinessPlan draft(String memberId, String userId, String title, PlanSections sections,
                              FinancialAssumptions assumptions, Instant at) {
        var plan = new BusinessPlan();
        plan.id = UUID.randomUUID().toString();
        plan.memberId = memberId;
        plan.createdBy = userId;
        plan.createdAt = at;
        plan.current = new PlanVersion(1, title, sections, assumptions, at, userId, null, null);
        return plan;
    }

    /** Edits the draft, or opens the next version when the current one is final. */
    void revise(String title, PlanSections sections, FinancialAssumptions assumptions, String userId, Instant at) {
        int number = current.number();
        if (current.isFinal()) {
            if (history.size() + 1 >= MAX_VERSIONS) {
                throw new ConflictException("TOO_MANY_VERSIONS", "A plan keeps at most " + MAX_VERSIONS
                        + " versions; start a new plan.");
            }
            history.add(current);
            number++;
        }
        current = new PlanVersion(number, title, sections, assumptions, at, userId, null, null);
    }

    void finalizeCurrent(String userId, Instant at) {
        if (current.isFinal()) {
            throw new ConflictException("ALREADY_FINAL", "Version " + current.number() + " is already final.");
        }
        current = current.finalized(at, userId);
        FinancialAssumptions a = current.assumptions();
        BigDecimal invested = a.investments().stream().map(Investment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal loan = a.financing() == null || a.financing().loan() == null ? null : a.financing().loan().amount();
        raise(new BusinessPlanFinalized(id, memberId, current.title(), current.number(), a.startYear(), a.years(),
                new Money(invested, a.currency()), loan == null ? null : new Money(loan, a.currency()), at));
    }

    public Optional<PlanVersion> version(int number) {
        if (current.number() == number) {
            return Optional.of(current);
        }
        return history.stream().filter(v -> v.number() == number).findFirst();
    }

    public String id() {
        return id;
    }

    public String memberId() {
        return memberId;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public PlanVersion current() {
        return current;
    }

    /** Every version, oldest first. */
    public List<PlanVersion> versions() {
        List<PlanVersion> all = new ArrayList<>(history);
        all.add(current);
        return all;
    }
}
