package fr.passerelle.persistence.indexes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Documents no hot query selects, so that a plan reading more than the index narrows to shows it: every field a
 * recorded command filters or sorts on gets a value of its own in each noise document (a string, which no query's
 * equality, range or {@code $in} on the application's values matches). An index scan on the queried values
 * examines none of them; a collection scan or an index on the wrong fields examines them all. Fields tested with
 * {@code $exists} (the outbox's pending events) are left out: noise carrying them would be pending work.
 */
final class Noise {

    private Noise() {
    }

    static void seed(MongoOperations mongo, List<BsonDocument> commands, int perCollection) {
        Map<String, Set<String>> fields = new HashMap<>();
        for (BsonDocument command : commands) {
            String collection = command.get(command.getFirstKey()).asString().getValue();
            Set<String> paths = fields.computeIfAbsent(collection, name -> new LinkedHashSet<>());
            filterOf(command).ifPresent(filter -> paths(filter, "", paths));
            sortOf(command).forEach(paths::add);
        }
        fields.forEach((collection, paths) -> {
            paths.remove("_id");
            List<Document> noise = new ArrayList<>();
            for (int i = 0; i < perCollection; i++) {
                Document document = new Document("_id", "noise-" + i);
                for (String path : paths) {
                    set(document, path, "noise-" + i);
                }
                noise.add(document);
            }
            mongo.getCollection(collection).insertMany(noise);
        });
    }

    private static Optional<BsonDocument> filterOf(BsonDocument command) {
        for (String field : List.of("filter", "query")) {
            if (command.isDocument(field)) {
                return Optional.of(command.getDocument(field));
            }
        }
        if (command.isArray("pipeline")) {
            return command.getArray("pipeline").stream().map(BsonValue::asDocument)
                    .filter(stage -> stage.isDocument("$match")).map(stage -> stage.getDocument("$match"))
                    .findFirst();
        }
        return Optional.empty();
    }

    private static Set<String> sortOf(BsonDocument command) {
        Set<String> paths = new LinkedHashSet<>();
        if (command.isDocument("sort")) {
            paths.addAll(command.getDocument("sort").keySet());
        }
        if (command.isArray("pipeline")) {
            command.getArray("pipeline").stream().map(BsonValue::asDocument)
                    .filter(stage -> stage.isDocument("$sort"))
                    .forEach(stage -> paths.addAll(stage.getDocument("$sort").keySet()));
        }
        return paths;
    }

    private static void paths(BsonDocument filter, String prefix, Set<String> into) {
        filter.forEach((key, value) -> {
            if (key.equals("$or") || key.equals("$and") || key.equals("$nor")) {
                ((BsonArray) value).forEach(branch -> paths(branch.asDocument(), prefix, into));
            } else if (!key.startsWith("$") && !(value.isDocument() && value.asDocument().containsKey("$exists"))) {
                into.add(prefix + key);
            }
        });
    }

    private static void set(Document document, String path, Object value) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            document.putIfAbsent(path, value);
            return;
        }
        Object child = document.get(path.substring(0, dot));
        Document nested = child instanceof Document existing ? existing : new Document();
        document.put(path.substring(0, dot), nested);
        set(nested, path.substring(dot + 1), value);
    }
}
