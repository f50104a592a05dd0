package org.isec.advisory.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.isec.advisory.domain.plan.BusinessPlans;
import org.isec.advisory.domain.plan.financials.Financials;
import org.isec.defaults.security.Caller;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Business plans: versions, computed financials and the PDF for the bank. {@code ?version=} reads an older one. */
@RestController
@RequestMapping("/api/advisory/business-plans")
class BusinessPlanController {

    private final BusinessPlans plans;

    BusinessPlanController(BusinessPlans plans) {
        this.plans = plans;
    }

    @PostMapping
    ResponseEntity<PlanView> create(@RequestBody PlanRequest in, Caller caller) {
        var plan = plans.create(in.title(), in.sections(), in.assumptions(), caller);
        return ResponseEntity.created(URI.create("/api/advisory/business-plans/" + plan.id()))
                .body(PlanView.of(plan, plan.current()));
    }

    @GetMapping
    List<PlanView> list(Caller caller) {
        return plans.visibleTo(caller).stream().map(p -> PlanView.of(p, p.current())).toList();
    }

    @GetMapping("/{id}")
    PlanView get(@PathVariable String id, @RequestParam(required = false) Integer version, Caller caller) {
        return PlanView.of(plans.get(id, caller), plans.version(id, version, caller));
    }

    /** Edits the draft; when the current version is final, starts the next version. */
    @PutMapping("/{id}")
    PlanView revise(@PathVariable String id, @RequestBody PlanRequest in, Caller caller) {
        var plan = plans.revise(id, in.title(), in.sections(), in.assumptions(), caller);
        return PlanView.of(plan, plan.current());
    }

    @PostMapping("/{id}/finalize")
    PlanView finalizeCurrent(@PathVariable String id, Caller caller) {
        var plan = plans.finalizeCurrent(id, caller);
        return PlanView.of(plan, plan.current());
    }

    @GetMapping("/{id}/financials")
    Financials financials(@PathVariable String id, @RequestParam(required = false) Integer version, Caller caller) {
        return plans.financials(id, version, caller);
    }

    /** @param lang {@code it} or {@code en}; without it the Accept-Language header decides, then Italian */
    @GetMapping("/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id, @RequestParam(required = false) String lang,
                               @RequestParam(required = false) Integer version, Locale locale, Caller caller) {
        String language = lang != null ? lang : "en".equals(locale.getLanguage()) ? "en" : "it";
        byte[] pdf = plans.pdf(id, version, language, caller);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("business-plan-" + id + "-" + language + ".pdf").build().toString())
                .body(pdf);
    }
}
