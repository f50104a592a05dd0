package org.isec.devstack.junit;

import org.apache.kafka.common.utils.Exit;
import org.isec.devstack.FreePorts;
import org.isec.devstack.KafkaBroker;
import org.isec.devstack.MongoWireServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/** A KRaft broker and the Mongo wire server inside the test JVM, on free ports, data in temp/memory. */
final class EmbeddedInfrastructure implements RunningInfrastructure {

    private static final String HOST = "localhost";

    private final KafkaBroker kafka;
    private final MongoWireServer mongo;
    private final Path kafkaDir;

    private EmbeddedInfrastructure(KafkaBroker kafka, MongoWireServer mongo, Path kafkaDir) {
        this.kafka = kafka;
        this.mongo = mongo;
        this.kafkaDir = kafkaDir;
    }

    static EmbeddedInfrastructure start() {
        // A broker that hits a fatal error calls Exit; in a test JVM that must fail the test, not kill Surefire.
        Exit.setExitProcedure((status, message) -> {
            throw new IllegalStateException("embedded Kafka wanted to exit(" + status + "): " + message);
        });
        Exit.setHaltProcedure((status, message) -> {
            throw new IllegalStateException("embedded Kafka wanted to halt(" + status + "): " + message);
        });
        QuietLogs.apply();
        var kafkaDir = tempDir();
        var mongo = CompletableFuture.supplyAsync(() -> MongoWireServer.inMemory(HOST, 0));
        var kafka = KafkaBroker.start(HOST, FreePorts.next(), FreePorts.next(), kafkaDir);
        return new EmbeddedInfrastructure(kafka, mongo.join(), kafkaDir);
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public String mongoUri() {
        return mongo.uri();
    }

    @Override
    public String description() {
        return "embedded Kafka KRaft broker, mongo-java-server memory backend";
    }

    @Override
    public void close() {
        mongo.close();
        kafka.close();
        deleteQuietly(kafkaDir);
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("isec-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
