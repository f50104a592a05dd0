package org.isec.advisory.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.isec.advisory.domain.Area;
import org.isec.advisory.domain.cases.AdvisoryCase;
import org.isec.advisory.domain.cases.AssignmentSuggestions;
import org.isec.advisory.domain.cases.AssignmentSuggestions.Suggestion;
import org.isec.advisory.domain.cases.Cases;
import org.isec.advisory.domain.cases.Party;
import org.isec.advisory.domain.cases.Stage;
import org.isec.advisory.domain.sessions.SessionMode;
import org.isec.advisory.domain.sessions.Sessions;
import org.isec.defaults.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Advisory requests and the cases they become. Who may do what is decided per case in {@link Cases}: a case that
 * is not the caller's is answered 404.
 */
@RestController
@RequestMapping("/api/advisory/requests")
class AdvisoryRequestController {

    private final Cases cases;
    private final Sessions sessions;
    private final AssignmentSuggestions suggestions;

    AdvisoryRequestController(Cases cases, Sessions sessions, AssignmentSuggestions suggestions) {
        this.cases = cases;
        this.sessions = sessions;
        this.suggestions = suggestions;
    }

    record NewRequest(Area area, @NotBlank @Size(max = 4000) String description,
                      @NotBlank String preferredLanguage, String fundingOpportunityId) {
    }

    @PostMapping
    ResponseEntity<CaseView> request(@Valid @RequestBody NewRequest in, Caller caller) {
        var c = cases.request(caller, in.area(), in.description(), in.preferredLanguage(), in.fundingOpportunityId());
        return ResponseEntity.created(URI.create("/api/advisory/requests/" + c.id())).body(view(c));
    }

    @GetMapping
    List<CaseSummary> list(Caller caller) {
        return cases.visibleTo(caller).stream().map(CaseSummary::of).toList();
    }

    @GetMapping("/{id}")
    CaseView get(@PathVariable String id, Caller caller) {
        return view(cases.get(id, caller));
    }

    @GetMapping("/{id}/suggestions")
    @PreAuthorize("hasRole('OPERATOR')")
    List<Suggestion> suggestions(@PathVariable String id, Caller caller) {
        return suggestions.forCase(id, caller);
    }

    /** @param reason why this advisor, kept for the audit trail */
    record Assignment(@NotBlank String advisorId, @Size(max = 1000) String reason) {
    }

    @PostMapping("/{id}/assign")
    @PreAuthorize("hasRole('OPERATOR')")
    CaseView assign(@PathVariable String id, @Valid @RequestBody Assignment in, Caller caller) {
        return view(cases.assign(id, in.advisorId(), in.reason(), caller));
    }

    record PhaseChange(@NotNull Stage phase) {
    }

    @PostMapping("/{id}/phases")
    CaseView advance(@PathVariable String id, @Valid @RequestBody PhaseChange in, Caller caller) {
        return view(cases.advance(id, in.phase(), caller));
    }

    record NewNote(@NotBlank @Size(max = 4000) String text) {
    }

    @PostMapping("/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    CaseView note(@PathVariable String id, @Valid @RequestBody NewNote in, Caller caller) {
        return view(cases.addNote(id, in.text(), caller));
    }

    /** @param owner MEMBER or ADVISOR: who has to do it */
    record NewAction(@NotBlank @Size(max = 4000) String description, @NotNull Party owner, LocalDate dueDate) {
    }

    @PostMapping("/{id}/actions")
    @ResponseStatus(HttpStatus.CREATED)
    CaseView agree(@PathVariable String id, @Valid @RequestBody NewAction in, Caller caller) {
        return view(cases.agreeAction(id, in.description(), in.owner(), in.dueDate(), caller));
    }

    @PostMapping("/{id}/actions/{actionId}/done")
    CaseView done(@PathVariable String id, @PathVariable String actionId, Caller caller) {
        return view(cases.completeAction(id, actionId, caller));
    }

    /**
     * @param start ISO-8601; without an offset it is Europe/Rome time, e.g. {@code 2027-03-01T10:00}
     * @param location address for in-person sessions, a link for video ones
     */
    record NewSession(@NotBlank String start, @NotBlank String end, @NotNull SessionMode mode,
                      @Size(max = 500) String location) {
    }

    @PostMapping("/{id}/sessions")
    ResponseEntity<SessionView> schedule(@PathVariable String id, @Valid @RequestBody NewSession in, Caller caller) {
        var booking = sessions.schedule(id, in.start(), in.end(), in.mode(), in.location(), caller);
        return ResponseEntity.created(URI.create("/api/advisory/requests/" + id + "/sessions/" + booking.sessionId()))
                .body(SessionView.of(booking));
    }

    @GetMapping("/{id}/sessions")
    List<SessionView> sessions(@PathVariable String id, Caller caller) {
        return sessions.ofCase(cases.get(id, caller)).stream().map(SessionView::of).toList();
    }

    /** @param satisfaction the member's rating 1–5: required from the member's organisation, absent from anyone else */
    record Closing(@NotBlank @Size(max = 4000) String outcome, Integer satisfaction) {
    }

    @PostMapping("/{id}/close")
    CaseView close(@PathVariable String id, @Valid @RequestBody Closing in, Caller caller) {
        return view(cases.close(id, in.outcome(), in.satisfaction(), caller));
    }

    private CaseView view(AdvisoryCase c) {
        return CaseView.of(c, sessions.ofCase(c));
    }
}
