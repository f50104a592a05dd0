package org.isec.notification.domain;

import java.util.Map;

import org.isec.notification.domain.templates.TemplateValue;

/**
 * What a rule decided: this kind of message, for this audience, with these values for the template's placeholders.
 * Rendering (language, channel) happens later, per recipient.
 */
public record Notification(NotificationKind kind, Audience audience, Map<String, TemplateValue> model) {

    public Notification {
        model = Map.copyOf(model);
    }

    public Category category() {
        return kind.category();
    }
}
