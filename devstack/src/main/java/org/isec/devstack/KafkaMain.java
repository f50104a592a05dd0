package org.isec.devstack;

/**
 * The dev stack's Kafka broker: {@code --port=9092 --controller-port=9093 --data-dir=.isec/kafka --host=localhost}.
 */
public final class KafkaMain {

    private KafkaMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        DevProcess.configureLogging();
        var settings = Settings.of(args);
        var broker = KafkaBroker.start(
                settings.text("host", "localhost"),
                settings.port("port", 9092),
                settings.port("controller-port", 9093),
                settings.path("data-dir", ".isec/kafka"));
        DevProcess.runUntilStopped("kafka", broker);
    }
}
