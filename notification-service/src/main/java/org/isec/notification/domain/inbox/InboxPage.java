package org.isec.notification.domain.inbox;

import java.util.List;

/**
 * One page of the inbox, newest first.
 *
 * @param total  entries the reader can see
 * @param unread of those, the ones the reader has not read
 */
public record InboxPage(List<InboxItem> items, int page, int size, long total, long unread) {
}
