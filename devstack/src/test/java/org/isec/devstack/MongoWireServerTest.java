package org.isec.devstack;

import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MongoWireServerTest {

    @TempDir
    Path dataDir;

    @Test
    void documentsWrittenToTheDiskBackendAreThereAfterARestart() {
        int port = FreePorts.next();
        var file = dataDir.resolve("isec.mv.db");
        try (var server = MongoWireServer.onDisk("localhost", port, file);
             var client = MongoClients.create(server.uri())) {
            client.getDatabase("membership").getCollection("applications")
                    .insertOne(new Document("_id", "app-1").append("status", "SUBMITTED"));
        }

        try (var server = MongoWireServer.onDisk("localhost", port, file);
             var client = MongoClients.create(server.uri())) {
            var found = client.getDatabase("membership").getCollection("applications")
                    .find(new Document("_id", "app-1")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("status")).isEqualTo("SUBMITTED");
        }
    }
}
