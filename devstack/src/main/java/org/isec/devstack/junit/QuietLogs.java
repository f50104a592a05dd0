package org.isec.devstack.junit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;

/**
 * An embedded broker logs hundreds of INFO lines at start; tests want their own lines. Spring Boot resets
 * levels when a context starts, so services also set {@code logging.level.kafka=warn} in their test config.
 */
final class QuietLogs {

    private static final String[] NOISY = {"kafka", "org.apache.kafka", "state.change.logger", "de.bwaldvogel", "io.netty"};

    private QuietLogs() {
    }

    static void apply() {
        try {
            if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
                for (var name : NOISY) {
                    context.getLogger(name).setLevel(Level.WARN);
                }
            }
        } catch (LinkageError noLogback) {
            // another SLF4J backend: leave its levels alone
        }
    }
}
