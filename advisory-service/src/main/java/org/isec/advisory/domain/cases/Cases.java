package org.isec.advisory.domain.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.isec.advisory.domain.Area;
import org.isec.advisory.domain.Languages;
import org.isec.advisory.domain.advisors.AdvisorDirectory;
import org.isec.advisory.domain.advisors.AdvisorProfile;
import org.isec.advisory.domain.funding.FundingCatalogue;
import org.isec.defaults.problem.ForbiddenException;
import org.isec.defaults.problem.InvalidInputException;
import org.isec.defaults.problem.NotFoundException;
import org.isec.defaults.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** The rules of advisory cases: who may open, see, assign, move, annotate and close them. */
@Service
public class Cases {

    private static final Logger log = LoggerFactory.getLogger(Cases.class);
    static final int MAX_TEXT = 4000;

    private final CaseRepository cases;
    private final AdvisorDirectory advisors;
    private final FundingCatalogue funding;
    private final Clock clock;

    Cases(CaseRepository cases, AdvisorDirectory advisors, FundingCatalogue funding, Clock clock) {
        this.cases = cases;
        this.advisors = advisors;
        this.funding = funding;
        this.clock = clock;
    }

    /** @param fundingOpportunityId the call the member asks about; null for a general request */
    public AdvisoryCase request(Caller caller, Area area, String description, String language,
                                String fundingOpportunityId) {
        String memberId = caller.requireOrgId();
        InvalidInputException.builder()
                .addIf(area == null && fundingOpportunityId == null, "area", "is required")
                .addIf(blank(description), "description", "is required")
                .addIf(description != null && description.length() > MAX_TEXT, "description",
                        "must be at most " + MAX_TEXT + " characters")
                .addIf(!Languages.isIso639_1(language), "preferredLanguage",
                        "must be an ISO 639-1 language code such as it, en, fr")
                .addIf(fundingOpportunityId != null && !funding.exists(fundingOpportunityId), "fundingOpportunityId",
                        "is not a published funding opportunity")
                .throwIfAny();
        var c = cases.save(AdvisoryCase.request(memberId, caller.userId(), area == null ? Area.FUNDING : area,
                description.strip(), language, fundingOpportunityId, now()));
        log.info("advisory case {} requested by member {} in area {}", c.id(), memberId, c.area());
        return c;
    }

    public AdvisoryCase get(String id, Caller caller) {
        var c = cases.findById(id).orElseThrow(() -> new NotFoundException("advisory request", id));
        if (c.partyOf(caller) == Party.NONE) {
            throw new NotFoundException("advisory request", id);
        }
        return c;
    }

    /** Operators see every case, advisors those assigned to them, members their organisation's. */
    public List<AdvisoryCase> visibleTo(Caller caller) {
        if (caller.isOperator()) {
            return cases.findAllByOrderByRequestedAtDesc();
        }
        if (caller.hasRole("advisor")) {
            return cases.findByAssignmentAdvisorIdOrderByRequestedAtDesc(caller.userId());
        }
        return cases.findByMemberIdOrderByRequestedAtDesc(caller.requireOrgId());
    }

    public AdvisoryCase assign(String id, String advisorId, String reason, Caller operator) {
        if (!operator.isOperator()) {
            throw new ForbiddenException("OPERATOR_ONLY", "Only operators assign advisors.");
        }
        var c = get(id, operator);
        if (blank(advisorId)) {
            throw InvalidInputException.of("advisorId", "is required");
        }
        AdvisorProfile advisor = advisors.requireActive(advisorId, "advisorId");
        c.assign(new AdvisoryCase.Advisor(advisor.userId(), advisor.displayName(), advisor.email()),
                operator.userId(), reason, now());
        var saved = cases.save(c);
        log.info("advisory case {} assigned to advisor {} by operator {}", id, advisorId, operator.userId());
        return saved;
    }

    public AdvisoryCase advance(String id, Stage phase, Caller caller) {
        if (phase == null) {
            throw InvalidInputException.of("phase", "is required");
        }
        var c = get(id, caller);
        c.advanceTo(phase, c.partyOf(caller), caller.userId(), now());
        var saved = cases.save(c);
        log.info("advisory case {} moved to {} by {}", id, phase, caller.userId());
        return saved;
    }

    public AdvisoryCase addNote(String id, String text, Caller caller) {
        requireText("text", text);
        var c = get(id, caller);
        c.addNote(text.strip(), c.partyOf(caller), caller.userId(), now());
        return cases.save(c);
    }

    public AdvisoryCase agreeAction(String id, String description, Party owner, LocalDate dueDate, Caller caller) {
        requireText("description", description);
        if (owner == null) {
            throw InvalidInputException.of("owner", "is required");
        }
        var c = get(id, caller);
        c.agreeAction(description.strip(), owner, dueDate, c.partyOf(caller), caller.userId(), now());
        return cases.save(c);
    }

    public AdvisoryCase completeAction(String id, String actionId, Caller caller) {
        var c = get(id, caller);
        c.completeAction(actionId, caller.userId(), now());
        return cases.save(c);
    }

    /**
     * Closes the case with its outcome. The satisfaction is the member's own rating of the advice: the member's
     * organisation gives it (required) when it closes; the advisor or an operator closes without one, so nobody
     * rates their own work or speaks for the member.
     */
    public AdvisoryCase close(String id, String outcome, Integer satisfaction, Caller caller) {
        InvalidInputException.builder()
                .addIf(blank(outcome), "outcome", "is required")
                .addIf(outcome != null && outcome.length() > MAX_TEXT, "outcome",
                        "must be at most " + MAX_TEXT + " characters")
                .addIf(satisfaction != null && (satisfaction < 1 || satisfaction > 5), "satisfaction",
                        "must be between 1 and 5")
                .throwIfAny();
        var c = get(id, caller);
        Party by = c.partyOf(caller);
        if (by == Party.MEMBER && satisfaction == null) {
            throw InvalidInputException.of("satisfaction", "is required: the member's organisation rates the advice "
                    + "(1–5) when it closes the case");
        }
        if (by != Party.MEMBER && satisfaction != null) {
            throw InvalidInputException.of("satisfaction", "is the member's own rating: the advisor or an operator "
                    + "closes the case without one");
        }
        c.close(outcome.strip(), satisfaction, caller.userId(), now());
        var saved = cases.save(c);
        log.info("advisory case {} closed by {} with satisfaction {}", id, caller.userId(), satisfaction);
        return saved;
    }

    /** For the advisor's calendar: the case, if this caller may book sessions on it now. */
    public AdvisoryCase requireBookable(String id, Caller caller) {
        var c = get(id, caller);
        c.requireBookable(c.partyOf(caller));
        return c;
    }

    /** Whether {@code advisorId} advises {@code memberId} on some case, so it may read the member's plans. */
    public boolean advises(String advisorId, String memberId) {
        return cases.existsByMemberIdAndAssignmentAdvisorId(memberId, advisorId);
    }

    /** The organisations {@code advisorId} advises or advised, whose plans they may therefore read. */
    public java.util.Set<String> membersAdvisedBy(String advisorId) {
        return cases.findMemberIdByAssignmentAdvisorId(advisorId).stream()
                .map(CaseRepository.MemberOnly::getMemberId)
                .collect(java.util.stream.Collectors.toSet());
    }

    long openCasesOf(String advisorId) {
        return cases.countByAssignmentAdvisorIdAndStageNot(advisorId, Stage.CLOSED);
    }

    private static void requireText(String field, String text) {
        InvalidInputException.builder()
                .addIf(blank(text), field, "is required")
                .addIf(text != null && text.length() > MAX_TEXT, field, "must be at most " + MAX_TEXT + " characters")
                .throwIfAny();
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
