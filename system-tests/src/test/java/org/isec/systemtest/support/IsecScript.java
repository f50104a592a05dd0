package org.isec.systemtest.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs {@code ./isec <args>} from the repository root, each run logged to its own file under target/. */
final class IsecScript {

    private static final AtomicInteger RUNS = new AtomicInteger();
    private static final Path LOG_DIR = Path.of(System.getProperty("isec.log.dir", "target/isec-runs")).toAbsolutePath();

    private final Path repoDir;
    private final Path stateDir;
    private final Path logDir;

    /** @param stateDir the {@code ISEC_STATE_DIR} to pass, or null to leave the caller's environment as is */
    IsecScript(Path repoDir, Path stateDir) {
        this.repoDir = repoDir;
        this.stateDir = stateDir;
        this.logDir = LOG_DIR;
    }

    /** Forgets the logs of an earlier test run, so the folder tells the story of this one only. */
    static void clearLogs() {
        if (!Files.isDirectory(LOG_DIR)) {
            return;
        }
        try (var logs = Files.list(LOG_DIR)) {
            for (Path log : logs.toList()) {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot clear " + LOG_DIR + ": " + e.getMessage(), e);
        }
    }

    record Result(List<String> command, int exitCode, String output, Path log) {
        boolean succeeded() {
            return exitCode == 0;
        }
    }

    Result run(Duration timeout, String... args) {
        return run(timeout, Map.of(), args);
    }

    /** Runs the script with {@code environment} added to the test run's own (a part started now keeps it). */
    Result run(Duration timeout, Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>();
        command.add(repoDir.resolve("isec").toString());
        command.addAll(List.of(args));
        Path log = logDir.resolve("%02d-%s.log".formatted(RUNS.incrementAndGet(), String.join("-", args).replace('/', '_')));
        try {
            Files.createDirectories(logDir);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(repoDir.toFile())
                    .redirectErrorStream(true)
                    // A file, not a pipe: parts started with `up -d` inherit the output and outlive the script,
                    // so reading a pipe to its end would wait for them.
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            if (stateDir != null) {
                builder.environment().put("ISEC_STATE_DIR", stateDir.toString());
            }
            builder.environment().put("ISEC_PORT_OFFSET", String.valueOf(Settings.portOffset()));
            // The test stack checks charter deadlines every few seconds rather than every 15 minutes, so that the
            // re-acceptance test sees a missed deadline suspend a member (CharterReacceptanceTest).
            builder.environment().putIfAbsent("ISEC_CHARTER_DEADLINE_CHECK_INTERVAL", "PT5S");
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroy();
                process.waitFor(10, TimeUnit.SECONDS);
                process.destroyForcibly();
                return new Result(command, -1, read(log) + "\n[system-tests] gave up after " + timeout, log);
            }
            return new Result(command, process.exitValue(), read(log), log);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    Result runOrFail(Duration timeout, String... args) {
        return runOrFail(timeout, Map.of(), args);
    }

    Result runOrFail(Duration timeout, Map<String, String> environment, String... args) {
        Result result = run(timeout, environment, args);
        if (!result.succeeded()) {
            throw new IllegalStateException("`" + String.join(" ", result.command()) + "` failed (exit " + result.exitCode()
                    + ", full log " + result.log() + "):\n" + tail(result.output(), 60));
        }
        return result;
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    static String tail(String text, int lines) {
        String[] all = text.split("\n");
        int from = Math.max(0, all.length - lines);
        return String.join("\n", List.of(all).subList(from, all.length));
    }
}
