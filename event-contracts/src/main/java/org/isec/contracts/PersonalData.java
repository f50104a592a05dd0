package org.isec.contracts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component that identifies or describes a natural person (names, e-mail, phone, user ids,
 * founder traits). Such components are removed by {@link EventCodec#partnerView} before an event leaves
 * the platform, and must never be logged.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface PersonalData {
}
