package org.isec.devstack;

/**
 * The dev stack's mail server: {@code --smtp-port=3025 --imap-port=3143 --host=localhost}.
 * See {@link MailServer} for how mailboxes are read.
 */
public final class MailMain {

    private MailMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        DevProcess.configureLogging();
        var settings = Settings.of(args);
        var server = MailServer.start(settings.text("host", "localhost"),
                settings.port("smtp-port", 3025), settings.port("imap-port", 3143));
        DevProcess.runUntilStopped("mail", server);
    }
}
