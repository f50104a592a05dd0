package org.isec.advisory.domain.funding;

import java.util.Optional;

import org.isec.contracts.membership.OrganizationProfile;
import org.isec.defaults.messaging.Projections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Keeps {@link Member} in step with membership's events. Each change is a conditional upsert keyed by the event id
 * ({@link Projections#applyOnce}), so a redelivered event changes nothing; a member whose facts changed is matched
 * against the open calls again.
 */
@Service
public class MemberProjection {

    private static final Logger log = LoggerFactory.getLogger(MemberProjection.class);

    private final Projections projections;
    private final MemberRepository members;
    private final FundingMatcher matcher;

    MemberProjection(Projections projections, MemberRepository members, FundingMatcher matcher) {
        this.projections = projections;
        this.members = members;
        this.matcher = matcher;
    }

    public void approved(String eventId, String memberId, OrganizationProfile profile) {
        if (projections.applyOnce(Member.class, memberId, eventId,
                profile(profile).set("status", Member.MemberStatus.ACTIVE))) {
            log.info("member {} is active", memberId);
        }
        matcher.matchMember(memberId);
    }

    public void profileUpdated(String eventId, String memberId, OrganizationProfile profile) {
        projections.applyOnce(Member.class, memberId, eventId, profile(profile));
        matcher.matchMember(memberId);
    }

    public void suspended(String eventId, String memberId) {
        projections.applyOnce(Member.class, memberId, eventId, new Update().set("status", Member.MemberStatus.SUSPENDED));
    }

    public void reinstated(String eventId, String memberId) {
        projections.applyOnce(Member.class, memberId, eventId, new Update().set("status", Member.MemberStatus.ACTIVE));
        matcher.matchMember(memberId);
    }

    public Optional<Member> find(String memberId) {
        return members.findById(memberId);
    }

    private static Update profile(OrganizationProfile p) {
        if (p == null) {
            // Nothing to replace: keep what is known rather than blank it.
            return new Update();
        }
        return new Update()
                .set("legalName", p.legalName())
                .set("legalForm", p.legalForm())
                .set("atecoCodes", p.atecoCodes())
                .set("region", p.region())
                .set("province", p.province())
                .set("employees", p.employees())
                .set("foundedYear", p.foundedYear())
                .set("founderTraits", p.founderTraits())
                .set("languages", p.languages());
    }
}
