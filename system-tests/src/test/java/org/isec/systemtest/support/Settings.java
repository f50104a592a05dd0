package org.isec.systemtest.support;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the platform under test lives. Every value is a system property so the same tests run against
 * the platform they start themselves (the default) or against one already running
 * ({@code -Disec.platform.url=http://localhost:8080}).
 */
public final class Settings {

    private Settings() {
    }

    /** Set when the tests must use a platform that is already running instead of starting one. */
    static String externalGatewayUrl() {
        String url = System.getProperty("isec.platform.url", "").strip();
        return url.isEmpty() ? null : url;
    }

    /**
     * Added to every port, as {@code ./isec} does with {@code ISEC_PORT_OFFSET}: a test run can then have
     * its own stack beside a developer's running one ({@code -Disec.port.offset=10000}).
     */
    public static int portOffset() {
        String configured = System.getProperty("isec.port.offset", System.getenv().getOrDefault("ISEC_PORT_OFFSET", "0"));
        return Integer.parseInt(configured.strip());
    }

    public static URI gatewayUrl() {
        String external = externalGatewayUrl();
        return URI.create(stripSlash(external != null ? external : "http://localhost:" + (8080 + portOffset())));
    }

    public static URI keycloakUrl() {
        return URI.create(stripSlash(System.getProperty("isec.keycloak.url", "http://localhost:" + (8180 + portOffset()))));
    }

    /** The issuer the services expect in every token (CONVENTIONS: KEYCLOAK_ISSUER_URI). */
    public static String expectedIssuer() {
        return System.getProperty("isec.keycloak.issuer", keycloakUrl() + "/realms/isec");
    }

    public static String kafkaBootstrapServers() {
        return System.getProperty("isec.kafka.bootstrap", "localhost:" + (9092 + portOffset()));
    }

    public static String imapHost() {
        return System.getProperty("isec.imap.host", "localhost");
    }

    public static int imapPort() {
        return Integer.getInteger("isec.imap.port", 3143 + portOffset());
    }

    static Duration startTimeout() {
        return Duration.ofSeconds(Long.getLong("isec.platform.startTimeoutSeconds", 600));
    }

    /** The repository root, where {@code ./isec} lives. */
    public static Path repoDir() {
        String configured = System.getProperty("isec.repo.dir", "").strip();
        if (!configured.isEmpty() && Files.isRegularFile(Path.of(configured, "isec"))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("isec")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository root (a folder with ./isec and pom.xml) above "
                + Path.of("").toAbsolutePath() + "; set -Disec.repo.dir");
    }

    /**
     * The state folder of the platform these tests start: kept apart from a developer's {@code .isec/}
     * so a test run never touches their data.
     */
    static Path testStateDir() {
        String configured = System.getProperty("isec.state.dir", "").strip();
        return configured.isEmpty() ? repoDir().resolve(".isec-test") : Path.of(configured).toAbsolutePath();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
