package org.isec.notification.domain.email;

import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.isec.notification.domain.templates.RenderedMessage;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Puts a rendered notification into a MIME message (plain text and HTML alternatives) and hands it to the relay. */
@Component
class Mailer {

    static final String DELIVERY_HEADER = "X-ISEC-Delivery-Id";

    private final JavaMailSender sender;
    private final EmailSettings settings;
    private final Session session;
    private final String messageIdDomain;

    Mailer(JavaMailSender sender, EmailSettings settings) {
        this.sender = sender;
        this.settings = settings;
        this.session = sender instanceof JavaMailSenderImpl impl ? impl.getSession() : Session.getInstance(new Properties());
        this.messageIdDomain = domainOf(settings.from());
    }

    /**
     * {@code <deliveryId@sender-domain>}: the same for every attempt of one delivery, so a resend after a crash
     * mid-send carries the Message-ID of the first and mail clients and archives treat it as one message.
     */
    private String messageId(String deliveryId) {
        return "<" + deliveryId + "@" + messageIdDomain + ">";
    }

    /** @throws org.springframework.mail.MailException when the message cannot be built or the relay refuses it */
    void send(String deliveryId, String to, RenderedMessage message) {
        MimeMessage mime = new DeliveryMessage(session, messageId(deliveryId));
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

    private static String domainOf(String from) {
        try {
            String address = new InternetAddress(from).getAddress();
            int at = address.lastIndexOf('@');
            return at < 0 ? "localhost" : address.substring(at + 1);
        } catch (AddressException e) {
            throw new IllegalStateException("isec.notifications.mail.from is not an address: " + from, e);
        }
    }

    /** A MIME message whose Message-ID is the delivery's own, not a new one each time it is sent. */
    private static final class DeliveryMessage extends MimeMessage {

        private final String messageId;

        DeliveryMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
