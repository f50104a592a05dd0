package org.isec.devstack.junit;

import org.testcontainers.DockerClientFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Is there a Docker engine to run Testcontainers on? Answers within seconds, never hangs a build. */
final class DockerProbe {

    private static final long TIMEOUT_SECONDS = 20;

    private DockerProbe() {
    }

    static boolean dockerAnswers() {
        if (!anyDockerEndpointConfigured()) {
            return false;
        }
        var probe = CompletableFuture.supplyAsync(() -> {
            try {
                return DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException e) {
                return false;
            }
        }, runnable -> {
            var thread = new Thread(runnable, "docker-probe");
            thread.setDaemon(true);
            thread.start();
        });
        try {
            return probe.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            probe.cancel(true);
            return false;
        }
    }

    /** Skips Testcontainers' own (slow, loud) discovery when nothing on this machine could be a Docker engine. */
    private static boolean anyDockerEndpointConfigured() {
        var home = Path.of(System.getProperty("user.home"));
        return System.getenv("DOCKER_HOST") != null
                || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(home.resolve(".docker/run/docker.sock"))
                || Files.exists(home.resolve(".testcontainers.properties"))
                || Files.exists(Path.of(System.getenv().getOrDefault("XDG_RUNTIME_DIR", "/nonexistent"), "docker.sock"))
                || Files.exists(Path.of(System.getenv().getOrDefault("XDG_RUNTIME_DIR", "/nonexistent"), "podman/podman.sock"))
                || System.getProperty("os.name", "").toLowerCase().contains("win");
    }
}
