package fr.passerelle.shared.persistence;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import io.netty.channel.Channel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend of mongo-java-server, made durable: every command's changes are committed to the file before the
 * reply is sent, so a write the client saw acknowledged survives {@code kill -9}. (The backend's default MVStore
 * commits in the background about once a second, losing the last acknowledged writes on a crash.)
 *
 * <p>A commit with nothing to write is a no-op, so committing after reads costs nothing. Commit hands the data
 * to the operating system; surviving a power cut would need an fsync per write as well, which a real MongoDB
 * replica set is for.
 *
 * <p>The file stays small: MVStore never rewrites a chunk in place, and by default keeps every replaced chunk for
 * 45 seconds (its retention time) — with a commit per command, about a chunk per write. Here a chunk whose data has
 * all been replaced is reused as soon as the commit that replaced it is written (retention time 0: safe against
 * {@code kill -9}, since the operating system keeps what was written; a power cut is out of scope as said above),
 * and every {@value #COMPACTION_INTERVAL} writes the sparsest chunks are rewritten, so space freed by scattered
 * updates is reclaimed too. Closing the store moves the chunks together and shrinks the file.
 */
final class DurableH2Backend extends H2Backend {

    static final int COMPACTION_INTERVAL = 256;
    private static final int COMPACTION_TARGET_FILL_RATE = 60;
    private static final int COMPACTION_MAX_BYTES = 4 << 20;
    private static final int CLOSING_COMPACTION_MILLIS = 2_000;

    private static final String STORE_INFO_MAP = "_passerelle_store";
    private static final String CREATED_IN_MODE = "createdInMode";
    private static final String DATABASE_MAP_PREFIX = "databases.";

    private final AtomicLong writes = new AtomicLong();

    private DurableH2Backend(MVStore store) {
        super(store);
    }

    /**
     * Opens (or creates) the store in {@code file}. A new store records {@code mode}; the dev mode refuses a store
     * recorded in production mode, or written before modes were recorded.
     */
    static DurableH2Backend open(Path file, StoreMode mode) {
        MVStore store = new MVStore.Builder()
                .fileName(file.toAbsolutePath().toString())
                .autoCommitDisabled()
                .open();
        try {
            store.setRetentionTime(0);
            checkMode(store, file, mode);
        } catch (RuntimeException e) {
            store.closeImmediately();
            throw e;
        }
        return new DurableH2Backend(store);
    }

    private static void checkMode(MVStore store, Path file, StoreMode mode) {
        boolean hasData = store.getMapNames().stream().anyMatch(name -> name.startsWith(DATABASE_MAP_PREFIX));
        MVMap<String, String> info = store.openMap(STORE_INFO_MAP);
        String recorded = info.get(CREATED_IN_MODE);
        if (recorded == null) {
            // A store written before modes were recorded cannot be vouched for: it counts as a production one.
            recorded = (hasData ? StoreMode.PRODUCTION : mode).name();
            info.put(CREATED_IN_MODE, recorded);
            store.commit();
        }
        if (!mode.mayOpen(StoreMode.valueOf(recorded))) {
            throw new ForeignStoreException(file, recorded.toLowerCase(Locale.ROOT));
        }
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        try {
            return super.handleCommand(channel, databaseName, command, query);
        } finally {
            commitAndCompact();
        }
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        try {
            return CommandFailures.answer(message, () -> super.handleMessage(message));
        } finally {
            commitAndCompact();
        }
    }

    @Override
    public void close() {
        getMvStore().compactFile(CLOSING_COMPACTION_MILLIS);
        super.close();
    }

    private void commitAndCompact() {
        MVStore store = getMvStore();
        long version = store.getCurrentVersion();
        commit();
        if (store.getCurrentVersion() != version && writes.incrementAndGet() % COMPACTION_INTERVAL == 0) {
            store.compact(COMPACTION_TARGET_FILL_RATE, COMPACTION_MAX_BYTES);
        }
    }
}
