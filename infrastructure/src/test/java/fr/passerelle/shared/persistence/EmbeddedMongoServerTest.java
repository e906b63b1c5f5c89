package fr.passerelle.shared.persistence;

import static fr.passerelle.shared.persistence.EmbeddedServers.authenticatedClient;
import static fr.passerelle.shared.persistence.EmbeddedServers.client;
import static fr.passerelle.shared.persistence.EmbeddedServers.credential;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoException;
import com.mongodb.MongoSecurityException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded server listens on a loopback port, but serves only the application's own connections: anything else
 * on the machine that connects without the process's secret cannot read or write a document.
 */
class EmbeddedMongoServerTest {

    private EmbeddedMongoServer server;

    @BeforeEach
    void startServerWithOneDocument() {
        server = EmbeddedMongoServer.start(new QuietMemoryBackend(), EmbeddedServers.SECRET);
        try (var client = authenticatedClient(server)) {
            client.getDatabase("passerelle").getCollection("learners")
                    .insertOne(new Document("_id", "l1").append("email", "ada@example.fr"));
        }
    }

    @AfterEach
    void stopServer() {
        server.shutdown();
    }

    @Test
    void itListensOnTheLoopbackInterfaceOnly() {
        assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
    }

    @Test
    void theApplicationsOwnClientReadsAndWrites() {
        try (var client = authenticatedClient(server)) {
            assertThat(client.getDatabase("passerelle").getCollection("learners").find().first())
                    .containsEntry("email", "ada@example.fr");
        }
    }

    @Test
    void aClientWithoutTheSecretReadsNothing() {
        try (var client = client(server, null)) {
            assertThatThrownBy(() -> client.getDatabase("passerelle").getCollection("learners").find().first())
                    .isInstanceOf(MongoException.class);
            assertThatThrownBy(() -> client.listDatabaseNames().first()).isInstanceOf(MongoException.class);
        }
    }

    @Test
    void aClientWithAWrongSecretIsRefused() {
        try (var client = client(server, credential("guessed"))) {
            assertThatThrownBy(() -> client.getDatabase("passerelle").getCollection("learners").find().first())
                    .isInstanceOf(MongoSecurityException.class)
                    .hasRootCauseMessage("Command execution failed on MongoDB server with error 18 "
                            + "(AuthenticationFailed): 'Authentication failed.' on server " + server.address().getHostString()
                            + ":" + server.address().getPort() + ". The full response is {\"ok\": 0.0, \"errmsg\": "
                            + "\"Authentication failed.\", \"code\": 18, \"codeName\": \"AuthenticationFailed\"}");
        }
    }

    @Test
    void aRawCommandWithoutAuthenticationClosesTheConnectionUnanswered() throws IOException {
        try (var socket = new Socket(server.address().getAddress(), server.address().getPort())) {
            socket.setSoTimeout(2_000);
            socket.getOutputStream().write(opMsg("{\"find\": \"learners\", \"$db\": \"passerelle\"}"));
            socket.getOutputStream().flush();

            InputStream in = socket.getInputStream();
            assertThat(in.read()).as("the server closes the connection without a reply").isEqualTo(-1);
        }
    }

    /** An OP_MSG frame with one body section, as a driver would send it. */
    private static byte[] opMsg(String json) {
        var bson = new org.bson.RawBsonDocument(Document.parse(json), new org.bson.codecs.DocumentCodec());
        byte[] document = new byte[bson.getByteBuffer().remaining()];
        bson.getByteBuffer().get(document);
        int length = 16 + 4 + 1 + document.length;
        ByteBuffer frame = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        frame.putInt(length).putInt(1).putInt(0).putInt(2013).putInt(0).put((byte) 0).put(document);
        return frame.array();
    }
}
