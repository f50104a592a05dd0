package org.isec.marketplace.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import org.isec.defaults.security.Caller;
import org.isec.marketplace.domain.Actor;
import org.isec.marketplace.domain.Commission;
import org.isec.marketplace.domain.CommissionFilter;
import org.isec.marketplace.domain.CommissionQueries;
import org.isec.marketplace.domain.CommissionService;
import org.isec.marketplace.domain.CommissionStatus;
import org.isec.marketplace.domain.PageOf;
import org.isec.marketplace.web.Views.CommissionSummary;
import org.isec.marketplace.web.Views.CommissionView;
import org.isec.marketplace.web.Views.MatchView;
import org.isec.marketplace.web.Views.ReviewView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/marketplace/commissions")
@PreAuthorize("hasAnyRole('MEMBER', 'OPERATOR')")
class CommissionController {

    private final CommissionService commissions;
    private final CommissionQueries queries;

    CommissionController(CommissionService commissions, CommissionQueries queries) {
        this.commissions = commissions;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<CommissionView> publish(@RequestBody @Valid Requests.CommissionBody body, Caller caller) {
        Actor actor = Actors.member(caller);
        Commission c = commissions.publish(body.toCommission(), actor);
        return ResponseEntity.created(URI.create("/api/marketplace/commissions/" + c.id())).body(CommissionView.of(c, actor));
    }

    @GetMapping
    PageOf<CommissionSummary> list(@RequestParam(required = false) CommissionStatus status,
                                   @RequestParam(required = false) String category,
                                   @RequestParam(required = false) String region,
                                   @RequestParam(required = false) String capability,
                                   @RequestParam(name = "q", required = false) String text,
                                   @RequestParam(defaultValue = "0") @Min(0) int page,
                                   @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
                                   Caller caller) {
        return queries.list(new CommissionFilter(status, category, region, capability, text), Actors.of(caller), page, size)
                .map(CommissionSummary::of);
    }

    @GetMapping("/{id}")
    CommissionView get(@PathVariable String id, Caller caller) {
        Actor actor = Actors.of(caller);
        return CommissionView.of(queries.get(id, actor), actor);
    }

    @GetMapping("/{id}/matches")
    List<MatchView> matches(@PathVariable String id, @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit, Caller caller) {
        return MatchView.of(queries.matches(id, Actors.of(caller), limit));
    }

    @PostMapping("/{id}/close")
    CommissionView close(@PathVariable String id, Caller caller) {
        Actor actor = Actors.of(caller);
        return CommissionView.of(commissions.close(id, actor), actor);
    }

    @PostMapping("/{id}/award")
    CommissionView award(@PathVariable String id, @RequestBody @Valid Requests.AwardBody body, Caller caller) {
        Actor actor = Actors.of(caller);
        commissions.award(id, body.bidId(), body.reason(), actor);
        return CommissionView.of(queries.get(id, actor), actor);
    }

    @PostMapping("/{id}/complete")
    CommissionView complete(@PathVariable String id, @RequestBody @Valid Requests.CompleteBody body, Caller caller) {
        Actor actor = Actors.of(caller);
        return CommissionView.of(commissions.complete(id, body.lotId(), body.onTime(), actor), actor);
    }

    @PostMapping("/{id}/cancel")
    CommissionView cancel(@PathVariable String id, @RequestBody(required = false) @Valid Requests.CancelBody body, Caller caller) {
        Actor actor = Actors.of(caller);
        return CommissionView.of(commissions.cancel(id, body == null ? null : body.reason(), actor), actor);
    }

    @PostMapping("/{id}/reviews")
    ResponseEntity<ReviewView> review(@PathVariable String id, @RequestBody @Valid Requests.ReviewBody body, Caller caller) {
        var review = commissions.review(id, body.revieweeId(), body.rating(), body.comment(), Actors.of(caller));
        return ResponseEntity.status(201).body(ReviewView.of(id, review));
    }

    @GetMapping("/{id}/reviews")
    List<ReviewView> reviews(@PathVariable String id, Caller caller) {
        return queries.get(id, Actors.of(caller)).reviews().stream().map(r -> ReviewView.of(id, r)).toList();
    }
}
