package org.isec.marketplace.web;

import java.util.List;
import org.isec.defaults.problem.NotFoundException;
import org.isec.defaults.security.Caller;
import org.isec.marketplace.domain.CommissionQueries;
import org.isec.marketplace.domain.MarketMember;
import org.isec.marketplace.domain.MemberDirectory;
import org.isec.marketplace.domain.Reputation;
import org.isec.marketplace.web.Views.RecommendationView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/marketplace")
@PreAuthorize("hasAnyRole('MEMBER', 'OPERATOR')")
class MemberController {

    private final MemberDirectory members;
    private final CommissionQueries queries;

    MemberController(MemberDirectory members, CommissionQueries queries) {
        this.members = members;
        this.queries = queries;
    }

    /** Public among members: a track record is what lets strangers trade with each other. */
    @GetMapping("/members/{id}/reputation")
    Reputation reputation(@PathVariable String id) {
        return members.find(id).filter(m -> m.status() != null).map(MarketMember::reputation)
                .orElseThrow(() -> new NotFoundException("member", id));
    }

    /** Open commissions that fit the caller's organisation best, with the why of each score. */
    @GetMapping("/recommendations")
    List<RecommendationView> recommendations(Caller caller) {
        return queries.recommendations(Actors.member(caller)).stream().map(RecommendationView::of).toList();
    }
}
