package fr.passerelle.shared.persistence;

import com.mongodb.MongoClientSettings;
import com.mongodb.MongoCredential;
import com.mongodb.ServerAddress;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Clients of an {@link EmbeddedMongoServer} for this package's tests, with or without its secret. */
final class EmbeddedServers {

    static final String SECRET = "test-secret";

    private EmbeddedServers() {
    }

    static MongoClient client(EmbeddedMongoServer server, MongoCredential credential) {
        var builder = MongoClientSettings.builder()
                .applyToClusterSettings(cluster -> cluster
                        .hosts(List.of(new ServerAddress(server.address().getHostString(), server.address().getPort())))
                        .serverSelectionTimeout(2, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(2, TimeUnit.SECONDS));
        if (credential != null) {
            builder.credential(credential);
        }
        return MongoClients.create(builder.build());
    }

    static MongoClient authenticatedClient(EmbeddedMongoServer server) {
        return client(server, credential(SECRET));
    }

    static MongoCredential credential(String secret) {
        return MongoCredential.createPlainCredential(PlainAuthenticationGate.USER, "$external", secret.toCharArray());
    }
}
