package org.isec.notification.domain.email;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.isec.notification.domain.templates.RenderedMessage;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Puts a rendered notification into a MIME message (plain text and HTML alternatives) and hands it to the relay. */
@Component
class Mailer {

    static final String DELIVERY_HEADER = "X-ISEC-Delivery-Id";

    private final JavaMailSender sender;
    private final EmailSettings settings;

    Mailer(JavaMailSender sender, EmailSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    /** @throws org.springframework.mail.MailException when the message cannot be built or the relay refuses it */
    void send(String deliveryId, String to, RenderedMessage message) {
        MimeMessage mime = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(to);
            helper.setSubject(message.subject());
            helper.setText(message.text(), message.html());
            mime.setHeader("Content-Language", message.language().code());
            // Lets a mailbox or a support desk spot a resend of the same delivery after a crash mid-send.
            mime.setHeader(DELIVERY_HEADER, deliveryId);
            // RFC 3834: no out-of-office replies to machine-sent mail.
            mime.setHeader("Auto-Submitted", "auto-generated");
        } catch (MessagingException e) {
            throw new MailPreparationException("cannot build the message: " + e.getMessage(), e);
        }
        sender.send(mime);
    }
}
