package org.isec.systemtest.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one platform of a test run. Started on first use ({@code ./isec up -d} on a freshly wiped state
 * folder) and stopped with {@code ./isec down} when the run ends, also when tests fail or the JVM is
 * told to exit; or, with {@code -Disec.platform.url}, a platform someone else started and will stop.
 */
final class PlatformRun implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PlatformRun.class);
    private static final Duration DOWN_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration PART_TIMEOUT = Duration.ofMinutes(3);

    private static PlatformRun current;
    private static RuntimeException startFailure;

    private final Path stateDir;
    private final boolean owned;
    private IsecScript isec;
    private Thread shutdownHook;

    /** @param stateDir the ISEC_STATE_DIR for ./isec, or null to use the caller's */
    private PlatformRun(Path stateDir, boolean owned) {
        this.stateDir = stateDir;
        this.owned = owned;
    }

    /** Found on first use: a platform someone else started may be tested from anywhere, until a test stops a part. */
    private synchronized IsecScript isec() {
        if (isec == null) {
            isec = new IsecScript(Settings.repoDir(), stateDir);
        }
        return isec;
    }

    /** The running platform; the first caller starts it, a failed start fails every later caller at once. */
    static synchronized PlatformRun ensureStarted() {
        if (startFailure != null) {
            throw startFailure;
        }
        if (current == null) {
            IsecScript.clearLogs();
            try {
                current = Settings.externalGatewayUrl() != null ? useExternal() : startOwn();
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
        }
        return current;
    }

    static synchronized PlatformRun current() {
        if (current == null) {
            throw new IllegalStateException("the platform is not started: annotate the test class with @SystemTest");
        }
        return current;
    }

    void stopPart(String part) {
        isec().runOrFail(PART_TIMEOUT, "stop", part);
    }

    void killPart(String part) {
        isec().runOrFail(PART_TIMEOUT, "kill", part);
    }

    void startPart(String part) {
        startPart(part, Map.of());
    }

    void startPart(String part, Map<String, String> environment) {
        isec().runOrFail(PART_TIMEOUT, environment, "start", part);
    }

    private static PlatformRun useExternal() {
        String stateDir = System.getProperty("isec.state.dir", "").strip();
        PlatformRun run = new PlatformRun(stateDir.isEmpty() ? null : Path.of(stateDir), false);
        log.info("using the platform already running at {}", Settings.gatewayUrl());
        awaitReady(Duration.ofSeconds(30));
        return run;
    }

    private static PlatformRun startOwn() {
        Path stateDir = Settings.testStateDir();
        PlatformRun run = new PlatformRun(stateDir, true);
        // A test JVM killed earlier may have left its platform running on this state folder.
        if (Files.isDirectory(stateDir)) {
            run.isec().run(DOWN_TIMEOUT, "down");
        }
        wipe(stateDir);
        run.shutdownHook = new Thread(run::down, "isec-down");
        Runtime.getRuntime().addShutdownHook(run.shutdownHook);

        Instant started = Instant.now();
        log.info("starting the platform: ./isec up -d (ISEC_STATE_DIR={})", stateDir);
        try {
            run.isec().runOrFail(Settings.startTimeout(), "up", "-d");
            Duration left = Settings.startTimeout().minus(Duration.between(started, Instant.now()));
            awaitReady(left.isNegative() ? Duration.ofSeconds(10) : left.plusSeconds(10));
        } catch (RuntimeException e) {
            IsecScript.Result status = run.isec().run(Duration.ofSeconds(30), "status");
            run.close();
            throw new IllegalStateException("the platform did not start: " + e.getMessage()
                    + "\n./isec status:\n" + status.output(), e);
        }
        log.info("platform healthy after {} s", Duration.between(started, Instant.now()).toSeconds());
        return run;
    }

    /**
     * {@code ./isec up -d} already waits for every part; this only proves that the two doors the tests
     * knock on are open.
     */
    private static void awaitReady(Duration atMost) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI gatewayHealth = URI.create(Settings.gatewayUrl() + "/actuator/health");
        URI realm = URI.create(Settings.keycloakUrl() + "/realms/isec/.well-known/openid-configuration");
        await("gateway health UP at " + gatewayHealth + " and realm isec at " + realm)
                .atMost(atMost)
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .until(() -> answers200(http, gatewayHealth) && answers200(http, realm));
    }

    private static boolean answers200(HttpClient http, URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    @Override
    public synchronized void close() {
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                return; // the hook itself is running down()
            }
            shutdownHook = null;
            down();
        }
    }

    private void down() {
        if (!owned) {
            return;
        }
        log.info("stopping the platform: ./isec down");
        IsecScript.Result result = isec().run(DOWN_TIMEOUT, "down");
        if (!result.succeeded()) {
            log.warn("./isec down failed (exit {}), see {}:\n{}", result.exitCode(), result.log(),
                    IsecScript.tail(result.output(), 20));
        }
    }

    private static void wipe(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot wipe " + dir, e);
        }
    }
}
