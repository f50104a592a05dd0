package org.isec.notification.domain.rules;

import java.util.List;

import org.isec.defaults.messaging.InboundEvent;
import org.isec.notification.domain.Notification;

/** Turns one event into the notifications it causes; an empty list when it concerns nobody. */
@FunctionalInterface
interface Rule {

    List<Notification> apply(InboundEvent event);
}
