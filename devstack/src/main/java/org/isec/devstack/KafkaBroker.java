package org.isec.devstack;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A real Apache Kafka broker in KRaft combined mode (broker and controller in one node), the same code
 * {@code kafka-server-start.sh} runs. Its log directory is formatted on first start only, so records and
 * consumer offsets survive a restart on the same directory.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);
    private static final int NODE_ID = 1;

    private final KafkaRaftServer server;
    private final String bootstrapServers;

    private KafkaBroker(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    /** Formats {@code logDir} if it is new, then starts the broker and returns once it serves clients. */
    public static KafkaBroker start(String host, int port, int controllerPort, Path logDir) {
        var config = new KafkaConfig(settings(host, port, controllerPort, logDir), false);
        formatOnFirstStart(config, logDir);
        var server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        var bootstrap = host + ":" + port;
        log.info("Kafka broker ready on {} (controller {}, data {})", bootstrap, controllerPort, logDir);
        return new KafkaBroker(server, bootstrap);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    static Map<String, String> settings(String host, int port, int controllerPort, Path logDir) {
        var s = new HashMap<String, String>();
        s.put("process.roles", "broker,controller");
        s.put("node.id", String.valueOf(NODE_ID));
        s.put("controller.quorum.voters", NODE_ID + "@" + host + ":" + controllerPort);
        s.put("listeners", "PLAINTEXT://" + host + ":" + port + ",CONTROLLER://" + host + ":" + controllerPort);
        s.put("advertised.listeners", "PLAINTEXT://" + host + ":" + port);
        s.put("controller.listener.names", "CONTROLLER");
        s.put("inter.broker.listener.name", "PLAINTEXT");
        s.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        s.put("log.dirs", logDir.toAbsolutePath().toString());
        // One node: internal topics cannot be replicated, and waiting for more members only slows tests.
        s.put("offsets.topic.replication.factor", "1");
        s.put("offsets.topic.num.partitions", "5");
        s.put("transaction.state.log.replication.factor", "1");
        s.put("transaction.state.log.min.isr", "1");
        s.put("transaction.state.log.num.partitions", "5");
        s.put("share.coordinator.state.topic.replication.factor", "1");
        s.put("share.coordinator.state.topic.min.isr", "1");
        s.put("min.insync.replicas", "1");
        s.put("auto.create.topics.enable", "true");
        s.put("group.initial.rebalance.delay.ms", "0");
        // Small footprint: the default cleaner buffer alone is 128 MiB of heap.
        s.put("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));
        s.put("num.network.threads", "2");
        s.put("num.io.threads", "2");
        s.put("background.threads", "2");
        s.put("num.recovery.threads.per.data.dir", "1");
        return s;
    }

    private static void formatOnFirstStart(KafkaConfig config, Path logDir) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(logDir);
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(config.metadataLogDir())
                    .addDirectory(logDir.toAbsolutePath().toString())
                    .run();
            log.info("Formatted new Kafka log directory {}", logDir);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create Kafka log directory " + logDir, e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot format Kafka log directory " + logDir + ": " + e.getMessage(), e);
        }
    }
}
