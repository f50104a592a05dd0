package org.isec.devstack;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB wire-protocol server (mongo-java-server). Real drivers talk to it; it has no transactions,
 * sessions or change streams (see DESIGN §3), so nothing in the platform may rely on them.
 */
public final class MongoWireServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MongoWireServer.class);

    private final MongoServer server;
    private final MongoBackend backend;
    private final String uri;

    private MongoWireServer(MongoServer server, MongoBackend backend, String uri) {
        this.server = server;
        this.backend = backend;
        this.uri = uri;
    }

    /** Data in one H2 MVStore file, kept across restarts. */
    public static MongoWireServer onDisk(String host, int port, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the Mongo data directory for " + file, e);
        }
        return start(new H2Backend(file.toAbsolutePath().toString()), host, port, file.toString());
    }

    /** Data in memory only: fast, gone when the process ends. Port 0 picks a free port. */
    public static MongoWireServer inMemory(String host, int port) {
        return start(new MemoryBackend(), host, port, "memory");
    }

    private static MongoWireServer start(MongoBackend backend, String host, int port, String storage) {
        var server = new MongoServer(backend);
        server.bind(host, port);
        var address = server.getLocalAddress();
        var uri = "mongodb://" + host + ":" + address.getPort();
        log.info("Mongo wire server ready on {} (data: {})", uri, storage);
        return new MongoWireServer(server, backend, uri);
    }

    /** {@code mongodb://host:port}, without a database: each service names its own. */
    public String uri() {
        return uri;
    }

    @Override
    public void close() {
        server.shutdownNow();
        backend.close();
    }
}
