package org.isec.devstack.junit;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.mongodb.MongoDBContainer;

/** Kafka and MongoDB in Docker, the same images docker-compose.yml runs. */
final class ContainerInfrastructure implements RunningInfrastructure {

    static final String KAFKA_IMAGE = "apache/kafka:4.1.2";
    static final String MONGO_IMAGE = "mongo:8";

    private final KafkaContainer kafka;
    private final MongoDBContainer mongo;

    private ContainerInfrastructure(KafkaContainer kafka, MongoDBContainer mongo) {
        this.kafka = kafka;
        this.mongo = mongo;
    }

    static ContainerInfrastructure start() {
        var kafka = new KafkaContainer(KAFKA_IMAGE);
        var mongo = new MongoDBContainer(MONGO_IMAGE);
        Startables.deepStart(kafka, mongo).join();
        return new ContainerInfrastructure(kafka, mongo);
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String mongoUri() {
        return mongo.getConnectionString();
    }

    @Override
    public String description() {
        return "Testcontainers " + KAFKA_IMAGE + ", " + MONGO_IMAGE;
    }

    @Override
    public void close() {
        kafka.stop();
        mongo.stop();
    }
}
