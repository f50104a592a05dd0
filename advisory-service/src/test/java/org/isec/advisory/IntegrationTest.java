package org.isec.advisory;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.isec.devstack.junit.WithInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole service against a real Kafka broker and the Mongo wire server. Every class shares one Spring context
 * and one database, so tests create their own members, advisors and cases with fresh ids.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WithInfrastructure
@SpringBootTest(properties = {
        "spring.mongodb.database=advisory-it",
        "isec.advisory.funding.pending-match-interval=PT5S"})
@AutoConfigureMockMvc
public @interface IntegrationTest {
}
