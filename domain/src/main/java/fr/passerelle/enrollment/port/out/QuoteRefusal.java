package fr.passerelle.enrollment.port.out;

/** Why France Travail refused a quote. */
public enum QuoteRefusal {
    /** AIF is the last resort: other funding already covers the price, or the aid asked exceeds what remains. */
    OTHER_FUNDING_COVERS,
    /** POEI and POEC last 400 hours at most. */
    ABOVE_HOURS_CAP,
    /** The job seeker's advisor refused the training for their plan (projet personnalisé d'accès à l'emploi). */
    ADVISOR_REFUSED
}
