package fr.passerelle.shared.persistence;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import io.netty.channel.Channel;
import java.nio.file.Path;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend of mongo-java-server, made durable: every command's changes are committed to the file before the
 * reply is sent, so a write the client saw acknowledged survives {@code kill -9}. (The backend's default MVStore
 * commits in the background about once a second, losing the last acknowledged writes on a crash.)
 *
 * <p>A commit with nothing to write is a no-op, so committing after reads costs nothing. Commit hands the data
 * to the operating system; surviving a power cut would need an fsync per write as well, which a real MongoDB
 * replica set is for.
 */
final class DurableH2Backend extends H2Backend {

    private DurableH2Backend(MVStore store) {
        super(store);
    }

    static DurableH2Backend open(Path file) {
        MVStore store = new MVStore.Builder()
                .fileName(file.toAbsolutePath().toString())
                .autoCommitDisabled()
                .open();
        return new DurableH2Backend(store);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        try {
            return super.handleCommand(channel, databaseName, command, query);
        } finally {
            commit();
        }
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        try {
            return super.handleMessage(message);
        } finally {
            commit();
        }
    }
}
