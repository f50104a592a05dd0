package org.isec.devstack.junit;

/** Kafka and MongoDB for tests, however they run. */
interface RunningInfrastructure extends AutoCloseable {

    String kafkaBootstrapServers();

    String mongoUri();

    String description();

    @Override
    void close();
}
