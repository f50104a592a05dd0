package org.isec.marketplace.domain;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.isec.defaults.problem.InvalidInputException;
import org.isec.marketplace.domain.matching.AtecoCode;

/** The input rules of a new commission; every broken rule is reported at once, by field. */
final class CommissionRules {

    static final int MAX_LOTS = 20;
    static final int MAX_CAPABILITIES = 20;
    private static final Pattern PROVINCE = Pattern.compile("[A-Z]{2}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private CommissionRules() {
    }

    static void check(NewCommission c, boolean tender, Standings standings, String buyerId, Instant now) {
        InvalidInputException.Builder problems = InvalidInputException.builder();
        text(problems, "title", c.title(), 3, 200, true);
        text(problems, "description", c.description(), 1, 5_000, true);
        problems.addIf(!AtecoCode.isValid(c.category()), "category", "must be an ATECO code such as 56.21 or 56.21.00");
        capabilities(problems, "requiredCapabilities", c.requiredCapabilities());
        text(problems, "region", c.region(), 2, 60, true);
        problems.addIf(c.province() != null && !PROVINCE.matcher(c.province()).matches(), "province",
                "must be a two-letter province code such as MI");
        Budget.check(c.budget(), "budget", null, problems);
        problems.addIf(c.bidDeadline() == null, "bidDeadline", "is required")
                .addIf(c.bidDeadline() != null && !c.bidDeadline().isAfter(now), "bidDeadline", "must be in the future");
        List<String> languages = c.languages() == null ? List.of() : c.languages();
        for (int i = 0; i < languages.size(); i++) {
            String l = languages.get(i);
            problems.addIf(l == null || !LANGUAGE.matcher(l.toLowerCase(Locale.ROOT)).matches(), "languages[" + i + "]",
                    "must be an ISO 639-1 code such as it");
        }
        invitations(problems, c, standings, buyerId);
        lots(problems, c, tender);
        problems.throwIfAny();
    }

    private static void invitations(InvalidInputException.Builder problems, NewCommission c, Standings standings, String buyerId) {
        List<String> invited = c.invitedMemberIds() == null ? List.of() : c.invitedMemberIds();
        if (c.visibility() != Visibility.INVITED) {
            problems.addIf(!invited.isEmpty(), "invitedMemberIds", "only for visibility INVITED");
            return;
        }
        problems.addIf(invited.isEmpty(), "invitedMemberIds", "must name at least one member when visibility is INVITED");
        for (int i = 0; i < invited.size(); i++) {
            String m = invited.get(i);
            if (m == null || m.equals(buyerId)) {
                problems.add("invitedMemberIds[" + i + "]", "must be another member");
            } else if (!standings.canTrade(m)) {
                problems.add("invitedMemberIds[" + i + "]", "is not an active member");
            }
        }
    }

    private static void lots(InvalidInputException.Builder problems, NewCommission c, boolean tender) {
        List<NewLot> lots = c.lots() == null ? List.of() : c.lots();
        problems.addIf(tender && lots.isEmpty(), "lots", "a consortium tender is split into at least one lot")
                .addIf(lots.size() > MAX_LOTS, "lots", "at most " + MAX_LOTS);
        String currency = c.budget() == null ? null : c.budget().currency();
        for (int i = 0; i < lots.size(); i++) {
            NewLot lot = lots.get(i);
            String path = "lots[" + i + "]";
            if (lot == null) {
                problems.add(path, "must not be null");
                continue;
            }
            text(problems, path + ".title", lot.title(), 3, 200, true);
            capabilities(problems, path + ".requiredCapabilities", lot.requiredCapabilities());
            Budget.check(lot.budget(), path + ".budget", currency, problems);
        }
    }

    static void capabilities(InvalidInputException.Builder problems, String path, List<String> caps) {
        if (caps == null) {
            return;
        }
        problems.addIf(caps.size() > MAX_CAPABILITIES, path, "at most " + MAX_CAPABILITIES);
        for (int i = 0; i < caps.size(); i++) {
            text(problems, path + "[" + i + "]", caps.get(i), 1, 80, true);
        }
    }

    static void text(InvalidInputException.Builder problems, String field, String value, int min, int max, boolean required) {
        if (value == null || value.isBlank()) {
            problems.addIf(required, field, "is required");
            return;
        }
        int length = value.strip().length();
        problems.addIf(length < min, field, "must have at least " + min + " characters")
                .addIf(length > max, field, "must have at most " + max + " characters");
    }
}
