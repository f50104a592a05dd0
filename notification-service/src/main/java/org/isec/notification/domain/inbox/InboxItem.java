package org.isec.notification.domain.inbox;

import java.time.Instant;

import org.isec.notification.domain.Category;

/**
 * An inbox entry as its reader sees it.
 *
 * @param kind      the notification kind in kebab case, e.g. {@code member-welcome}, for clients that show icons
 * @param language  the language title and body are written in
 * @param essential whether the category can be turned off
 */
public record InboxItem(String id, String kind, Category category, boolean essential, String title, String body,
                        String language, String eventType, Instant createdAt, boolean read) {
}
