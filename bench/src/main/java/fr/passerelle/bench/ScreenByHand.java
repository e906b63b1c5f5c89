package fr.passerelle.bench;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import fr.passerelle.bench.harness.GlobalIds;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.port.in.MembershipUseCases;
import fr.passerelle.notification.model.EmailDigest;
import fr.passerelle.shared.model.EmailAddress;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * B7's baseline for one screen, in {@link CompanyOffersByHand}'s manner: the driver reads the application's path
 * makes for that screen, kept as BSON documents, and the answer's fields streamed with the same Jackson — no HTTP,
 * no token, no GraphQL. What both screens share is here: the caller, resolved from the same claims by the same use
 * case as a token's (the application's first read, its active memberships), and the {@code viewer}'s head.
 *
 * <p>The baseline writes what the demo data holds. A part of the screen the data does not exercise (a follow-up, an
 * interview, a signature awaited…) fails the call by name rather than being written blind: together with the
 * self-check against the application's answer, the baseline never answers less than the application.
 */
abstract class ScreenByHand {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final MembershipUseCases memberships;
    private final MongoCollection<Document> notifications;
    private final MongoCollection<Document> notificationSettings;

    ScreenByHand(MongoOperations mongo, MembershipUseCases memberships) {
        this.memberships = memberships;
        this.notifications = mongo.getCollection("notifications");
        this.notificationSettings = mongo.getCollection("notificationSettings");
    }

    /** The caller of a token, as the application reads it: its subject, name, verified e-mail and client. */
    record Caller(String subject, String displayName, EmailAddress verifiedEmail, String client) {

        /** The two screens' personas hold no platform role: their memberships say what they may read. */
        static Caller of(JsonNode claims) {
            String email = claims.path("email_verified").asBoolean(false) ? claims.path("email").asString(null) : null;
            String name = claims.path("name").asString(null);
            String client = claims.path("azp").asString(null);
            return new Caller(claims.get("sub").asString(),
                    name != null ? name : claims.path("preferred_username").asString(null),
                    email == null ? null : EmailAddress.of(email),
                    client != null ? client : claims.path("client_id").asString(null));
        }
    }

    /** The screen's whole answer, {@code {"data": …}}. */
    final byte[] respond(Caller caller) {
        Actor actor = memberships.resolveActor(caller.subject(), caller.displayName(), caller.verifiedEmail(),
                Set.of(), caller.client());
        var out = new ByteArrayOutputStream(8 * 1024);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeName("data");
            json.writeStartObject();
            json.writeName("viewer");
            json.writeStartObject();
            json.writeStringProperty("displayName", actor.displayName());
            json.writeNumberProperty("unreadNotificationCount", unread(actor.subject()));
            writeSettings(json, actor.subject());
            json.writeName("memberships");
            json.writeStartArray();
            writeMemberships(json, actor);
            json.writeEndArray();
            json.writeEndObject();
            writeRoots(json, actor);
            json.writeEndObject();
            json.writeEndObject();
        }
        return out.toByteArray();
    }

    /** Each of the actor's memberships as an object of the array {@code viewer.memberships}. */
    abstract void writeMemberships(JsonGenerator json, Actor actor);

    /** The screen's root fields after {@code viewer}, if any. */
    void writeRoots(JsonGenerator json, Actor actor) {
    }

    private long unread(String subject) {
        Document count = notifications.aggregate(List.of(
                Aggregates.match(new Document("recipient", subject).append("readAt", null)),
                Aggregates.group(1, Accumulators.sum("n", 1)))).first();
        return count == null ? 0 : ((Number) count.get("n")).longValue();
    }

    /** Stored settings, or the defaults of someone who never changed them: no language, every e-mail at once. */
    private void writeSettings(JsonGenerator json, String subject) {
        Document settings = notificationSettings.find(eq("_id", subject)).limit(1).first();
        json.writeName("notificationSettings");
        json.writeStartObject();
        json.writeStringProperty("language", settings == null ? null : settings.getString("language"));
        json.writeStringProperty("emailDigest", settings == null || settings.getString("digest") == null
                ? EmailDigest.IMMEDIATE.name() : settings.getString("digest"));
        json.writeEndObject();
    }

    static void writeMembershipHead(JsonGenerator json, Membership membership) {
        json.writeStringProperty("id", GlobalIds.of("Membership", membership.id()));
        json.writeStringProperty("role", membership.role().name());
    }

    static String instant(Document document, String field) {
        Date date = document.get(field, Date.class);
        return date == null ? null : date.toInstant().toString();
    }

    /** A connection's cursor as the application writes it: base64url of {@code order|type|id|value}. */
    static String cursor(String order, String id, Object value) {
        String type = value instanceof Instant ? "t" : value instanceof Number ? "n" : "s";
        return Base64.getUrlEncoder().withoutPadding().encodeToString(String.join("|", order, type, id,
                value.toString()).getBytes(StandardCharsets.UTF_8));
    }

    static void writePageInfo(JsonGenerator json, boolean hasNextPage, String endCursor) {
        json.writeName("pageInfo");
        json.writeStartObject();
        json.writeBooleanProperty("hasNextPage", hasNextPage);
        json.writeStringProperty("endCursor", endCursor);
        json.writeEndObject();
    }

    /** A page read with one extra document: the extra one only says there is a next page. */
    static <T> List<T> firstOf(List<T> read, int first) {
        return read.size() > first ? read.subList(0, first) : read;
    }

    static Map<String, Document> byId(Iterable<Document> documents) {
        Map<String, Document> byId = new HashMap<>();
        documents.forEach(document -> byId.put(document.getString("_id"), document));
        return byId;
    }

    /** A part of the screen the demo data does not hold, hence one the self-check could not vouch for. */
    static IllegalStateException unwritten(String what) {
        return new IllegalStateException("the hand-written baseline does not write " + what
                + " (the demo data holds none): write it before measuring data that does");
    }
}
