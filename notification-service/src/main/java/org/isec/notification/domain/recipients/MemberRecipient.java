package org.isec.notification.domain.recipients;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What notification knows about a member organisation, from membership's events only.
 *
 * @param primaryUserId the applicant's Keycloak user, the member's first user: their preferences govern the e-mails
 *                      sent to the organisation's contact
 * @param status        {@code ACTIVE} or {@code SUSPENDED}
 * @param charterVersion the charter version the member has accepted last
 */
@Document(MemberRecipient.COLLECTION)
public record MemberRecipient(@Id String memberId, String organisation, String contactFirstName, String contactEmail,
                              String contactLanguage, String primaryUserId, String status, String charterVersion) {

    static final String COLLECTION = "recipients";
    static final String ACTIVE = "ACTIVE";
    static final String SUSPENDED = "SUSPENDED";
}
