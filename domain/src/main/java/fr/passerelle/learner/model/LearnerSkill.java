package fr.passerelle.learner.model;

import fr.passerelle.shared.model.WebAddress;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A skill of the shared catalog, at a level, with what proves it. Habilitations expire: an expired one no longer
 * counts.
 *
 * @param expiresOn the end of validity, for skills whose catalog entry expires; null otherwise
 */
public record LearnerSkill(String code, ProficiencyLevel level, List<Evidence> evidence, LocalDate expiresOn) {

    public LearnerSkill {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        evidence = List.copyOf(evidence);
    }

    public boolean isValidOn(LocalDate day) {
        return expiresOn == null || !expiresOn.isBefore(day);
    }

    public boolean isEvidenced() {
        return !evidence.isEmpty();
    }

    /** What backs a skill up. */
    public record Evidence(EvidenceKind kind, String description, WebAddress url) {
    }

    /** Kinds of evidence. */
    public enum EvidenceKind {
        /** A certificate or diploma. */
        CERTIFICATE,
        /** A project the learner did. */
        PROJECT,
        /** An assessment by the school or a trainer. */
        ASSESSMENT,
        /** A reference from an employer or tutor. */
        EMPLOYER_REFERENCE
    }
}
