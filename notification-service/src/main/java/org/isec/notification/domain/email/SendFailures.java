package org.isec.notification.domain.email;

import jakarta.mail.SendFailedException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

/** Tells a failure that will pass (relay down, timeout) from one that will not (address refused, bad message). */
final class SendFailures {

    private SendFailures() {
    }

    static boolean permanent(MailException e) {
        if (e instanceof MailPreparationException || e instanceof MailParseException) {
            return true;
        }
        if (e instanceof MailSendException send) {
            for (Exception failure : send.getFailedMessages().values()) {
                if (failure instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                        && refused.getInvalidAddresses().length > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A short reason for operators, without the message body. */
    static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = root == e ? String.valueOf(e.getMessage()) : e.getClass().getSimpleName() + ": " + root;
        return reason.length() > 500 ? reason.substring(0, 500) : reason;
    }
}
