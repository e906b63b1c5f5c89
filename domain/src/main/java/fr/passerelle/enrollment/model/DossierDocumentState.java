package fr.passerelle.enrollment.model;

/** Where a dossier document stands in its review. */
public enum DossierDocumentState {
    /** Uploaded (or uploaded again), waiting for admissions. */
    PENDING,
    /** Admissions accepted it; it counts for the dossier until it expires. */
    ACCEPTED,
    /** Admissions refused it, with a reason: the learner uploads it again. */
    REJECTED,
    /** It was accepted and passed its expiry date: the learner uploads a valid one. */
    EXPIRED
}
