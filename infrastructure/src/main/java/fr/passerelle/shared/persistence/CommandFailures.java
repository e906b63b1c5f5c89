package fr.passerelle.shared.persistence;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.exception.MongoServerException;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a command the embedded server refuses the way mongo-java-server does, but logs it without the command.
 * mongo-java-server logs every refused command at ERROR with the whole command document — a learner's name, e-mail
 * and address when a unique index refuses a duplicate, which the application expects and handles. Here a refusal is
 * one line naming the command, the collection and the error code; never a value from the document or the error
 * message (a duplicate key's message quotes the key).
 */
final class CommandFailures {

    private static final Logger log = LoggerFactory.getLogger(CommandFailures.class);

    private CommandFailures() {
    }

    static Document answer(MongoMessage message, Supplier<Document> command) {
        try {
            return command.get();
        } catch (MongoServerException e) {
            logRefusal(message, e);
            return errorReply(e);
        }
    }

    private static void logRefusal(MongoMessage message, MongoServerException e) {
        Document document = message.getDocument();
        String name = document.isEmpty() ? "?" : document.keySet().iterator().next();
        Object collection = document.get(name);
        String code = e instanceof MongoServerError error ? error.getCodeName() + " (" + error.getCode() + ")" : "no code";
        log.warn("The embedded MongoDB refused {} on {}.{}: {}", name, message.getDatabaseName(),
                collection instanceof String ? collection : "?", code);
    }

    /** The reply mongo-java-server's own handler builds for a refused command. */
    private static Document errorReply(MongoServerException e) {
        Document reply = new Document();
        reply.put("$err", e.getMessageWithoutErrorCode());
        reply.put("errmsg", e.getMessageWithoutErrorCode());
        if (e instanceof MongoServerError error) {
            reply.put("code", error.getCode());
            reply.putIfNotNull("codeName", error.getCodeName());
        }
        reply.put("ok", 0);
        return reply;
    }
}
