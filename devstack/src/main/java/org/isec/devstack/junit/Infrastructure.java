package org.isec.devstack.junit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The addresses of the infrastructure {@link WithInfrastructure} started for this JVM. */
public final class Infrastructure {

    static final String MODE_PROPERTY = "isec.infrastructure";

    private static final Logger log = LoggerFactory.getLogger(Infrastructure.class);
    private static volatile RunningInfrastructure running;

    private Infrastructure() {
    }

    /** {@code host:port} of the Kafka broker. */
    public static String kafkaBootstrapServers() {
        return ensureStarted().kafkaBootstrapServers();
    }

    /** {@code mongodb://host:port}, without a database name. */
    public static String mongoUri() {
        return ensureStarted().mongoUri();
    }

    static RunningInfrastructure ensureStarted() {
        var current = running;
        if (current != null) {
            return current;
        }
        synchronized (Infrastructure.class) {
            if (running == null) {
                running = start();
                publish(running);
                var started = running;
                Runtime.getRuntime().addShutdownHook(new Thread(started::close, "isec-infrastructure-stop"));
            }
            return running;
        }
    }

    private static RunningInfrastructure start() {
        var mode = System.getProperty(MODE_PROPERTY, "auto");
        var useContainers = switch (mode) {
            case "containers" -> true;
            case "embedded" -> false;
            case "auto" -> DockerProbe.dockerAnswers();
            default -> throw new IllegalArgumentException(
                    "-D" + MODE_PROPERTY + " must be embedded or containers, got: " + mode);
        };
        var started = System.nanoTime();
        RunningInfrastructure infrastructure = useContainers ? ContainerInfrastructure.start() : EmbeddedInfrastructure.start();
        log.info("Test infrastructure ({}) ready in {} ms: Kafka {}, MongoDB {}", infrastructure.description(),
                (System.nanoTime() - started) / 1_000_000, infrastructure.kafkaBootstrapServers(), infrastructure.mongoUri());
        return infrastructure;
    }

    private static void publish(RunningInfrastructure infrastructure) {
        System.setProperty("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
        System.setProperty("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers());
        System.setProperty("spring.mongodb.uri", infrastructure.mongoUri());
        System.setProperty("MONGODB_URI", infrastructure.mongoUri());
    }
}
