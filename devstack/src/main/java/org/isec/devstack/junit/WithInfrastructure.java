package org.isec.devstack.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives the annotated test class a real Kafka broker and a MongoDB server, started once per JVM and shared
 * by every class. Where a Docker engine answers they are Testcontainers ({@code apache/kafka}, {@code mongo});
 * otherwise an in-process KRaft broker and the mongo-java-server wire server. {@code -Disec.infrastructure=
 * embedded|containers} forces one.
 *
 * <p>Before any Spring context loads, the addresses are set as system properties
 * {@code spring.kafka.bootstrap-servers}, {@code spring.mongodb.uri}, {@code KAFKA_BOOTSTRAP_SERVERS} and
 * {@code MONGODB_URI}; tests read them with {@link Infrastructure#kafkaBootstrapServers()} and
 * {@link Infrastructure#mongoUri()}. Tests share the broker and the server: use unique topic, group and
 * database names, or clean up what you wrote.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(InfrastructureExtension.class)
public @interface WithInfrastructure {
}
