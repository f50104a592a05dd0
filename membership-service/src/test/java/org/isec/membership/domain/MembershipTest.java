package org.isec.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.Year;
import java.util.Map;

import org.isec.contracts.membership.MemberReinstated;
import org.isec.contracts.membership.MemberSuspended;
import org.isec.contracts.training.CourseCompleted;
import org.isec.defaults.outbox.OutboxEvent;
import org.isec.defaults.problem.ConflictException;
import org.junit.jupiter.api.Test;

class MembershipTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final Actor OPERATOR = new Actor("op-1", "operator");

    private final Membership application = Membership.submit("user-1",
            ApplicationRules.check(Forms.valid(), Charters.first(), Year.of(2026)), NOW);

    @Test
    void applyingClaimsTheVatNumberAndTheUserAndAnnouncesTheApplication() {
        assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(types()).containsExactly("isec.membership.MembershipApplied");
    }

    @Test
    void approvalMakesAnActiveMemberWhoAcceptedTheCharterAndQueuesTheKeycloakGrantInTheSameDocument() {
        application.approve(OPERATOR, NOW);

        assertThat(application.isActive()).isTrue();
        assertThat(application.memberId()).isNotBlank();
        assertThat(application.charterAcceptance().version()).isEqualTo(1);
        assertThat(application.provisioningTask().action()).isEqualTo(ProvisioningTask.Action.GRANT_MEMBER);
        assertThat(application.provisioningTask().orgId()).isEqualTo(application.memberId());
        assertThat(application.provisioningTask().userId()).isEqualTo("user-1");
        assertThat(types()).endsWith("isec.membership.MemberApproved");
        assertThat(last().data()).contains("amina@example.org").contains("\"language\":\"ar\"");
    }

    @Test
    void anApplicationIsDecidedOnce() {
        application.approve(OPERATOR, NOW);

        assertThatThrownBy(() -> application.reject("late", OPERATOR, NOW))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("ALREADY_DECIDED"));
        assertThatThrownBy(() -> application.approve(OPERATOR, NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void rejectionGivesTheReasonAndReleasesTheVatNumber() {
        application.reject("Incomplete documents", OPERATOR, NOW);

        assertThat(application.decision().reason()).isEqualTo("Incomplete documents");
        assertThat(application).extracting("vatKey", "applicantKey").containsOnlyNulls();
        assertThat(types()).endsWith("isec.membership.MembershipRejected");
    }

    @Test
    void suspensionRevokesTheRoleAndASecondSuspensionChangesNothing() {
        application.approve(OPERATOR, NOW);

        assertThat(application.suspend(Suspension.byOperator("unpaid fees", OPERATOR, NOW), NOW)).isTrue();
        assertThat(application.isActive()).isFalse();
        assertThat(application.provisioningTask().action()).isEqualTo(ProvisioningTask.Action.REVOKE_MEMBER);
        assertThat(last().type()).isEqualTo("isec.membership.MemberSuspended");

        int events = application.pendingEvents().size();
        assertThat(application.suspend(Suspension.byOperator("again", OPERATOR, NOW), NOW)).isFalse();
        assertThat(application.pendingEvents()).hasSize(events);
    }

    @Test
    void anOperatorSuspensionOutweighsACharterSuspension() {
        application.approve(OPERATOR, NOW);
        application.suspend(Suspension.forCharter(2, NOW), NOW);
        String revokeTask = application.provisioningTask().taskId();

        assertThat(application.suspend(Suspension.byOperator("fraud", OPERATOR, NOW), NOW)).isTrue();

        assertThat(application.suspension().reason()).isEqualTo(MemberSuspended.OPERATOR_DECISION);
        assertThat(application.provisioningTask().taskId()).as("the role is already off").isEqualTo(revokeTask);
    }

    @Test
    void acceptingTheCharterLiftsOnlyACharterSuspension() {
        Charter second = Charter.publish(Charters.first(), Charters.shippedTexts(), NOW, 0, "v2", OPERATOR, NOW);
        application.approve(OPERATOR, NOW);
        application.suspend(Suspension.forCharter(2, NOW), NOW);

        assertThat(application.acceptCharter(second, "user-1", NOW)).isTrue();

        assertThat(application.isActive()).isTrue();
        assertThat(application.provisioningTask().action()).isEqualTo(ProvisioningTask.Action.GRANT_MEMBER);
        assertThat(types()).endsWith("isec.membership.CharterAccepted", "isec.membership.MemberReinstated");
        assertThat(last().data()).contains(MemberReinstated.CHARTER_ACCEPTED);
    }

    @Test
    void acceptingTheCharterDoesNotLiftAnOperatorSuspension() {
        Charter second = Charter.publish(Charters.first(), Charters.shippedTexts(), NOW, 0, "v2", OPERATOR, NOW);
        application.approve(OPERATOR, NOW);
        application.suspend(Suspension.byOperator("fraud", OPERATOR, NOW), NOW);

        application.acceptCharter(second, "user-1", NOW);

        assertThat(application.isActive()).isFalse();
        assertThat(application.hasAccepted(2)).isTrue();
    }

    @Test
    void acceptingAVersionAlreadyAcceptedChangesNothing() {
        application.approve(OPERATOR, NOW);
        int events = application.pendingEvents().size();

        assertThat(application.acceptCharter(Charters.first(), "user-1", NOW)).isFalse();
        assertThat(application.pendingEvents()).hasSize(events);
    }

    @Test
    void reinstatingAnActiveMemberIsAConflict() {
        application.approve(OPERATOR, NOW);

        assertThatThrownBy(() -> application.reinstate(MemberReinstated.OPERATOR_DECISION, null, NOW))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("NOT_SUSPENDED"));
    }

    @Test
    void aRedeliveredCourseCompletionIsRecordedOnce() {
        application.approve(OPERATOR, NOW);
        var completed = new CourseCompleted("enr-1", "course-1", "ETHICS", Map.of("it", "Etica d'impresa"),
                application.memberId(), "user-1", NOW);

        assertThat(application.recordEthicsTraining("event-1", completed)).isTrue();
        assertThat(application.recordEthicsTraining("event-1", completed)).isFalse();
        assertThat(application.recordEthicsTraining("event-2", completed)).as("same enrolment, new event id").isFalse();
        assertThat(application.trainings()).hasSize(1);
    }

    private java.util.List<String> types() {
        return application.pendingEvents().stream().map(OutboxEvent::type).toList();
    }

    private OutboxEvent last() {
        return application.pendingEvents().getLast();
    }
}
