package org.isec.systemtest.support;

import java.net.URI;
import java.util.Map;

/** The running platform as the tests see it: the gateway's address and the parts that can be stopped. */
public final class Platform {

    private Platform() {
    }

    public static URI gateway() {
        return Settings.gatewayUrl();
    }

    public static URI url(String path) {
        return URI.create(gateway() + path);
    }

    /** {@code ./isec stop <part>}: {@code kafka}, {@code mongo}, {@code mail}, {@code keycloak}, {@code gateway}, {@code marketplace}… */
    public static void stop(String part) {
        PlatformRun.current().stopPart(part);
    }

    /** {@code ./isec kill <part>}: SIGKILL, as a crash would, with no shutdown hooks and nothing flushed. */
    public static void kill(String part) {
        PlatformRun.current().killPart(part);
    }

    /** {@code ./isec start <part>}, which returns once the part is healthy again. */
    public static void start(String part) {
        PlatformRun.current().startPart(part);
    }

    /** {@code ./isec start <part>} with these environment variables, e.g. a production setting the test stack relaxes. */
    public static void start(String part, Map<String, String> environment) {
        PlatformRun.current().startPart(part, environment);
    }
}
