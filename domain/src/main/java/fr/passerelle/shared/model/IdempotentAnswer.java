package fr.passerelle.shared.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * The answer given to a request sent with an {@code Idempotency-Key}, kept to be given again, byte for byte, to a
 * retry of the same request.
 *
 * @param contentType the answer's media type, or null when it had no body
 */
public record IdempotentAnswer(int status, String contentType, byte[] body) {

    public IdempotentAnswer {
        Objects.requireNonNull(body, "body");
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdempotentAnswer that && status == that.status
                && Objects.equals(contentType, that.contentType) && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hash(status, contentType) + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "IdempotentAnswer[" + status + ", " + contentType + ", " + body.length + " bytes]";
    }
}
