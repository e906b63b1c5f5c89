package fr.passerelle.bench;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import org.bson.Document;

/**
 * The board's cursor for any stored offer, so B5 can start at page 1,000 without reading the 999 pages before it.
 * Cursors are opaque to clients; the bench knows the application's format (base64url of
 * {@code order|t|id|instant}) and checks it against a cursor the application issued before trusting it.
 */
final class BoardCursor {

    private final String order;

    private BoardCursor(String order) {
        this.order = order;
    }

    /** @param offer the stored offer the application issued {@code cursor} for */
    static BoardCursor learnedFrom(String cursor, Document offer) {
        String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        BoardCursor learned = new BoardCursor(decoded.split("\\|", 2)[0]);
        if (!learned.after(offer).equals(cursor)) {
            throw new IllegalStateException("The application's cursor format changed (" + decoded + "): update "
                    + BoardCursor.class.getSimpleName());
        }
        return learned;
    }

    /** The cursor to read the page that starts right after this stored offer. */
    String after(Document offer) {
        String raw = String.join("|", order, "t", offer.getString("_id"),
                offer.get("listedAt", Date.class).toInstant().toString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }
}
