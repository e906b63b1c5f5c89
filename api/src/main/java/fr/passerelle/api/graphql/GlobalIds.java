package fr.passerelle.api.graphql;

import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.model.NodeIds;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Opaque global ids: base64url of {@code Type:localId}. Clients must not parse them; the encoding may change.
 */
public final class GlobalIds {

    private static final char SEPARATOR = ':';

    private GlobalIds() {
    }

    public record GlobalId(String type, String localId) {
    }

    public static String encode(String type, String localId) {
        return NodeIds.encode(type, localId);
    }

    /**
     * The decoded id, or empty for anything that is not one of ours. Only the canonical spelling — exactly what
     * {@link #encode} writes — resolves: base64 with padding, the standard alphabet, stray bits in the last
     * character or bytes that are not UTF-8 all decode to the same key, and would give one object many ids
     * (and a cache, a rate limit or a comparison keyed on the id as many different objects).
     */
    public static Optional<GlobalId> decode(String globalId) {
        if (globalId == null) {
            return Optional.empty();
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(globalId), StandardCharsets.UTF_8);
            int at = raw.indexOf(SEPARATOR);
            if (at <= 0 || at == raw.length() - 1) {
                return Optional.empty();
            }
            GlobalId id = new GlobalId(raw.substring(0, at), raw.substring(at + 1));
            return encode(id.type(), id.localId()).equals(globalId) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /** The local id of a global id of the given type; anything else is reported like a missing object. */
    public static String localId(String globalId, String type) {
        return decode(globalId).filter(id -> id.type().equals(type)).map(GlobalId::localId)
                .orElseThrow(() -> new NotFoundException(type, String.valueOf(globalId)));
    }
}
