package org.isec.advisory.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.isec.advisory.domain.Area;
import org.isec.defaults.problem.ConflictException;
import org.isec.defaults.problem.ForbiddenException;
import org.junit.jupiter.api.Test;

/** The consortium's method: phases in order, work only by the advisor or operators, nothing after closing. */
class CaseMethodTest {

    static final Instant AT = Instant.parse("2027-01-10T09:00:00Z");
    static final AdvisoryCase.Advisor AWA = new AdvisoryCase.Advisor("adv-1", "Awa Diop", "awa@consorzio-isec.it");

    static AdvisoryCase assigned() {
        var c = AdvisoryCase.request("org-1", "user-1", Area.FINANCIAL, "Loan", "fr", null, AT);
        c.assign(AWA, "op-1", "speaks French", AT);
        return c;
    }

    @Test
    void assignmentStartsTheNeedsAssessmentAndRaisesTheEvents() {
        var c = assigned();

        assertThat(c.stage()).isEqualTo(Stage.NEEDS_ASSESSMENT);
        assertThat(c.pendingEvents()).extracting(e -> e.type())
                .containsExactly("isec.advisory.AdvisoryRequested", "isec.advisory.AdvisorAssigned");
    }

    @Test
    void phasesFollowTheMethodOneAfterTheOther() {
        var c = assigned();

        c.advanceTo(Stage.PLAN, Party.ADVISOR, "adv-1", AT);
        c.advanceTo(Stage.IMPLEMENTATION, Party.ADVISOR, "adv-1", AT);
        c.advanceTo(Stage.MONITORING, Party.OPERATOR, "op-1", AT);

        assertThat(c.phases()).extracting(PhaseLog::phase).containsExactly(Stage.NEEDS_ASSESSMENT, Stage.PLAN,
                Stage.IMPLEMENTATION, Stage.MONITORING);
        assertThatThrownBy(() -> c.advanceTo(Stage.CLOSED, Party.ADVISOR, "adv-1", AT))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void phasesAreNotSkippedOrRevisited() {
        var c = assigned();

        assertThatThrownBy(() -> c.advanceTo(Stage.IMPLEMENTATION, Party.ADVISOR, "adv-1", AT))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("PHASE_ORDER"));
        c.advanceTo(Stage.PLAN, Party.ADVISOR, "adv-1", AT);
        assertThatThrownBy(() -> c.advanceTo(Stage.NEEDS_ASSESSMENT, Party.ADVISOR, "adv-1", AT))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void theMemberWritesNotesButDoesNotSteerTheMethod() {
        var c = assigned();

        c.addNote("We also need a translator", Party.MEMBER, "user-1", AT);

        assertThat(c.phases().getLast().notes()).extracting(PhaseLog.Note::authorParty).containsExactly(Party.MEMBER);
        assertThatThrownBy(() -> c.advanceTo(Stage.PLAN, Party.MEMBER, "user-1", AT))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> c.agreeAction("x", Party.MEMBER, null, Party.MEMBER, "user-1", AT))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anUnassignedCaseHasNoPhaseToWorkIn() {
        var c = AdvisoryCase.request("org-1", "user-1", Area.LEGAL, "Lease", "it", null, AT);

        assertThatThrownBy(() -> c.addNote("hello", Party.MEMBER, "user-1", AT))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("NOT_ASSIGNED"));
    }

    @Test
    void closingRecordsTheOutcomeAndEndsTheCase() {
        var c = assigned();

        c.close("Loan granted", 4, "user-1", AT);

        assertThat(c.stage()).isEqualTo(Stage.CLOSED);
        assertThat(c.closure().satisfaction()).isEqualTo(4);
        assertThat(c.pendingEvents().getLast().type()).isEqualTo("isec.advisory.AdvisoryCaseClosed");
        assertThatThrownBy(() -> c.close("again", 5, "user-1", AT))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("CASE_CLOSED"));
    }
}
