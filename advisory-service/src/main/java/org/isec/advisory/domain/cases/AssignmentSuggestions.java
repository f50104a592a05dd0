package org.isec.advisory.domain.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.isec.advisory.domain.advisors.AdvisorDirectory;
import org.isec.advisory.domain.advisors.AdvisorProfile;
import org.isec.defaults.security.Caller;
import org.springframework.stereotype.Service;

/**
 * Ranks active advisors for a case, out of 100 points:
 * <ul>
 *   <li>area, 55: the advisor covers the case's area — expertise matters most, so it outweighs language and free
 *       time together;</li>
 *   <li>language, 30: the advisor speaks the member's preferred language — the barrier the consortium exists to
 *       lower, so it outweighs an empty diary;</li>
 *   <li>load, up to 15: in proportion to the free places left, 15 × (max − open) / max, rounded, so work spreads
 *       out and a fully booked advisor gets none.</li>
 * </ul>
 * Ties go to the advisor with fewer open cases, then by name. Every advisor is listed, with the reasons for
 * the score, so the operator can overrule the ranking knowingly.
 */
@Service
public class AssignmentSuggestions {

    static final int AREA_POINTS = 55;
    static final int LANGUAGE_POINTS = 30;
    static final int LOAD_POINTS = 15;

    private final Cases cases;
    private final AdvisorDirectory advisors;

    AssignmentSuggestions(Cases cases, AdvisorDirectory advisors) {
        this.cases = cases;
        this.advisors = advisors;
    }

    public List<Suggestion> forCase(String caseId, Caller operator) {
        AdvisoryCase c = cases.get(caseId, operator);
        return advisors.active().stream()
                .map(a -> score(c, a, cases.openCasesOf(a.userId())))
                .sorted(Comparator.comparingInt(Suggestion::score).reversed()
                        .thenComparingLong(Suggestion::openCases)
                        .thenComparing(Suggestion::displayName))
                .toList();
    }

    static Suggestion score(AdvisoryCase c, AdvisorProfile a, long open) {
        List<String> reasons = new ArrayList<>();
        boolean area = a.areas().contains(c.area());
        reasons.add((area ? "covers " : "does not cover ") + c.area());
        boolean language = a.languages().contains(c.preferredLanguage());
        reasons.add((language ? "speaks " : "does not speak ") + c.preferredLanguage());
        long free = Math.max(0, a.maxOpenCases() - open);
        int load = (int) Math.round((double) LOAD_POINTS * free / a.maxOpenCases());
        reasons.add(open + " of " + a.maxOpenCases() + " open cases");
        var breakdown = new Breakdown(area ? AREA_POINTS : 0, language ? LANGUAGE_POINTS : 0, load);
        return new Suggestion(a.userId(), a.displayName(), breakdown.total(), breakdown, open, a.maxOpenCases(),
                free == 0, reasons);
    }

    /** @param fullyBooked the advisor has reached {@code maxOpenCases} */
    public record Suggestion(String advisorId, String displayName, int score, Breakdown breakdown, long openCases,
                             int maxOpenCases, boolean fullyBooked, List<String> reasons) {
    }

    public record Breakdown(int area, int language, int load) {

        int total() {
            return area + language + load;
        }
    }
}
