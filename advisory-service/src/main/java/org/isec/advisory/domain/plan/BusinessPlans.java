package org.isec.advisory.domain.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.isec.advisory.domain.cases.Cases;
import org.isec.advisory.domain.funding.Member;
import org.isec.advisory.domain.funding.MemberProjection;
import org.isec.advisory.domain.plan.financials.AssumptionsValidator;
import org.isec.advisory.domain.plan.financials.FinancialAssumptions;
import org.isec.advisory.domain.plan.financials.FinancialModel;
import org.isec.advisory.domain.plan.financials.Financials;
import org.isec.advisory.domain.plan.financials.InvalidAssumptionsException;
import org.isec.advisory.domain.plan.report.BusinessPlanPdf;
import org.isec.advisory.domain.plan.report.PlanReport;
import org.isec.defaults.problem.InvalidInputException;
import org.isec.defaults.problem.NotFoundException;
import org.isec.defaults.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Business plans: members write and finalise them; operators and the member's advisors read them. A plan's
 * assumptions are validated on every save, so its financials can always be computed.
 */
@Service
public class BusinessPlans {

    private static final Logger log = LoggerFactory.getLogger(BusinessPlans.class);
    static final int MAX_SECTION = 20_000;

    private final BusinessPlanRepository plans;
    private final Cases cases;
    private final MemberProjection members;
    private final Clock clock;

    BusinessPlans(BusinessPlanRepository plans, Cases cases, MemberProjection members, Clock clock) {
        this.plans = plans;
        this.cases = cases;
        this.members = members;
        this.clock = clock;
    }

    public BusinessPlan create(String title, PlanSections sections, FinancialAssumptions assumptions, Caller caller) {
        String memberId = caller.requireOrgId();
        check(title, sections, assumptions);
        var plan = plans.save(BusinessPlan.draft(memberId, caller.userId(), title.strip(), orEmpty(sections),
                assumptions, now()));
        log.info("business plan {} created for member {}", plan.id(), memberId);
        return plan;
    }

    public BusinessPlan revise(String id, String title, PlanSections sections, FinancialAssumptions assumptions,
                               Caller caller) {
        var plan = owned(id, caller);
        check(title, sections, assumptions);
        plan.revise(title.strip(), orEmpty(sections), assumptions, caller.userId(), now());
        return plans.save(plan);
    }

    /** Freezes the current version; a plan a bank reads has every section written. */
    public BusinessPlan finalizeCurrent(String id, Caller caller) {
        var plan = owned(id, caller);
        PlanSections s = plan.current().sections();
        InvalidInputException.builder()
                .addIf(blank(s.executiveSummary()), "sections.executiveSummary", "is required to finalise")
                .addIf(blank(s.businessIdea()), "sections.businessIdea", "is required to finalise")
                .addIf(blank(s.marketAndCompetitors()), "sections.marketAndCompetitors", "is required to finalise")
                .addIf(blank(s.marketingPlan()), "sections.marketingPlan", "is required to finalise")
                .addIf(blank(s.team()), "sections.team", "is required to finalise")
                .addIf(blank(s.operations()), "sections.operations", "is required to finalise")
                .throwIfAny();
        plan.finalizeCurrent(caller.userId(), now());
        var saved = plans.save(plan);
        log.info("business plan {} version {} finalised", id, saved.current().number());
        return saved;
    }

    public BusinessPlan get(String id, Caller caller) {
        var plan = plans.findById(id).orElseThrow(() -> new NotFoundException("business plan", id));
        boolean mayRead = caller.isOperator() || plan.memberId().equals(caller.orgId())
                || caller.hasRole("advisor") && cases.advises(caller.userId(), plan.memberId());
        if (!mayRead) {
            throw new NotFoundException("business plan", id);
        }
        return plan;
    }

    /** Operators: every plan; advisors: the plans of the members they advise; members: their own. */
    public List<BusinessPlan> visibleTo(Caller caller) {
        if (caller.isOperator()) {
            return plans.findAllByOrderByCreatedAtDesc();
        }
        if (caller.hasRole("advisor") && caller.orgId() == null) {
            return plans.findByMemberIdInOrderByCreatedAtDesc(cases.membersAdvisedBy(caller.userId()));
        }
        return plans.findByMemberIdOrderByCreatedAtDesc(caller.requireOrgId());
    }

    /** @param version null for the current version */
    public PlanVersion version(String id, Integer version, Caller caller) {
        var plan = get(id, caller);
        return version == null ? plan.current()
                : plan.version(version).orElseThrow(() -> new NotFoundException("business plan version",
                        id + " v" + version));
    }

    public Financials financials(String id, Integer version, Caller caller) {
        return FinancialModel.project(version(id, version, caller).assumptions());
    }

    public byte[] pdf(String id, Integer version, String language, Caller caller) {
        if (!BusinessPlanPdf.LANGUAGES.contains(language)) {
            throw InvalidInputException.of("lang", "must be one of " + BusinessPlanPdf.LANGUAGES);
        }
        var plan = get(id, caller);
        PlanVersion v = version(id, version, caller);
        String organisation = members.find(plan.memberId()).map(Member::legalName).orElse(null);
        return BusinessPlanPdf.render(new PlanReport(v.title(), organisation, v.number(), v.finalizedAt(),
                v.sections(), v.assumptions(), FinancialModel.project(v.assumptions())), language);
    }

    private BusinessPlan owned(String id, Caller caller) {
        var plan = plans.findById(id).orElseThrow(() -> new NotFoundException("business plan", id));
        if (!plan.memberId().equals(caller.orgId())) {
            // Operators and advisors read plans but only the member writes its own.
            throw new NotFoundException("business plan", id);
        }
        return plan;
    }

    private static void check(String title, PlanSections sections, FinancialAssumptions assumptions) {
        var problems = InvalidInputException.builder()
                .addIf(blank(title), "title", "is required")
                .addIf(title != null && title.length() > 200, "title", "must be at most 200 characters");
        if (sections != null) {
            sectionLength(problems, "executiveSummary", sections.executiveSummary());
            sectionLength(problems, "businessIdea", sections.businessIdea());
            sectionLength(problems, "marketAndCompetitors", sections.marketAndCompetitors());
            sectionLength(problems, "marketingPlan", sections.marketingPlan());
            sectionLength(problems, "team", sections.team());
            sectionLength(problems, "operations", sections.operations());
        }
        try {
            AssumptionsValidator.check(assumptions);
        } catch (InvalidAssumptionsException e) {
            e.violations().forEach(v -> problems.add(v.field(), v.message()));
        }
        problems.throwIfAny();
    }

    private static void sectionLength(InvalidInputException.Builder problems, String name, String text) {
        problems.addIf(text != null && text.length() > MAX_SECTION, "sections." + name,
                "must be at most " + MAX_SECTION + " characters");
    }

    private static PlanSections orEmpty(PlanSections sections) {
        return sections == null ? PlanSections.empty() : sections;
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
