package org.isec.training.domain.enrolment;

import java.util.Optional;

import org.isec.defaults.messaging.Projections;
import org.isec.defaults.problem.ForbiddenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Which member organisations may enrol, from membership's events; each event is applied once however often it is
 * delivered. The token already proves membership (the member role and org_id are given on approval); this read
 * model adds what a token cannot know until it expires: a suspension.
 */
@Service
public class Members {

    private static final Logger log = LoggerFactory.getLogger(Members.class);

    private final Projections projections;
    private final MongoTemplate mongo;

    Members(Projections projections, MongoTemplate mongo) {
        this.projections = projections;
        this.mongo = mongo;
    }

    public boolean approved(String eventId, String memberId, String organisationName) {
        return apply(eventId, memberId, new Update().set("status", MemberStanding.ACTIVE)
                .set("organisationName", organisationName), "approved");
    }

    public boolean suspended(String eventId, String memberId) {
        return apply(eventId, memberId, new Update().set("status", MemberStanding.SUSPENDED), "suspended");
    }

    public boolean reinstated(String eventId, String memberId) {
        return apply(eventId, memberId, new Update().set("status", MemberStanding.ACTIVE), "reinstated");
    }

    public boolean renamed(String eventId, String memberId, String organisationName) {
        return apply(eventId, memberId, new Update().set("organisationName", organisationName), "profile updated");
    }

    void requireMayEnrol(String memberId) {
        if (standing(memberId).map(MemberStanding::isSuspended).orElse(false)) {
            throw new ForbiddenException("MEMBER_SUSPENDED",
                    "The member organisation is suspended and cannot enrol in courses until reinstated.");
        }
    }

    public Optional<String> organisationName(String memberId) {
        return standing(memberId).map(s -> s.organisationName);
    }

    public boolean isSuspended(String memberId) {
        return standing(memberId).map(MemberStanding::isSuspended).orElse(false);
    }

    private Optional<MemberStanding> standing(String memberId) {
        return memberId == null ? Optional.empty()
                : Optional.ofNullable(mongo.findById(memberId, MemberStanding.class));
    }

    private boolean apply(String eventId, String memberId, Update update, String fact) {
        boolean applied = projections.applyOnce(MemberStanding.class, memberId, eventId, update);
        if (applied) {
            log.info("member {} {} (event {})", memberId, fact, eventId);
        } else {
            log.debug("event {} for member {} already applied", eventId, memberId);
        }
        return applied;
    }
}
