package fr.passerelle.privacy.persistence;

import fr.passerelle.privacy.model.DataSubject;
import fr.passerelle.privacy.model.ErasureOutcome;
import fr.passerelle.privacy.model.ExportSection;
import fr.passerelle.privacy.model.Pseudonyms;
import fr.passerelle.shared.model.EmailAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * What every feature's privacy provider does the same way: find a person's records under the keys a feature files
 * them by, turn the stored fields into export rows, and overwrite an erased person's identity with their pseudonym.
 * Providers read the stored documents (not their domain models) so an export shows exactly what is kept.
 */
public final class PrivacyQueries {

    /** The most records one provider section exports or changes for one person; more would be an abuse or a bug. */
    public static final int MAX_RECORDS = 10_000;

    private PrivacyQueries() {
    }

    /** The person's pseudonym, the same in every feature ({@link Pseudonyms}). */
    public static String pseudonym(DataSubject person) {
        return Pseudonyms.of(person);
    }

    /** The person's addresses as stored (lower case). */
    public static List<String> emails(DataSubject person) {
        return person.emails().stream().map(EmailAddress::value).sorted().toList();
    }

    /** Records whose {@code field} equals the person's account; matches nothing for a person without one. */
    public static Criteria bySubject(String field, DataSubject person) {
        return person.subject() == null ? Criteria.where("_id").in(List.of())
                : Criteria.where(field).is(person.subject());
    }

    /** Records whose {@code field} is one of the person's learner profiles. */
    public static Criteria byLearner(String field, DataSubject person) {
        return Criteria.where(field).in(person.learnerIds());
    }

    /** Records whose {@code field} is one of the person's addresses. */
    public static Criteria byEmail(String field, DataSubject person) {
        return Criteria.where(field).in(emails(person));
    }

    /** Any of the criteria. */
    public static Criteria anyOf(Criteria... criteria) {
        return new Criteria().orOperator(criteria);
    }

    /**
     * One export section: the matching stored documents, one row each, with a column per dotted path (plus the
     * record's id); a nested value is written as JSON. Empty when nothing matches.
     */
    public static Optional<ExportSection> section(MongoOperations mongo, String name, String collection,
                                                  Criteria where, List<String> paths) {
        Query query = Query.query(where).limit(MAX_RECORDS).with(org.springframework.data.domain.Sort.by("_id"));
        List<String> columns = new ArrayList<>();
        columns.add("id");
        columns.addAll(paths);
        List<Map<String, String>> rows = new ArrayList<>();
        for (Document stored : mongo.find(query, Document.class, collection)) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("id", text(stored.get("_id")));
            for (String path : paths) {
                row.put(path, text(at(stored, path)));
            }
            rows.add(row);
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(new ExportSection(name, columns, rows));
    }

    /** Sets {@code field} to {@code value} in every record where it holds one of {@code values}; returns the count. */
    public static int replace(MongoOperations mongo, String collection, String field, List<String> values,
                              Object value) {
        if (values.isEmpty()) {
            return 0;
        }
        return (int) mongo.updateMulti(Query.query(Criteria.where(field).in(values)), new Update().set(field, value),
                collection).getModifiedCount();
    }

    /**
     * Replaces {@code from} by {@code to} in {@code field} of every element of the array {@code array} (a decision's
     * author in an application's history…), in each matching record. The write is conditional on the record's
     * version and bumps it, so a writer holding the record before this change fails its own optimistic check and
     * retries on the rewritten one instead of putting the identity back.
     */
    public static int replaceInArray(MongoOperations mongo, String collection, String array, String field,
                                     String from, String to) {
        int changed = 0;
        Query query = Query.query(Criteria.where(array + "." + field).is(from)).limit(MAX_RECORDS);
        for (Document stored : mongo.find(query, Document.class, collection)) {
            List<Object> elements = new ArrayList<>();
            for (Object element : stored.getList(array, Object.class, List.of())) {
                if (element instanceof Document nested && from.equals(nested.get(field))) {
                    Document copy = new Document(nested);
                    copy.put(field, to);
                    elements.add(copy);
                } else {
                    elements.add(element);
                }
            }
            Criteria same = Criteria.where("_id").is(stored.get("_id"));
            Update update = new Update().set(array, elements);
            if (stored.containsKey("version")) {
                same = same.and("version").is(stored.get("version"));
                update = update.inc("version", 1);
            }
            changed += (int) mongo.updateFirst(Query.query(same), update, collection).getModifiedCount();
        }
        return changed;
    }

    /** Deletes the matching records; returns the count. */
    public static int delete(MongoOperations mongo, String collection, Criteria where) {
        return (int) mongo.remove(Query.query(where), collection).getDeletedCount();
    }

    /** The person's account as a one-element list, or empty, for {@link #replace}. */
    public static List<String> subjects(DataSubject person) {
        return person.subject() == null ? List.of() : List.of(person.subject());
    }

    /** An outcome with nothing held. */
    public static ErasureOutcome outcome(String feature, int deleted, int pseudonymised) {
        return new ErasureOutcome(feature, deleted, pseudonymised, List.of());
    }

    private static Object at(Document document, String path) {
        Object current = document;
        for (String part : path.split("\\.")) {
            if (current instanceof Document nested) {
                current = nested.get(part);
            } else if (current instanceof List<?> list) {
                List<Object> values = new ArrayList<>();
                for (Object element : list) {
                    values.add(element instanceof Document nested ? nested.get(part) : null);
                }
                current = values;
            } else {
                return null;
            }
        }
        return current;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Document || value instanceof List<?>) {
            String json = new Document("v", value).toJson();
            return json.substring(json.indexOf(':') + 1, json.length() - 1).strip();
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant().toString();
        }
        return value.toString();
    }
}
