package org.isec.notification.domain.recipients;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.isec.contracts.membership.CharterAccepted;
import org.isec.contracts.membership.ContactPerson;
import org.isec.contracts.membership.MemberApproved;
import org.isec.contracts.membership.MemberProfileUpdated;
import org.isec.contracts.membership.MemberReinstated;
import org.isec.contracts.membership.MemberSuspended;
import org.isec.contracts.advisory.AdvisorAssigned;
import org.isec.contracts.advisory.AdvisorySessionScheduled;
import org.isec.contracts.training.CertificateIssued;
import org.isec.contracts.training.EnrollmentConfirmed;
import org.isec.contracts.training.EnrollmentWaitlisted;
import org.isec.defaults.messaging.InboundEvent;
import org.isec.defaults.messaging.Projections;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Who can be reached, and how: member organisations and their contact from membership's events (idempotent per
 * event id), and individual users' addresses learnt from events that carry them.
 */
@Service
public class RecipientDirectory {

    private final MongoTemplate mongo;
    private final Projections projections;
    private final Clock clock;

    RecipientDirectory(MongoTemplate mongo, Projections projections, Clock clock) {
        this.mongo = mongo;
        this.projections = projections;
        this.clock = clock;
    }

    /** Updates the directory from an event; events that say nothing about recipients are ignored. */
    public void apply(InboundEvent event) {
        if (event.is(MemberApproved.class)) {
            MemberApproved approved = event.as(MemberApproved.class);
            Update update = new Update().set("organisation", approved.organization().legalName())
                    .set("primaryUserId", approved.userId())
                    .set("status", MemberRecipient.ACTIVE)
                    .set("charterVersion", approved.charterVersion());
            projections.applyOnce(MemberRecipient.class, approved.memberId(), event.id(),
                    withContact(update, approved.contact()));
        } else if (event.is(MemberProfileUpdated.class)) {
            MemberProfileUpdated updated = event.as(MemberProfileUpdated.class);
            Update update = new Update().set("organisation", updated.organization().legalName());
            projections.applyOnce(MemberRecipient.class, updated.memberId(), event.id(),
                    withContact(update, updated.contact()));
        } else if (event.is(MemberSuspended.class)) {
            projections.applyOnce(MemberRecipient.class, event.as(MemberSuspended.class).memberId(), event.id(),
                    new Update().set("status", MemberRecipient.SUSPENDED));
        } else if (event.is(MemberReinstated.class)) {
            projections.applyOnce(MemberRecipient.class, event.as(MemberReinstated.class).memberId(), event.id(),
                    new Update().set("status", MemberRecipient.ACTIVE));
        } else if (event.is(CharterAccepted.class)) {
            CharterAccepted accepted = event.as(CharterAccepted.class);
            projections.applyOnce(MemberRecipient.class, accepted.memberId(), event.id(),
                    new Update().set("charterVersion", accepted.charterVersion()));
        } else {
            learnUserAddress(event);
        }
    }

    public Optional<MemberRecipient> member(String memberId) {
        return memberId == null ? Optional.empty() : Optional.ofNullable(mongo.findById(memberId, MemberRecipient.class));
    }

    /** The organisation's name for messages about it, or its id when membership has not told us yet. */
    public String organisationName(String memberId) {
        return member(memberId).map(MemberRecipient::organisation).filter(n -> n != null && !n.isBlank())
                .orElse(memberId == null ? "" : memberId);
    }

    /** Members (active or suspended) that have not accepted {@code charterVersion} yet. */
    public List<String> membersYetToAccept(String charterVersion) {
        Query query = Query.query(where("status").in(MemberRecipient.ACTIVE, MemberRecipient.SUSPENDED)
                .and("charterVersion").ne(charterVersion));
        query.fields().include("_id");
        return mongo.find(query, MemberRecipient.class).stream().map(MemberRecipient::memberId).toList();
    }

    public Optional<UserContact> user(String userId) {
        return userId == null ? Optional.empty() : Optional.ofNullable(mongo.findById(userId, UserContact.class));
    }

    /** Remembers a person's own address, e.g. from their token when they call the API. */
    public void rememberUser(String userId, String email) {
        if (userId == null || email == null || email.isBlank()) {
            return;
        }
        mongo.upsert(Query.query(where("_id").is(userId)),
                new Update().set("email", email).set("learntAt", clock.instant()), UserContact.class);
    }

    private void learnUserAddress(InboundEvent event) {
        if (event.is(EnrollmentConfirmed.class)) {
            EnrollmentConfirmed e = event.as(EnrollmentConfirmed.class);
            rememberUser(e.userId(), e.learnerEmail());
        } else if (event.is(EnrollmentWaitlisted.class)) {
            EnrollmentWaitlisted e = event.as(EnrollmentWaitlisted.class);
            rememberUser(e.userId(), e.learnerEmail());
        } else if (event.is(CertificateIssued.class)) {
            CertificateIssued e = event.as(CertificateIssued.class);
            rememberUser(e.userId(), e.learnerEmail());
        } else if (event.is(AdvisorAssigned.class)) {
            AdvisorAssigned e = event.as(AdvisorAssigned.class);
            rememberUser(e.advisorId(), e.advisorEmail());
        } else if (event.is(AdvisorySessionScheduled.class)) {
            AdvisorySessionScheduled e = event.as(AdvisorySessionScheduled.class);
            rememberUser(e.advisorId(), e.advisorEmail());
        }
    }

    private static Update withContact(Update update, ContactPerson contact) {
        if (contact != null) {
            update.set("contactFirstName", contact.firstName()).set("contactEmail", contact.email())
                    .set("contactLanguage", contact.language());
        }
        return update;
    }
}
