package org.isec.devstack;

import java.util.concurrent.CountDownLatch;

/** What every dev-stack main shares: its own logging setup and staying up until the script stops it. */
final class DevProcess {

    private DevProcess() {
    }

    /** Must run before the first logger is created, or Logback's noisy DEBUG default wins. */
    static void configureLogging() {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "isec-devstack-logback.xml");
        }
    }

    /** Blocks until SIGTERM/SIGINT, then closes {@code part} so data files are flushed and closed cleanly. */
    static void runUntilStopped(String name, AutoCloseable part) throws InterruptedException {
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                part.close();
            } catch (Exception e) {
                System.err.println(name + ": error while stopping: " + e);
            } finally {
                stopped.countDown();
            }
        }, name + "-shutdown"));
        stopped.await();
    }
}
