package fr.passerelle.enrollment.model;

/** Who pays a line of a funding plan. */
public enum FundingSource {
    /** The holder's training account (compte personnel de formation), through Mon Compte Formation (EDOF). */
    TRAINING_ACCOUNT,
    /** France Travail's individual training aid (aide individuelle à la formation), for a job seeker, last resort. */
    FRANCE_TRAVAIL_AIF,
    /** France Travail's individual preparation for a job (préparation opérationnelle à l'emploi individuelle). */
    FRANCE_TRAVAIL_POEI,
    /** France Travail's collective preparation for a job (préparation opérationnelle à l'emploi collective). */
    FRANCE_TRAVAIL_POEC,
    /** The employer's skills operator (opérateur de compétences). */
    OPCO,
    /** The region's training aid. */
    REGION,
    /** The employer, paying the organisation directly. */
    EMPLOYER,
    /** The learner: the remainder of the price, computed by the plan, never entered. */
    LEARNER
}
