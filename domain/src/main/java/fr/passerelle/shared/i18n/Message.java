package fr.passerelle.shared.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A text a person reads, kept as the key of a sentence in the bundles ({@link Bundles}) and the values of its
 * placeholders {@code {0}}, {@code {1}}…, so that it is written out in each reader's language only where it is
 * answered. An argument that is itself a message is rendered in the same language.
 *
 * <pre>{@code Message.of("error.text.too-long", 200)  // "Ce texte doit compter au plus 200 caractères."}</pre>
 */
public record Message(String key, List<Object> arguments) {

    public Message {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    /** @param arguments the values of {@code {0}}, {@code {1}}… in that order; none may be null */
    public static Message of(String key, Object... arguments) {
        return new Message(key, Arrays.asList(arguments));
    }
}
