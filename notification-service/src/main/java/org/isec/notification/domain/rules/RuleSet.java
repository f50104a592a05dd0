package org.isec.notification.domain.rules;

import java.util.Map;
import java.util.Set;

/** The rules for one producing service's events. */
interface RuleSet {

    /** Rules by wire type. */
    Map<String, Rule> rules();

    /** Types of this service that deliberately notify nobody (each with its reason in the README canvas). */
    Set<String> silent();
}
