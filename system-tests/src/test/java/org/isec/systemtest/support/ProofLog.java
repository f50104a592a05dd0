package org.isec.systemtest.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the proof tests tried and what came of it, one JSON line per trial in
 * {@code target/proof/trials.jsonl} (override with {@code -Disec.proof.dir}). The proof page in the docs
 * is generated from these lines, so a number on the page is always one a test measured and asserted.
 */
public final class ProofLog {

    private static final Path DIR = Path.of(System.getProperty("isec.proof.dir", "target/proof")).toAbsolutePath();

    private ProofLog() {
    }

    /** The run's trials, one JSON object a line. */
    public static Path file() {
        return DIR.resolve("trials.jsonl");
    }

    /** Starts a new run's log (the proof page shows one run, never a mix of runs). */
    static synchronized void forget() {
        try {
            Files.deleteIfExists(file());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the proof log " + file(), e);
        }
    }

    /**
     * Records one trial.
     *
     * @param area    the table it belongs to: {@code fault}, {@code security}, {@code bad-input}, {@code journey}
     * @param trial   what was tried, in words ("Kafka stopped while commands keep coming")
     * @param tries   how many times / inputs
     * @param result  the outcome in words ("every event delivered after Kafka returned")
     * @param counts  the measured numbers, e.g. {@code lost=0, duplicates=0, 5xx=0}
     */
    public static synchronized void record(String area, String trial, long tries, String result, Map<String, ? extends Number> counts) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("area", area);
        line.put("trial", trial);
        line.put("tries", tries);
        line.put("result", result);
        line.put("counts", counts);
        line.put("at", Instant.now().toString());
        try {
            Files.createDirectories(DIR);
            Files.writeString(file(), Json.write(line) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the proof log in " + DIR, e);
        }
    }
}
