package org.isec.advisory.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.isec.advisory.domain.Area;
import org.isec.advisory.domain.cases.Cases;
import org.isec.advisory.domain.funding.EligibilityRules;
import org.isec.advisory.domain.funding.FundingCatalogue;
import org.isec.advisory.domain.funding.FundingOpportunity;
import org.isec.advisory.domain.funding.FundingOpportunity.Call;
import org.isec.advisory.domain.funding.Scope;
import org.isec.advisory.domain.sessions.Sessions;
import org.isec.defaults.problem.ForbiddenException;
import org.isec.defaults.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue of funding calls and who can apply to them. */
@RestController
@RequestMapping("/api/advisory/funding-opportunities")
class FundingController {

    private final FundingCatalogue catalogue;
    private final Cases cases;
    private final Sessions sessions;

    FundingController(FundingCatalogue catalogue, Cases cases, Sessions sessions) {
        this.catalogue = catalogue;
        this.cases = cases;
        this.sessions = sessions;
    }

    /** @param reasons why the organisation fits, e.g. {@code REGION:Lombardia}; only with {@code eligibleFor} */
    record OpportunityView(String id, String title, Scope scope, String provider, String description,
                           EligibilityRules eligibility, String currency, BigDecimal minAmount, BigDecimal maxAmount,
                           LocalDate deadline, String url, OffsetDateTime publishedAt, List<String> reasons) {

        static OpportunityView of(FundingOpportunity o, List<String> reasons) {
            return new OpportunityView(o.id(), o.title(), o.scope(), o.provider(), o.description(), o.eligibility(),
                    o.currency(), o.minAmount(), o.maxAmount(), o.deadline(), o.url(), RomeTime.of(o.publishedAt()),
                    reasons);
        }
    }

    record NewOpportunity(String title, Scope scope, String provider, String description,
                          EligibilityRules eligibility, String currency, BigDecimal minAmount, BigDecimal maxAmount,
                          LocalDate deadline, String url) {

        Call call() {
            return new Call(title, scope, provider, description, eligibility, currency, minAmount, maxAmount,
                    deadline, url);
        }
    }

    @PostMapping
    @PreAuthorize("hasRole('OPERATOR')")
    ResponseEntity<OpportunityView> publish(@RequestBody NewOpportunity in, Caller caller) {
        var o = catalogue.publish(in.call(), caller.userId());
        return ResponseEntity.created(URI.create("/api/advisory/funding-opportunities/" + o.id()))
                .body(OpportunityView.of(o, null));
    }

    /**
     * @param eligibleFor {@code me} for the caller's organisation; operators may also name a member id
     */
    @GetMapping
    List<OpportunityView> list(@RequestParam(required = false) String eligibleFor, Caller caller) {
        if (eligibleFor == null || eligibleFor.isBlank()) {
            return catalogue.open().stream().map(o -> OpportunityView.of(o, null)).toList();
        }
        String memberId = "me".equals(eligibleFor) ? caller.requireOrgId() : eligibleFor;
        if (!memberId.equals(caller.orgId()) && !caller.isOperator()) {
            throw new ForbiddenException("OTHER_MEMBER", "Only operators look up another member's eligibility.");
        }
        return catalogue.eligibleFor(memberId).stream()
                .map(fit -> OpportunityView.of(fit.opportunity(), fit.verdict().reasons())).toList();
    }

    @GetMapping("/{id}")
    OpportunityView get(@PathVariable String id) {
        return OpportunityView.of(catalogue.get(id), null);
    }

    record CaseFromOpportunity(Area area, @NotBlank @Size(max = 4000) String description,
                               @NotBlank String preferredLanguage) {
    }

    /** A member asks for help applying to this call: an advisory case linked to it. */
    @PostMapping("/{id}/requests")
    ResponseEntity<CaseView> openCase(@PathVariable String id, @Valid @RequestBody CaseFromOpportunity in,
                                      Caller caller) {
        catalogue.get(id);
        var c = cases.request(caller, in.area() == null ? Area.FUNDING : in.area(), in.description(),
                in.preferredLanguage(), id);
        return ResponseEntity.created(URI.create("/api/advisory/requests/" + c.id()))
                .body(CaseView.of(c, sessions.ofCase(c)));
    }
}
