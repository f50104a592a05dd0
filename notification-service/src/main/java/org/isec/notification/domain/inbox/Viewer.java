package org.isec.notification.domain.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.isec.notification.domain.Audience;
import org.isec.notification.domain.Category;
import org.isec.notification.domain.Language;
import org.isec.notification.domain.recipients.UserPreferences;

/**
 * Someone reading the inbox: who they are, which audiences they belong to, what they chose not to see, and the
 * language their client asked for.
 *
 * @param orgId          the organisation they act for, may be null
 * @param acceptLanguage from the request, used when neither preferences nor profile name a language; may be null
 */
public record Viewer(String userId, String orgId, Set<String> roles, UserPreferences preferences,
                     Language acceptLanguage) {

    public Viewer {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** Every inbox address this person reads. */
    List<String> audiences() {
        List<String> audiences = new ArrayList<>();
        audiences.add(Audience.key(Audience.Type.USER, userId));
        if (orgId != null && !orgId.isBlank()) {
            audiences.add(Audience.key(Audience.Type.MEMBER, orgId));
        }
        roles.forEach(role -> audiences.add(Audience.key(Audience.Type.ROLE, role)));
        return audiences;
    }

    Set<Category> hidden() {
        return preferences.hiddenInApp();
    }

    boolean sees(InboxEntry entry) {
        return audiences().contains(entry.audience()) && !hidden().contains(entry.category());
    }

    /** Preferences first, then what the entry's recipient profile or event said, then the client, then Italian. */
    Language languageFor(InboxEntry entry) {
        if (preferences.language() != null) {
            return preferences.language();
        }
        return Language.of(entry.language()).orElse(acceptLanguage == null ? Language.DEFAULT : acceptLanguage);
    }
}
