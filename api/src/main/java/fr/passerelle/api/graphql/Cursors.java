package fr.passerelle.api.graphql;

import fr.passerelle.shared.paging.Keyset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Opaque connection cursors: base64url of {@code order|type|id|value} (the value last: it may hold any character;
 * the type says whether it is text, an instant or a whole number). The order is recorded so a cursor from one
 * ordering is refused under another instead of silently skipping rows.
 */
final class Cursors {

    private static final String SEPARATOR = "|";
    private static final String TEXT = "s";
    private static final String INSTANT = "t";
    /** Whole numbers (years, scores): decoded as a Long, because a stored number never equals its text. */
    private static final String NUMBER = "n";

    private Cursors() {
    }

    static String encode(String order, Keyset keyset) {
        Object value = keyset.sortValue();
        String type = value instanceof Instant ? INSTANT
                : value instanceof Long || value instanceof Integer ? NUMBER : TEXT;
        String raw = String.join(SEPARATOR, order, type, keyset.id(), value.toString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor issued for the same order; null stays null. */
    static Keyset decode(String cursor, String order) {
        if (cursor == null) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", 4);
            if (parts.length != 4 || !parts[0].equals(order)) {
                throw invalid();
            }
            Object value = switch (parts[1]) {
                case INSTANT -> Instant.parse(parts[3]);
                case NUMBER -> Long.valueOf(parts[3]);
                case TEXT -> parts[3];
                default -> throw invalid();
            };
            return new Keyset(value, parts[2]);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw invalid();
        }
    }

    private static InvalidArgumentException invalid() {
        return new InvalidArgumentException("Invalid cursor: use a cursor returned by the same field with the same orderBy");
    }
}
