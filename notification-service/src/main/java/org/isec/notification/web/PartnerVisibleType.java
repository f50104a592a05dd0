package org.isec.notification.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.isec.contracts.EventTypes;

/** An event type partners may subscribe to ({@code @EventType(partnerVisible = true)}). */
@Documented
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PartnerVisibleType.Validator.class)
public @interface PartnerVisibleType {

    String message() default "is not an event type partners can subscribe to";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PartnerVisibleType, String> {

        @Override
        public boolean isValid(String type, ConstraintValidatorContext context) {
            if (type == null || EventTypes.partnerVisibleTypes().contains(type)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("is not an event type partners can subscribe to; one of: "
                    + String.join(", ", EventTypes.partnerVisibleTypes().stream().sorted().toList()))
                    .addConstraintViolation();
            return false;
        }
    }
}
