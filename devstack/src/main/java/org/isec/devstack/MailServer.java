package org.isec.devstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.LoggerFactory;

/**
 * GreenMail with SMTP and IMAP. A mailbox is created when mail first arrives for an address, and is read
 * over IMAP with login = password = that address. Dev only: anyone who can reach the port reads any mailbox,
 * and mail lives in memory, so it is gone after a restart.
 */
public final class MailServer implements AutoCloseable {

    private final GreenMail mail;

    private MailServer(GreenMail mail) {
        this.mail = mail;
    }

    public static MailServer start(String host, int smtpPort, int imapPort) {
        var smtp = new ServerSetup(smtpPort, host, ServerSetup.PROTOCOL_SMTP);
        var imap = new ServerSetup(imapPort, host, ServerSetup.PROTOCOL_IMAP);
        var mail = new GreenMail(new ServerSetup[] {smtp, imap});
        mail.start();
        LoggerFactory.getLogger(MailServer.class).info("GreenMail ready: SMTP {}:{}, IMAP {}:{}", host, smtpPort, host, imapPort);
        return new MailServer(mail);
    }

    @Override
    public void close() {
        mail.stop();
    }
}
