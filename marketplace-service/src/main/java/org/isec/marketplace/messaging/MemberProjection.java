package org.isec.marketplace.messaging;

import java.time.Instant;
import org.isec.contracts.membership.CharterAccepted;
import org.isec.contracts.membership.MemberApproved;
import org.isec.contracts.membership.MemberProfileUpdated;
import org.isec.contracts.membership.MemberReinstated;
import org.isec.contracts.membership.MemberSuspended;
import org.isec.contracts.membership.OrganizationProfile;
import org.isec.defaults.messaging.InboundEvent;
import org.isec.defaults.messaging.Projections;
import org.isec.marketplace.domain.MarketMember;
import org.isec.marketplace.domain.StandingReconciler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Membership's facts as marketplace needs them: who may trade (approved, suspended, reinstated, charter accepted)
 * and what they offer (profile). Each event is applied once per member document; afterwards the member's open
 * commissions and bids are made to follow its standing.
 */
@Component
class MemberProjection {

    private static final Logger log = LoggerFactory.getLogger(MemberProjection.class);

    private final Projections projections;
    private final StandingReconciler reconciler;

    MemberProjection(Projections projections, StandingReconciler reconciler) {
        this.projections = projections;
        this.reconciler = reconciler;
    }

    void apply(InboundEvent event) {
        if (event.is(MemberApproved.class)) {
            MemberApproved e = event.as(MemberApproved.class);
            Update update = profile(e.organization(), e.approvedAt())
                    .set("status", MarketMember.Status.ACTIVE.name())
                    .set("charterVersion", e.charterVersion())
                    .unset("suspensionReason").unset("suspensionDetail");
            applyThenReconcile(e.memberId(), event, update, "approved");
        } else if (event.is(MemberSuspended.class)) {
            MemberSuspended e = event.as(MemberSuspended.class);
            Update update = new Update().set("status", MarketMember.Status.SUSPENDED.name())
                    .set("suspensionReason", e.reason()).set("suspensionDetail", e.detail()).set("updatedAt", e.suspendedAt());
            applyThenReconcile(e.memberId(), event, update, "suspended (" + e.reason() + ")");
        } else if (event.is(MemberReinstated.class)) {
            MemberReinstated e = event.as(MemberReinstated.class);
            Update update = new Update().set("status", MarketMember.Status.ACTIVE.name())
                    .unset("suspensionReason").unset("suspensionDetail").set("updatedAt", e.reinstatedAt());
            applyThenReconcile(e.memberId(), event, update, "reinstated");
        } else if (event.is(CharterAccepted.class)) {
            CharterAccepted e = event.as(CharterAccepted.class);
            Update update = new Update().set("charterVersion", e.charterVersion()).set("updatedAt", e.acceptedAt());
            applyThenReconcile(e.memberId(), event, update, "accepted charter " + e.charterVersion());
        } else if (event.is(MemberProfileUpdated.class)) {
            MemberProfileUpdated e = event.as(MemberProfileUpdated.class);
            if (projections.applyOnce(MarketMember.class, e.memberId(), event.id(), profile(e.organization(), e.updatedAt()))) {
                reconciler.membersChanged();
                log.info("member {} profile updated in marketplace", e.memberId());
            }
        }
    }

    /** Reconciles even when the event was applied before: a redelivery after a failed reconcile must finish it. */
    private void applyThenReconcile(String memberId, InboundEvent event, Update update, String what) {
        if (projections.applyOnce(MarketMember.class, memberId, event.id(), update)) {
            log.info("member {} {} in marketplace", memberId, what);
        }
        reconciler.reconcile(memberId);
    }

    private static Update profile(OrganizationProfile o, Instant at) {
        return new Update().set("legalName", o.legalName()).set("atecoCodes", o.atecoCodes()).set("region", o.region())
                .set("province", o.province()).set("languages", o.languages()).set("capabilities", o.capabilities())
                .set("updatedAt", at);
    }
}
