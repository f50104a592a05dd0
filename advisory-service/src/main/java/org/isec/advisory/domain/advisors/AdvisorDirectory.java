package org.isec.advisory.domain.advisors;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.isec.advisory.domain.Area;
import org.isec.advisory.domain.Languages;
import org.isec.defaults.problem.InvalidInputException;
import org.isec.defaults.problem.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Advisor profiles: operators keep them; assignment and suggestions read them. */
@Service
public class AdvisorDirectory {

    private static final Logger log = LoggerFactory.getLogger(AdvisorDirectory.class);
    static final int DEFAULT_MAX_OPEN_CASES = 8;

    private final AdvisorProfileRepository profiles;
    private final Clock clock;

    AdvisorDirectory(AdvisorProfileRepository profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    /** The operator's view of an advisor, replacing what was there (PUT semantics). */
    public record ProfileInput(String displayName, String email, Set<Area> areas, Set<String> languages,
                               Integer maxOpenCases, Boolean active) {
    }

    public AdvisorProfile save(String userId, ProfileInput in, String operatorId) {
        var problems = InvalidInputException.builder()
                .addIf(blank(in.displayName()), "displayName", "is required")
                .addIf(blank(in.email()) || !in.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "email",
                        "must be an e-mail address")
                .addIf(in.areas() == null || in.areas().isEmpty(), "areas", "must name at least one area")
                .addIf(in.languages() == null || in.languages().isEmpty(), "languages",
                        "must name at least one language")
                .addIf(in.maxOpenCases() != null && (in.maxOpenCases() < 1 || in.maxOpenCases() > 100),
                        "maxOpenCases", "must be between 1 and 100");
        if (in.languages() != null) {
            in.languages().stream().filter(l -> !Languages.isIso639_1(l)).findFirst()
                    .ifPresent(bad -> problems.add("languages", bad + " is not an ISO 639-1 language code"));
        }
        problems.throwIfAny();
        Long version = profiles.findById(userId).map(AdvisorProfile::version).orElse(null);
        var saved = profiles.save(new AdvisorProfile(userId, in.displayName().strip(), in.email().strip(), in.areas(),
                in.languages(), in.maxOpenCases() == null ? DEFAULT_MAX_OPEN_CASES : in.maxOpenCases(),
                in.active() == null || in.active(), Instant.now(clock), operatorId, version));
        log.info("advisor profile {} saved by operator {}", userId, operatorId);
        return saved;
    }

    public AdvisorProfile get(String userId) {
        return profiles.findById(userId).orElseThrow(() -> new NotFoundException("advisor", userId));
    }

    public List<AdvisorProfile> all() {
        return profiles.findAll().stream().sorted(Comparator.comparing(AdvisorProfile::displayName)).toList();
    }

    public List<AdvisorProfile> active() {
        return profiles.findByActiveTrue();
    }

    /** For an assignment: the advisor must exist and take new cases, else the operator's input is wrong. */
    public AdvisorProfile requireActive(String userId, String field) {
        return profiles.findById(userId).filter(AdvisorProfile::active)
                .orElseThrow(() -> InvalidInputException.of(field, "is not an active advisor"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
