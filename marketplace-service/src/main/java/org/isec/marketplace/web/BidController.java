package org.isec.marketplace.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.isec.defaults.security.Caller;
import org.isec.marketplace.domain.Bid;
import org.isec.marketplace.domain.CommissionQueries;
import org.isec.marketplace.domain.CommissionService;
import org.isec.marketplace.web.Views.BidView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Bids are sealed: the buyer sees all that count, a bidder or partner only its own. */
@RestController
@RequestMapping("/api/marketplace/commissions/{id}/bids")
@PreAuthorize("hasAnyRole('MEMBER', 'OPERATOR')")
class BidController {

    private final CommissionService commissions;
    private final CommissionQueries queries;

    BidController(CommissionService commissions, CommissionQueries queries) {
        this.commissions = commissions;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<BidView> submit(@PathVariable String id, @RequestBody @Valid Requests.BidBody body, Caller caller) {
        Bid bid = commissions.submitBid(id, body.toBid(), Actors.member(caller));
        return ResponseEntity.created(URI.create("/api/marketplace/commissions/" + id + "/bids/" + bid.id())).body(BidView.of(id, bid));
    }

    @GetMapping
    List<BidView> list(@PathVariable String id, Caller caller) {
        return queries.bids(id, Actors.of(caller)).stream().map(b -> BidView.of(id, b)).toList();
    }

    @PostMapping("/{bidId}/withdraw")
    BidView withdraw(@PathVariable String id, @PathVariable String bidId, Caller caller) {
        return BidView.of(id, commissions.withdrawBid(id, bidId, Actors.member(caller)));
    }

    /** A partner of a joint bid agrees to it; the bid counts once every partner did. */
    @PostMapping("/{bidId}/confirm")
    BidView confirm(@PathVariable String id, @PathVariable String bidId, Caller caller) {
        return BidView.of(id, commissions.confirmPartnership(id, bidId, Actors.member(caller)));
    }

    @PostMapping("/{bidId}/decline")
    BidView decline(@PathVariable String id, @PathVariable String bidId, Caller caller) {
        return BidView.of(id, commissions.declinePartnership(id, bidId, Actors.member(caller)));
    }
}
