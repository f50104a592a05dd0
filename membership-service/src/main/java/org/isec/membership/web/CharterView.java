package org.isec.membership.web;

import java.time.Instant;
import java.util.List;

import org.isec.membership.domain.Charter;
import org.isec.membership.domain.CharterText;

/**
 * A charter version in one language.
 *
 * @param language          the language served
 * @param requestedLanguage what the client asked for; differs from {@code language} when it fell back to
 *                          Italian or English
 * @param reviewed          whether a fluent reader has checked this translation
 * @param upcoming          a newer version already published but not yet in force, if any
 */
record CharterView(String version, String language, String requestedLanguage, boolean reviewed, String direction,
                   List<String> availableLanguages, Instant effectiveFrom, Instant acceptanceDeadline,
                   String title, String preamble, List<CharterText.Principle> principles,
                   List<CharterText.OperatingRule> operatingRules, VersionSummary upcoming) {

    record VersionSummary(String version, Instant effectiveFrom, Instant acceptanceDeadline, Instant publishedAt,
                          List<String> languages, String changeNote) {

        static VersionSummary of(Charter c) {
            return new VersionSummary(c.id(), c.effectiveFrom(), c.acceptanceDeadline(), c.publishedAt(),
                    c.languages(), c.changeNote());
        }
    }

    static CharterView of(Charter charter, String requested, Charter upcoming) {
        Charter.Translation t = charter.in(requested);
        CharterText text = t.text();
        return new CharterView(charter.id(), t.language(), requested, Boolean.TRUE.equals(text.reviewed()),
                text.direction() == null ? "ltr" : text.direction(), charter.languages(), charter.effectiveFrom(),
                charter.acceptanceDeadline(), text.title(), text.preamble(), text.principles(),
                text.operatingRules(), upcoming == null ? null : VersionSummary.of(upcoming));
    }
}
