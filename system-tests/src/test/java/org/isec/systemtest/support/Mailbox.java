package org.isec.systemtest.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;

/**
 * A recipient's mailbox on the dev mail server (GreenMail IMAP; dev only: login = password = the
 * address). The mailbox exists from the first message delivered to it, so "cannot log in" reads as empty.
 */
public final class Mailbox {

    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

    private final String address;

    private Mailbox(String address) {
        this.address = address;
    }

    public static Mailbox of(String address) {
        return new Mailbox(address);
    }

    public List<Mail> messages() {
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "10000");
        Session session = Session.getInstance(props);
        try (Store store = session.getStore("imap")) {
            store.connect(Settings.imapHost(), Settings.imapPort(), address, address);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<Mail> mails = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    mails.add(toMail(message));
                }
                return mails;
            } finally {
                inbox.close(false);
            }
        } catch (AuthenticationFailedException noMailYet) {
            return List.of();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read the mailbox of " + address + " at "
                    + Settings.imapHost() + ":" + Settings.imapPort() + ": " + e, e);
        }
    }

    /** Waits (up to 30 s) for a message that matches and returns it. */
    public Mail awaitMessage(String description, Predicate<Mail> filter) {
        return await(description + " in the mailbox of " + address)
                .atMost(DEFAULT_WAIT).pollInterval(Duration.ofMillis(500))
                .until(() -> messages().stream().filter(filter).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    private static Mail toMail(Message message) throws MessagingException, IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Enumeration<Header> all = message.getAllHeaders(); all.hasMoreElements(); ) {
            Header header = all.nextElement();
            headers.putIfAbsent(header.getName(), header.getValue());
        }
        return new Mail(message.getSubject(), addresses(message.getFrom()),
                addresses(message.getRecipients(Message.RecipientType.TO)), text(message), headers);
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses).map(Address::toString).toList();
    }

    /** Every text part joined, so a test can look for a phrase whether the mail is plain, HTML or both. */
    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/*")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(text(multipart.getBodyPart(i))).append('\n');
            }
            return text.toString();
        }
        return "";
    }
}
