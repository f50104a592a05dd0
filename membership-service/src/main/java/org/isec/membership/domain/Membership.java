package org.isec.membership.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.isec.contracts.membership.CharterAccepted;
import org.isec.contracts.membership.MemberApproved;
import org.isec.contracts.membership.MemberProfileUpdated;
import org.isec.contracts.membership.MemberReinstated;
import org.isec.contracts.membership.MembershipApplied;
import org.isec.contracts.membership.MembershipRejected;
import org.isec.contracts.training.CourseCompleted;
import org.isec.defaults.outbox.AggregateRoot;
import org.isec.defaults.problem.ConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An organisation's membership from application to membership: one document, so that approval (status, member
 * id, standing, charter acceptance, the Keycloak task and the MemberApproved event) is a single write.
 * <p>
 * {@code vatKey} and {@code applicantKey} are set while the application is pending or approved and removed on
 * rejection; unique sparse indexes on them are what make "one open application per VAT number" and "one
 * organisation per user" hold under concurrency.
 */
@Document("memberships")
public class Membership extends AggregateRoot {

    @Id
    private String id;
    private String applicantUserId;
    private Organization organization;
    private Contact contact;
    private String vatKey;
    private String applicantKey;
    private ApplicationStatus status;
    private int appliedCharterVersion;
    private Instant submittedAt;
    private Decision decision;
    private String memberId;
    private Suspension suspension;
    private CharterAcceptance charterAcceptance;
    private List<CompletedTraining> trainings = new ArrayList<>();
    private ProvisioningTask provisioningTask;
    private ProvisioningOutcome lastProvisioning;
    private Instant updatedAt;

    private Membership() {
    }

    static Membership submit(String applicantUserId, ApplicationRules.Valid application, Instant now) {
        Membership m = new Membership();
        m.id = UUID.randomUUID().toString();
        m.applicantUserId = applicantUserId;
        m.organization = application.organization();
        m.contact = application.contact();
        m.vatKey = VatNumbers.key(application.organization().vatNumber());
        m.applicantKey = applicantUserId;
        m.status = ApplicationStatus.SUBMITTED;
        m.appliedCharterVersion = application.charterVersion();
        m.submittedAt = now;
        m.updatedAt = now;
        m.raise(new MembershipApplied(m.id, applicantUserId, m.organization.toEvent(), m.contact.toEvent(),
                String.valueOf(m.appliedCharterVersion), now));
        return m;
    }

    void approve(Actor operator, Instant now) {
        requireUndecided();
        status = ApplicationStatus.APPROVED;
        decision = new Decision(ApplicationStatus.APPROVED, operator, now, null);
        memberId = UUID.randomUUID().toString();
        // Accepting the charter was part of the application.
        charterAcceptance = new CharterAcceptance(appliedCharterVersion, submittedAt, applicantUserId);
        provisioningTask = ProvisioningTask.of(ProvisioningTask.Action.GRANT_MEMBER, applicantUserId, memberId, now);
        updatedAt = now;
        raise(new MemberApproved(memberId, id, applicantUserId, organization.toEvent(), contact.toEvent(),
                String.valueOf(appliedCharterVersion), now));
    }

    void reject(String reason, Actor operator, Instant now) {
        requireUndecided();
        status = ApplicationStatus.REJECTED;
        decision = new Decision(ApplicationStatus.REJECTED, operator, now, reason);
        // Frees the VAT number and the user for a new application.
        vatKey = null;
        applicantKey = null;
        updatedAt = now;
        raise(new MembershipRejected(id, applicantUserId, organization.legalName(), reason, contact.toEvent(), now));
    }

    /**
     * Suspends an active member, or replaces a charter suspension with a weightier one (an operator's or an
     * ethics decision must not be lifted by merely accepting the charter). Returns false when nothing changed.
     */
    boolean suspend(Suspension next, Instant now) {
        requireMember();
        boolean replacesCharterSuspension = suspension != null && suspension.isForCharter() && !next.isForCharter();
        if (suspension != null && !replacesCharterSuspension) {
            return false;
        }
        if (suspension == null) {
            provisioningTask = ProvisioningTask.of(ProvisioningTask.Action.REVOKE_MEMBER, applicantUserId, memberId,
                    now);
        }
        suspension = next;
        updatedAt = now;
        raise(next.toEvent(memberId));
        return true;
    }

    /** Keeps a suspended member suspended for another reason; Keycloak already has the role off. */
    void replaceSuspension(Suspension next, Instant now) {
        requireMember();
        if (suspension == null) {
            throw new IllegalStateException("member " + memberId + " is not suspended");
        }
        suspension = next;
        updatedAt = now;
        raise(next.toEvent(memberId));
    }

    void reinstate(String reason, String detail, Instant now) {
        requireMember();
        if (suspension == null) {
            throw new ConflictException("NOT_SUSPENDED", "Member " + memberId + " is not suspended.");
        }
        suspension = null;
        provisioningTask = ProvisioningTask.of(ProvisioningTask.Action.GRANT_MEMBER, applicantUserId, memberId, now);
        updatedAt = now;
        raise(new MemberReinstated(memberId, reason, detail, now));
    }

    /** Records the acceptance; returns false when this version (or a later one) was already accepted. */
    boolean acceptCharter(Charter charter, String userId, Instant now) {
        requireMember();
        if (charterAcceptance != null && charterAcceptance.version() >= charter.number()) {
            return false;
        }
        charterAcceptance = new CharterAcceptance(charter.number(), now, userId);
        updatedAt = now;
        raise(new CharterAccepted(memberId, charter.id(), userId, now));
        if (suspension != null && suspension.isForCharter()) {
            reinstate(MemberReinstated.CHARTER_ACCEPTED, "Charter version " + charter.id() + " accepted.", now);
        }
        return true;
    }

    boolean hasAccepted(int charterVersion) {
        return charterAcceptance != null && charterAcceptance.version() >= charterVersion;
    }

    /** Records an ethics course; returns false for an event or enrolment already recorded (redelivery). */
    boolean recordEthicsTraining(String eventId, CourseCompleted completed) {
        boolean known = trainings.stream().anyMatch(t -> t.eventId().equals(eventId)
                || t.enrollmentId().equals(completed.enrollmentId()));
        if (known) {
            return false;
        }
        List<CompletedTraining> next = new ArrayList<>(trainings);
        next.add(new CompletedTraining(eventId, completed.enrollmentId(), completed.courseId(),
                completed.courseTopic(), completed.courseTitle(), completed.completedAt()));
        trainings = next;
        return true;
    }

    void changeProfile(Organization newOrganization, Contact newContact, List<String> changedFields, Instant now) {
        requireMember();
        boolean contactChanged = !newContact.equals(contact);
        organization = newOrganization;
        contact = newContact;
        updatedAt = now;
        raise(new MemberProfileUpdated(memberId, organization.toEvent(),
                contactChanged ? contact.toEvent() : null, changedFields, now));
    }

    private void requireUndecided() {
        if (status != ApplicationStatus.SUBMITTED) {
            throw new ConflictException("ALREADY_DECIDED", "Application " + id + " was already "
                    + status.name().toLowerCase() + ".");
        }
    }

    private void requireMember() {
        if (status != ApplicationStatus.APPROVED) {
            throw new IllegalStateException("application " + id + " is not an approved membership");
        }
    }

    public boolean isMember() {
        return status == ApplicationStatus.APPROVED;
    }

    public boolean isActive() {
        return isMember() && suspension == null;
    }

    public boolean isAppliedFor(String userId) {
        return applicantUserId.equals(userId);
    }

    public String id() {
        return id;
    }

    public String applicantUserId() {
        return applicantUserId;
    }

    public Organization organization() {
        return organization;
    }

    public Contact contact() {
        return contact;
    }

    public ApplicationStatus status() {
        return status;
    }

    public int appliedCharterVersion() {
        return appliedCharterVersion;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Decision decision() {
        return decision;
    }

    public String memberId() {
        return memberId;
    }

    public Suspension suspension() {
        return suspension;
    }

    public CharterAcceptance charterAcceptance() {
        return charterAcceptance;
    }

    public List<CompletedTraining> trainings() {
        return List.copyOf(trainings);
    }

    public ProvisioningTask provisioningTask() {
        return provisioningTask;
    }

    public ProvisioningOutcome lastProvisioning() {
        return lastProvisioning;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
