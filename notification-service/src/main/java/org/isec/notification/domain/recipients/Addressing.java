package org.isec.notification.domain.recipients;

import java.util.Optional;

import org.isec.notification.domain.Audience;
import org.isec.notification.domain.Language;
import org.springframework.stereotype.Service;

/**
 * Whose preferences apply to an audience and which language to write in: the person's preference, then the profile
 * (the member contact's language), then what the event suggests, then Italian.
 */
@Service
public class Addressing {

    private final RecipientDirectory directory;
    private final PreferenceService preferences;

    Addressing(RecipientDirectory directory, PreferenceService preferences) {
        this.directory = directory;
        this.preferences = preferences;
    }

    /** The user whose choices govern e-mail to this audience: the person, or the member's first user. */
    public Optional<String> governingUser(Audience audience) {
        return switch (audience.type()) {
            case USER -> Optional.of(audience.id());
            case MEMBER -> directory.member(audience.id()).map(MemberRecipient::primaryUserId);
            case ROLE -> Optional.empty();
        };
    }

    public UserPreferences preferencesOf(Audience audience) {
        return governingUser(audience).map(preferences::of).orElseGet(() -> UserPreferences.defaults(null));
    }

    /** The language known without asking the person: profile, then event. Empty when nothing says. */
    public Optional<Language> knownLanguage(Audience audience) {
        Optional<Language> fromEvent = Language.of(audience.language());
        return switch (audience.type()) {
            case MEMBER -> directory.member(audience.id()).flatMap(m -> Language.of(m.contactLanguage()))
                    .or(() -> fromEvent);
            case USER -> fromEvent.or(() -> directory.member(audience.memberId())
                    .flatMap(m -> Language.of(m.contactLanguage())));
            case ROLE -> fromEvent;
        };
    }

    /** The language to write to this audience in. */
    public Language languageFor(Audience audience) {
        return Optional.ofNullable(preferencesOf(audience).language())
                .or(() -> knownLanguage(audience))
                .orElse(Language.DEFAULT);
    }
}
