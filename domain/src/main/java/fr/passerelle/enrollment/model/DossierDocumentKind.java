package fr.passerelle.enrollment.model;

/**
 * The documents an enrollment's dossier may require ({@link RequiredDocuments} says which), with how long each stays
 * valid once accepted and the data class that decides how long it is kept.
 */
public enum DossierDocumentKind {
    /** The applicant's identity card, passport or residence permit. */
    IDENTITY(Expiry.STATED, DossierDocumentKind.IDENTITY_CLASS),
    /** Their latest diploma (or certificate of attendance). */
    LATEST_DIPLOMA(Expiry.NONE, DossierDocumentKind.DOSSIER_CLASS),
    /** Their motivation letter. */
    MOTIVATION_LETTER(Expiry.NONE, DossierDocumentKind.DOSSIER_CLASS),
    /** A job seeker's France Travail registration certificate (attestation d'inscription). */
    FRANCE_TRAVAIL_REGISTRATION(Expiry.THREE_MONTHS, DossierDocumentKind.DOSSIER_CLASS),
    /** The training account's file (the holder's folder as shown on Mon Compte Formation). */
    TRAINING_ACCOUNT_FILE(Expiry.NONE, DossierDocumentKind.DOSSIER_CLASS),
    /** The OPCO's funding agreement (accord de prise en charge). */
    OPCO_FUNDING_AGREEMENT(Expiry.NONE, DossierDocumentKind.DOSSIER_CLASS),
    /** The employer's written commitment to pay. */
    EMPLOYER_COMMITMENT(Expiry.NONE, DossierDocumentKind.DOSSIER_CLASS),
    /** A minor's legal representative's identity document. */
    GUARDIAN_ID(Expiry.STATED, DossierDocumentKind.IDENTITY_CLASS),
    /** A minor's legal representative's signed consent. */
    GUARDIAN_CONSENT(Expiry.NONE, DossierDocumentKind.DOSSIER_CLASS);

    /** Retention class of identity documents: deleted once the enrollment is over. */
    public static final String IDENTITY_CLASS = "enrollment.identity-documents";
    /** Retention class of the other dossier documents. */
    public static final String DOSSIER_CLASS = "enrollment.dossier-documents";

    /** How an accepted document of the kind stops being valid. */
    public enum Expiry {
        /** It does not. */
        NONE,
        /** On the expiry date printed on it, which the learner states at upload or the reviewer at acceptance. */
        STATED,
        /**
         * Three months after it was issued: France Travail's certificate is only accepted by funders when recent.
         * Its issue date is not known to the platform, so at most three months from its acceptance (the reviewer may
         * state an earlier end, read from the certificate's issue date).
         */
        THREE_MONTHS
    }

    private final Expiry expiry;
    private final String dataClass;

    DossierDocumentKind(Expiry expiry, String dataClass) {
        this.expiry = expiry;
        this.dataClass = dataClass;
    }

    public Expiry expiry() {
        return expiry;
    }

    public String dataClass() {
        return dataClass;
    }
}
