package org.isec.advisory.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.isec.advisory.domain.Area;
import org.isec.advisory.domain.advisors.AdvisorDirectory;
import org.isec.advisory.domain.advisors.AdvisorDirectory.ProfileInput;
import org.isec.advisory.domain.advisors.AdvisorProfile;
import org.isec.advisory.domain.sessions.Sessions;
import org.isec.defaults.problem.NotFoundException;
import org.isec.defaults.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Advisor profiles, kept by operators; an advisor reads their own profile and calendar ({@code me}). */
@RestController
@RequestMapping("/api/advisory/advisors")
class AdvisorController {

    private final AdvisorDirectory advisors;
    private final Sessions sessions;

    AdvisorController(AdvisorDirectory advisors, Sessions sessions) {
        this.advisors = advisors;
        this.sessions = sessions;
    }

    record AdvisorView(String userId, String displayName, String email, Set<Area> areas, Set<String> languages,
                       int maxOpenCases, boolean active, OffsetDateTime updatedAt, String updatedBy) {

        static AdvisorView of(AdvisorProfile p) {
            return new AdvisorView(p.userId(), p.displayName(), p.email(), p.areas(), p.languages(),
                    p.maxOpenCases(), p.active(), RomeTime.of(p.updatedAt()), p.updatedBy());
        }
    }

    /** @param userId the advisor's Keycloak user id */
    @PutMapping("/{userId}")
    @PreAuthorize("hasRole('OPERATOR')")
    AdvisorView save(@PathVariable String userId, @RequestBody ProfileInput in, Caller caller) {
        return AdvisorView.of(advisors.save(userId, in, caller.userId()));
    }

    @GetMapping
    @PreAuthorize("hasRole('OPERATOR')")
    List<AdvisorView> all() {
        return advisors.all().stream().map(AdvisorView::of).toList();
    }

    @GetMapping("/{userId}")
    AdvisorView get(@PathVariable String userId, Caller caller) {
        return AdvisorView.of(advisors.get(allowed(userId, caller)));
    }

    @GetMapping("/{userId}/sessions")
    List<SessionView> calendar(@PathVariable String userId, Caller caller) {
        return sessions.ofAdvisor(allowed(userId, caller)).stream().map(SessionView::of).toList();
    }

    /** Operators read any advisor; an advisor only themselves, also as {@code me}. */
    private static String allowed(String userId, Caller caller) {
        String id = "me".equals(userId) ? caller.userId() : userId;
        if (!caller.isOperator() && !(caller.hasRole("advisor") && id.equals(caller.userId()))) {
            throw new NotFoundException("advisor", userId);
        }
        return id;
    }
}
