package org.isec.membership.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.isec.defaults.security.Caller;
import org.isec.membership.domain.Contact;
import org.isec.membership.domain.Membership;
import org.isec.membership.domain.Organization;
import org.isec.membership.domain.ProvisioningOutcome;
import org.isec.membership.domain.ProvisioningTask;

/**
 * A member's profile. Everyone who may read the directory sees the organisation, its standing, the charter it
 * accepted and its ethics trainings; the contact and the reason for a suspension are for the organisation
 * itself and operators; the state of Keycloak provisioning is for operators.
 */
record MemberView(String memberId, Organization organization, String standing, SuspensionView suspension,
                  CharterAcceptanceView charter, List<TrainingView> ethicsTrainings, Instant memberSince,
                  Contact contact, ProvisioningView provisioning) {

    record SuspensionView(String reason, String detail, Instant since) {
    }

    record CharterAcceptanceView(String version, Instant acceptedAt) {
    }

    record TrainingView(String courseId, Map<String, String> title, Instant completedAt) {
    }

    /** @param state PENDING while Keycloak has not confirmed the last change, else DONE or FAILED */
    record ProvisioningView(String state, String action, Integer attempts, String lastError, Instant at) {
    }

    static MemberView of(Membership m, Caller caller) {
        boolean privileged = caller.isOperator() || m.memberId().equals(caller.orgId());
        SuspensionView suspension = m.suspension() == null || !privileged ? null
                : new SuspensionView(m.suspension().reason(), m.suspension().detail(), m.suspension().since());
        CharterAcceptanceView charter = m.charterAcceptance() == null ? null : new CharterAcceptanceView(
                String.valueOf(m.charterAcceptance().version()), m.charterAcceptance().acceptedAt());
        List<TrainingView> trainings = m.trainings().stream()
                .map(t -> new TrainingView(t.courseId(), t.title(), t.completedAt())).toList();
        return new MemberView(m.memberId(), m.organization(), m.isActive() ? "ACTIVE" : "SUSPENDED", suspension,
                charter, trainings, m.decision().at(), privileged ? m.contact() : null,
                caller.isOperator() ? provisioning(m.provisioningTask(), m.lastProvisioning()) : null);
    }

    private static ProvisioningView provisioning(ProvisioningTask task, ProvisioningOutcome last) {
        if (task != null) {
            return new ProvisioningView("PENDING", task.action().name(), task.attempts(), task.lastError(),
                    task.createdAt());
        }
        return last == null ? null
                : new ProvisioningView(last.result().name(), last.action().name(), null, last.detail(), last.at());
    }
}
