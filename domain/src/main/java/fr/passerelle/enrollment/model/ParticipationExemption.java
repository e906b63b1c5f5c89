package fr.passerelle.enrollment.model;

/**
 * Why a training-account holder owes no flat participation. The cases of article L. 6323-4 III of the Code du
 * travail (loi de finances pour 2023) and of décret n° 2024-394 du 29 avril 2024 (article R. 6323-2-1).
 */
public enum ParticipationExemption {
    /** The holder is a job seeker registered with France Travail. */
    JOB_SEEKER,
    /**
     * The employer tops up the account for this training (abondement), including a top-up paid under a company,
     * group or branch agreement or one managed by an OPCO. An EMPLOYER line paying the organisation directly is not a
     * top-up: the plan does not infer it.
     */
    EMPLOYER_TOP_UP,
    /**
     * The holder uses points of their occupational prevention account (compte professionnel de prévention, C2P) for a
     * retraining (article L. 4163-8 of the Code du travail).
     */
    PREVENTION_ACCOUNT_POINTS,
    /**
     * The holder uses the top-up for a retraining after an occupational accident or disease with a permanent
     * incapacity of at least 10 % (article L. 432-12 of the Code de la sécurité sociale).
     */
    OCCUPATIONAL_INCAPACITY_TOP_UP
}
