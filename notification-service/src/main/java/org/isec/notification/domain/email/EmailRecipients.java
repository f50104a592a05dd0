package org.isec.notification.domain.email;

import java.util.Optional;

import org.isec.notification.domain.Audience;
import org.isec.notification.domain.Language;
import org.isec.notification.domain.recipients.Addressing;
import org.isec.notification.domain.recipients.MemberRecipient;
import org.isec.notification.domain.recipients.RecipientDirectory;
import org.isec.notification.domain.recipients.UserContact;
import org.isec.notification.domain.recipients.UserPreferences;
import org.springframework.stereotype.Component;

/** Settles, at sending time, where an e-mail goes, in which language, and whose preferences apply. */
@Component
class EmailRecipients {

    record Resolved(String address, String firstName, Language language, UserPreferences preferences) {
    }

    private final RecipientDirectory directory;
    private final Addressing addressing;
    private final EmailSettings settings;

    EmailRecipients(RecipientDirectory directory, Addressing addressing, EmailSettings settings) {
        this.directory = directory;
        this.addressing = addressing;
        this.settings = settings;
    }

    /** Empty when no address is known (yet): a member whose approval has not reached us, a user never seen. */
    Optional<Resolved> resolve(EmailDelivery delivery) {
        Audience audience = delivery.audience();
        if (delivery.mailbox() != null) {
            return Optional.of(new Resolved(delivery.mailbox(), null,
                    Language.firstOf(settings.operatorLanguage()), UserPreferences.defaults(null)));
        }
        Optional<String> address;
        String firstName;
        if (audience.type() == Audience.Type.MEMBER) {
            Optional<MemberRecipient> member = directory.member(audience.id());
            address = member.map(MemberRecipient::contactEmail);
            firstName = member.map(MemberRecipient::contactFirstName).orElse(null);
        } else {
            address = Optional.ofNullable(audience.email()).filter(a -> !a.isBlank())
                    .or(() -> directory.user(audience.id()).map(UserContact::email));
            firstName = audience.firstName();
        }
        return address.filter(a -> !a.isBlank()).map(a -> new Resolved(a, firstName,
                addressing.languageFor(audience), addressing.preferencesOf(audience)));
    }
}
