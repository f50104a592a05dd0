package org.isec.notification.domain.inbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.isec.notification.domain.Category;
import org.isec.notification.domain.NotificationKind;
import org.isec.notification.domain.templates.TemplateValue;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One in-app notification, addressed to an audience ({@code user:…}, {@code member:…}, {@code role:operator}) and
 * rendered when read, in the reader's language. Read state is per reader, so an entry for an organisation or for
 * all operators is unread for each of them until they read it.
 *
 * @param id       {@link org.isec.notification.domain.DeliveryKey} of event × audience × IN_APP
 * @param language the language the recipient's profile or the event suggests; null if neither says
 */
@Document(InboxEntry.COLLECTION)
record InboxEntry(@Id String id, String eventId, String eventType, String audience, NotificationKind kind,
                  Category category, Map<String, TemplateValue> model, String language, Instant createdAt,
                  List<String> readBy) {

    static final String COLLECTION = "inbox";

    InboxEntry {
        readBy = readBy == null ? List.of() : List.copyOf(readBy);
    }
}
