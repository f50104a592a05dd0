package org.isec.contracts.membership;

import java.time.Instant;
import java.util.List;

import org.isec.contracts.EventType;
import org.isec.contracts.IsecEvent;

/**
 * Operators published a new charter version; members must accept it before {@code acceptanceDeadline}
 * or are suspended with {@link MemberSuspended#CHARTER_NOT_ACCEPTED}. Subject: the charter version.
 *
 * @param previousVersion the version it replaces; null for the first one
 * @param languages       ISO 639-1 codes the text is available in
 */
@EventType(value = "isec.membership.CharterPublished", partnerVisible = true)
public record CharterPublished(
        String charterVersion,
        String previousVersion,
        List<String> languages,
        Instant acceptanceDeadline,
        Instant publishedAt) implements IsecEvent {

    public CharterPublished {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    @Override
    public String subject() {
        return charterVersion;
    }
}
