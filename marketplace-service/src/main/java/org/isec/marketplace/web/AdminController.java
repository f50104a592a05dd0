package org.isec.marketplace.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import org.isec.defaults.problem.InvalidInputException;
import org.isec.defaults.security.Caller;
import org.isec.marketplace.domain.Actor;
import org.isec.marketplace.domain.Commission;
import org.isec.marketplace.domain.CommissionService;
import org.isec.marketplace.domain.MatchingWeightsStore;
import org.isec.marketplace.domain.matching.MatchingWeights;
import org.isec.marketplace.web.Views.CommissionView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What consortium operators do: publish the consortium's tenders, tune matching. Audited with who and why. */
@RestController
@RequestMapping("/api/marketplace/admin")
@PreAuthorize("hasRole('OPERATOR')")
class AdminController {

    private final CommissionService commissions;
    private final MatchingWeightsStore weights;
    private final Clock clock;

    AdminController(CommissionService commissions, MatchingWeightsStore weights, Clock clock) {
        this.commissions = commissions;
        this.weights = weights;
        this.clock = clock;
    }

    /** A public contract won by the consortium, split into lots, each to be awarded to a member or a joint bid. */
    @PostMapping("/tenders")
    ResponseEntity<CommissionView> publishTender(@RequestBody @Valid Requests.CommissionBody body, Caller caller) {
        Actor operator = Actors.of(caller);
        Commission c = commissions.publishTender(body.toCommission(), operator);
        return ResponseEntity.created(URI.create("/api/marketplace/commissions/" + c.id())).body(CommissionView.of(c, operator));
    }

    @GetMapping("/matching-weights")
    MatchingWeightsStore.Current matchingWeights() {
        return weights.current();
    }

    @PutMapping("/matching-weights")
    MatchingWeightsStore.Current replaceMatchingWeights(@RequestBody @Valid Requests.WeightsBody body, Caller caller) {
        var problems = InvalidInputException.builder();
        java.util.Map<String, Double> given = new java.util.LinkedHashMap<>();
        given.put("category", body.category());
        given.put("capabilities", body.capabilities());
        given.put("place", body.place());
        given.put("languages", body.languages());
        given.put("reputation", body.reputation());
        given.put("onTime", body.onTime());
        given.forEach((field, w) -> problems.addIf(!(w >= 0 && w <= 100), field, "must be a number from 0 to 100"));
        problems.addIf(given.values().stream().mapToDouble(Double::doubleValue).sum() <= 0, "weights", "at least one weight must be positive");
        problems.throwIfAny();
        MatchingWeights w = new MatchingWeights(body.category(), body.capabilities(), body.place(), body.languages(),
                body.reputation(), body.onTime());
        return weights.replace(w, Actors.of(caller), body.reason(), clock.instant());
    }
}
