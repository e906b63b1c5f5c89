package fr.passerelle.bench.harness;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The GraphQL contract's global ids: base64url, unpadded, of {@code <Type>:<local id>}. */
public final class GlobalIds {

    private GlobalIds() {
    }

    public static String of(String type, String localId) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + ":" + localId).getBytes(StandardCharsets.UTF_8));
    }
}
