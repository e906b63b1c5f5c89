package fr.passerelle.shared.persistence;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;

/** The in-memory backend (tests, benchmarks), logging refused commands without their content like the durable one. */
final class QuietMemoryBackend extends MemoryBackend {

    @Override
    public Document handleMessage(MongoMessage message) {
        return CommandFailures.answer(message, () -> super.handleMessage(message));
    }
}
