package org.isec.notification.domain.templates;

/** A template names a placeholder the notification has no value for: a bug in a rule or a translation. */
public class UnfilledPlaceholderException extends IllegalStateException {

    private final String placeholder;

    UnfilledPlaceholderException(String placeholder) {
        super("no value for placeholder ${" + placeholder + "}");
        this.placeholder = placeholder;
    }

    public String placeholder() {
        return placeholder;
    }
}
