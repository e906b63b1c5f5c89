package fr.passerelle.api.graphql;

import java.util.Objects;
import java.util.Set;

/**
 * The version a client read, for optimistic locking. One rule (README, GraphQL conventions): {@code expectedVersion}
 * is an argument of the mutation, beside the object's {@code id}, never part of its {@code input}. Some inputs still
 * carry the deprecated {@code input.expectedVersion}: it keeps working, and a {@code STALE_VERSION} is then reported
 * where the client put it.
 *
 * @param value        the version to check, null when the client gave none
 * @param outsideInput the mutation arguments to report violations at (see {@link Mutations#run(String, Set,
 *                     java.util.function.Supplier, java.util.function.BiFunction)}): the argument when it was used
 */
public record ExpectedVersion(Long value, Set<String> outsideInput) {

    /** The argument's name, and the path of a {@code STALE_VERSION} on it. */
    public static final String ARGUMENT = "expectedVersion";

    /** Both given and different is a contradiction, refused as BAD_REQUEST rather than settled by guessing. */
    public static ExpectedVersion of(Long argument, Long deprecatedInputField) {
        if (argument == null) {
            return new ExpectedVersion(deprecatedInputField, Set.of());
        }
        if (deprecatedInputField != null && !Objects.equals(argument, deprecatedInputField)) {
            throw new InvalidArgumentException("expectedVersion is given twice, " + argument + " and "
                    + deprecatedInputField + " in input: pass it as the argument only");
        }
        return new ExpectedVersion(argument, Set.of(ARGUMENT));
    }
}
