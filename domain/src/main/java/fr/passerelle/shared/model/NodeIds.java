package fr.passerelle.shared.model;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * How objects are named outside Passerelle: base64url of {@code Type:localId}, the GraphQL global id. Here because
 * some leave by other ways than the API (the data of a push); the API decodes them ({@code GlobalIds}).
 */
public final class NodeIds {

    private NodeIds() {
    }

    public static String encode(String type, String localId) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + ':' + localId).getBytes(StandardCharsets.UTF_8));
    }
}
