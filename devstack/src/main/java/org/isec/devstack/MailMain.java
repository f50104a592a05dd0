package org.isec.devstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.LoggerFactory;

/**
 * The dev stack's mail server (GreenMail): SMTP {@code --smtp-port=3025}, IMAP {@code --imap-port=3143}.
 * A mailbox is created when mail first arrives for an address; read it over IMAP with
 * login = password = that address. Dev only: anyone on this machine can read any mailbox, and
 * mail is kept in memory, so it is gone after a restart.
 */
public final class MailMain {

    private MailMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        DevProcess.configureLogging();
        var settings = Settings.of(args);
        var host = settings.text("host", "localhost");
        var smtp = new ServerSetup(settings.port("smtp-port", 3025), host, ServerSetup.PROTOCOL_SMTP);
        var imap = new ServerSetup(settings.port("imap-port", 3143), host, ServerSetup.PROTOCOL_IMAP);
        var mail = new GreenMail(new ServerSetup[] {smtp, imap});
        mail.start();
        LoggerFactory.getLogger(MailMain.class).info("GreenMail ready: SMTP {}:{}, IMAP {}:{}",
                host, smtp.getPort(), host, imap.getPort());
        DevProcess.runUntilStopped("mail", mail::stop);
    }
}
