package fr.passerelle.privacy.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one provider did for an erasure request (or a retention run): how many records went, how many stayed without
 * the person, and what a legal hold keeps (and until when), so the person can be told exactly what remains and why.
 */
public record ErasureOutcome(String feature, int deleted, int pseudonymised, List<Hold> held) {

    public ErasureOutcome {
        Objects.requireNonNull(feature, "feature");
        held = List.copyOf(held);
    }

    /**
     * Records a legal hold keeps.
     *
     * @param dataClass the kind of data kept ({@link PersonalData#dataClass()})
     * @param reason    a key of {@code i18n/privacy} naming the law that obliges keeping it
     * @param until     when the hold ends and the records go
     */
    public record Hold(String dataClass, int records, String reason, Instant until) {

        public Hold {
            Objects.requireNonNull(dataClass, "dataClass");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(until, "until");
        }
    }
}
