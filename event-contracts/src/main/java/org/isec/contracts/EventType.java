package org.isec.contracts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable wire identity of an event record. The wire type never derives from the Java class name,
 * so a record can be renamed or moved without breaking consumers.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** {@code isec.<service>.<EventName>}, e.g. {@code isec.membership.MemberApproved}. */
    String value();

    /** Schema version; only additive changes within a version, a breaking change is a new version. */
    int version() default 1;

    /** Whether the event may leave the platform (partner webhooks), with {@link PersonalData} stripped. */
    boolean partnerVisible() default false;
}
