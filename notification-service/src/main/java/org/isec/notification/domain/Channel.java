package org.isec.notification.domain;

/** Where a member-facing notification goes. Partner webhooks are not a channel: partners subscribe to event types. */
public enum Channel {
    EMAIL,
    IN_APP
}
