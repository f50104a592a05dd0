package org.isec.devstack;

/**
 * The dev stack's MongoDB: {@code --port=27017 --data-dir=.isec/mongo --host=localhost --backend=h2|memory}.
 */
public final class MongoMain {

    private MongoMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        DevProcess.configureLogging();
        var settings = Settings.of(args);
        var host = settings.text("host", "localhost");
        var port = settings.port("port", 27017);
        var backend = settings.text("backend", "h2");
        var server = switch (backend) {
            case "h2" -> MongoWireServer.onDisk(host, port, settings.path("data-dir", ".isec/mongo").resolve("isec.mv.db"));
            case "memory" -> MongoWireServer.inMemory(host, port);
            default -> throw new IllegalArgumentException("--backend must be h2 or memory, got: " + backend);
        };
        DevProcess.runUntilStopped("mongo", server);
    }
}
