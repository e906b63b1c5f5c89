package fr.passerelle.privacy.model;

import java.util.List;
import java.util.Objects;

/**
 * One kind of personal data a feature stores: where, which fields, why, on what legal basis, and what happens to it
 * on erasure. The declarations are the register of processing (GDPR art. 30) the README prints, and the architecture
 * test checks every persisted document holding personal data against them.
 *
 * @param dataClass  a stable name retention policies refer to, {@code <feature>.<what>} (e.g. {@code agreement.signed})
 * @param collection the MongoDB collection holding it
 * @param fields     the dotted paths of the personal fields in that collection
 * @param purpose    a key of {@code i18n/privacy} saying why it is kept, in the reader's language
 * @param erasure    what erasing a person does to it
 */
public record PersonalData(String dataClass, String collection, List<String> fields, String purpose,
                           LegalBasis basis, Erasure erasure) {

    public PersonalData {
        Objects.requireNonNull(dataClass, "dataClass");
        Objects.requireNonNull(collection, "collection");
        fields = List.copyOf(fields);
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(erasure, "erasure");
    }

    /** What erasing a person does to one kind of data. */
    public enum Erasure {
        /** The records go. */
        DELETE,
        /** The records stay for what others need of them (counts, the other party's history) without the person. */
        PSEUDONYMISE,
        /** A legal hold keeps them as they are until it ends; reading them is then restricted to who must keep them. */
        HOLD
    }
}
