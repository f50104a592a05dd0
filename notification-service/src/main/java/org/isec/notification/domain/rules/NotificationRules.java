package org.isec.notification.domain.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.isec.defaults.messaging.InboundEvent;
import org.isec.notification.domain.Notification;
import org.springframework.stereotype.Component;

/**
 * Every rule from an event type to the notifications it causes, gathered from the four services' rule sets. The
 * README canvas lists them; a test fails when a registered event type has neither a rule nor a reason to be silent.
 */
@Component
public class NotificationRules {

    private final Map<String, Rule> rules = new HashMap<>();
    private final Set<String> silent = new HashSet<>();

    NotificationRules(List<RuleSet> sets) {
        for (RuleSet set : sets) {
            set.rules().forEach((type, rule) -> {
                if (rules.putIfAbsent(type, rule) != null) {
                    throw new IllegalStateException("two rules for " + type);
                }
            });
            silent.addAll(set.silent());
        }
    }

    /** The notifications {@code event} causes; none for a type that notifies nobody. */
    public List<Notification> notificationsFor(InboundEvent event) {
        Rule rule = rules.get(event.type());
        return rule == null ? List.of() : rule.apply(event);
    }

    /** Wire types with a rule. */
    public Set<String> coveredTypes() {
        return Set.copyOf(rules.keySet());
    }

    /** Wire types that deliberately notify nobody. */
    public Set<String> silentTypes() {
        return Set.copyOf(silent);
    }
}
