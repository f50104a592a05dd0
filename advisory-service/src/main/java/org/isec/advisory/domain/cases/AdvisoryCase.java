package org.isec.advisory.domain.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.isec.advisory.domain.Area;
import org.isec.contracts.advisory.AdvisorAssigned;
import org.isec.contracts.advisory.AdvisoryCaseClosed;
import org.isec.contracts.advisory.AdvisoryRequested;
import org.isec.defaults.outbox.AggregateRoot;
import org.isec.defaults.problem.ConflictException;
import org.isec.defaults.problem.ForbiddenException;
import org.isec.defaults.problem.InvalidInputException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A member's request for advice and the case it becomes: assignment, the method's phases with their notes and
 * agreed actions, and the closing outcome. Sessions live in the advisor's calendar, which guards double booking.
 */
@Document("advisory_cases")
public class AdvisoryCase extends AggregateRoot {

    @Id
    private String id;
    private String memberId;
    private String requestedBy;
    private Area area;
    private String description;
    private String preferredLanguage;
    private String fundingOpportunityId;
    private Instant requestedAt;
    private Stage stage;
    private Assignment assignment;
    private List<PhaseLog> phases = new ArrayList<>();
    private Closure closure;

    protected AdvisoryCase() {
    }

    static AdvisoryCase request(String memberId, String userId, Area area, String description, String language,
                                String fundingOpportunityId, Instant at) {
        var c = new AdvisoryCase();
        c.id = UUID.randomUUID().toString();
        c.memberId = memberId;
        c.requestedBy = userId;
        c.area = area;
        c.description = description;
        c.preferredLanguage = language;
        c.fundingOpportunityId = fundingOpportunityId;
        c.requestedAt = at;
        c.stage = Stage.REQUESTED;
        c.raise(new AdvisoryRequested(c.id, memberId, userId, area.name(), language, fundingOpportunityId, at));
        return c;
    }

    /** The first assignment starts the needs assessment; a reassignment keeps the phase the case is in. */
    void assign(Advisor advisor, String operatorId, String reason, Instant at) {
        requireOpen();
        if (assignment != null && assignment.advisorId().equals(advisor.id())) {
            throw new ConflictException("ALREADY_ASSIGNED", "The case is already assigned to this advisor.");
        }
        assignment = new Assignment(advisor.id(), advisor.name(), operatorId, reason, at);
        if (stage == Stage.REQUESTED) {
            stage = Stage.NEEDS_ASSESSMENT;
            phases.add(PhaseLog.start(stage, at, operatorId));
        }
        raise(new AdvisorAssigned(id, memberId, area.name(), preferredLanguage, advisor.id(), advisor.name(),
                advisor.email(), at));
    }

    /** Moves to {@code phase}, which must be the next one of the method: phases are not skipped or revisited. */
    void advanceTo(Stage phase, Party by, String userId, Instant at) {
        requireOpen();
        requireAdvisorOrOperator(by, "move the case to another phase");
        if (stage == Stage.REQUESTED) {
            throw new ConflictException("NOT_ASSIGNED", "The case has no advisor yet.");
        }
        if (phase != stage.nextPhase()) {
            throw new ConflictException("PHASE_ORDER", stage.nextPhase() == null
                    ? "The case is in its last phase; close it to end it."
                    : "From " + stage + " the case moves to " + stage.nextPhase() + ", not " + phase + ".");
        }
        stage = phase;
        phases.add(PhaseLog.start(phase, at, userId));
    }

    void addNote(String text, Party by, String userId, Instant at) {
        requireOpen();
        replaceCurrentPhase(currentPhase().with(new PhaseLog.Note(UUID.randomUUID().toString(), text, userId, by, at)));
    }

    String agreeAction(String description, Party owner, LocalDate dueDate, Party by, String userId, Instant at) {
        requireOpen();
        requireAdvisorOrOperator(by, "record agreed actions");
        if (owner != Party.MEMBER && owner != Party.ADVISOR) {
            throw InvalidInputException.of("owner", "must be MEMBER or ADVISOR");
        }
        var action = new PhaseLog.AgreedAction(UUID.randomUUID().toString(), description, owner, dueDate, at, userId,
                null, null);
        replaceCurrentPhase(currentPhase().with(action));
        return action.id();
    }

    void completeAction(String actionId, String userId, Instant at) {
        requireOpen();
        for (int i = 0; i < phases.size(); i++) {
            PhaseLog phase = phases.get(i);
            Optional<PhaseLog.AgreedAction> found = phase.actions().stream()
                    .filter(a -> a.id().equals(actionId)).findFirst();
            if (found.isPresent()) {
                if (found.get().doneAt() != null) {
                    throw new ConflictException("ALREADY_DONE", "The action was already marked as done.");
                }
                phases.set(i, phase.with(found.get().done(at, userId)));
                return;
            }
        }
        throw new org.isec.defaults.problem.NotFoundException("action", actionId);
    }

    void close(String outcome, Integer satisfaction, String userId, Instant at) {
        requireOpen();
        closure = new Closure(outcome, satisfaction, userId, at);
        stage = Stage.CLOSED;
        raise(new AdvisoryCaseClosed(id, memberId, assignment == null ? null : assignment.advisorId(), area.name(),
                outcome, satisfaction, at));
    }

    /** A session may be booked only while an advisor works on the case. */
    void requireBookable(Party by) {
        requireOpen();
        requireAdvisorOrOperator(by, "schedule sessions");
        if (assignment == null) {
            throw new ConflictException("NOT_ASSIGNED", "The case has no advisor yet.");
        }
    }

    public Party partyOf(org.isec.defaults.security.Caller caller) {
        return Party.of(caller, memberId, assignment == null ? null : assignment.advisorId());
    }

    private PhaseLog currentPhase() {
        if (phases.isEmpty()) {
            throw new ConflictException("NOT_ASSIGNED", "Notes and actions belong to a phase, which starts at assignment.");
        }
        return phases.getLast();
    }

    private void replaceCurrentPhase(PhaseLog phase) {
        phases.set(phases.size() - 1, phase);
    }

    private void requireOpen() {
        if (stage == Stage.CLOSED) {
            throw new ConflictException("CASE_CLOSED", "The case is closed.");
        }
    }

    private static void requireAdvisorOrOperator(Party by, String what) {
        if (by != Party.ADVISOR && by != Party.OPERATOR) {
            throw new ForbiddenException("ADVISOR_ONLY", "Only the assigned advisor or an operator may " + what + ".");
        }
    }

    public String id() {
        return id;
    }

    public String memberId() {
        return memberId;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Area area() {
        return area;
    }

    public String description() {
        return description;
    }

    public String preferredLanguage() {
        return preferredLanguage;
    }

    public String fundingOpportunityId() {
        return fundingOpportunityId;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Stage stage() {
        return stage;
    }

    public Assignment assignment() {
        return assignment;
    }

    public List<PhaseLog> phases() {
        return List.copyOf(phases);
    }

    public Closure closure() {
        return closure;
    }

    /** @param reason why this advisor, as the operator wrote it (audit) */
    public record Assignment(String advisorId, String advisorName, String assignedBy, String reason, Instant assignedAt) {
    }

    /** @param satisfaction the member's rating, 1–5; null when the advisor or an operator closed the case */
    public record Closure(String outcome, Integer satisfaction, String closedBy, Instant closedAt) {
    }

    /** The advisor facts an assignment records and announces. */
    public record Advisor(String id, String name, String email) {
    }
}
