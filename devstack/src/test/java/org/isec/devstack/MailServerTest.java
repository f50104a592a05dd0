package org.isec.devstack;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class MailServerTest {

    @Test
    void mailSentOverSmtpIsReadOverImapWithTheAddressAsLoginAndPassword() throws Exception {
        int smtpPort = FreePorts.next();
        int imapPort = FreePorts.next();
        try (var ignored = MailServer.start("localhost", smtpPort, imapPort)) {
            var props = new Properties();
            props.put("mail.smtp.host", "localhost");
            props.put("mail.smtp.port", String.valueOf(smtpPort));
            var session = Session.getInstance(props);
            var message = new MimeMessage(session);
            message.setFrom(new InternetAddress("noreply@isec.example"));
            message.setRecipients(Message.RecipientType.TO, "amina@coop.example");
            message.setSubject("Benvenuta in ISEC");
            message.setText("La tua domanda è stata approvata.");
            Transport.send(message);

            try (var store = session.getStore("imap")) {
                store.connect("localhost", imapPort, "amina@coop.example", "amina@coop.example");
                var inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                assertThat(inbox.getMessages()).extracting(Message::getSubject).containsExactly("Benvenuta in ISEC");
            }
        }
    }
}
