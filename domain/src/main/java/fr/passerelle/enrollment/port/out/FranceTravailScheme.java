package fr.passerelle.enrollment.port.out;

/** France Travail's ways of paying for a job seeker's training. */
public enum FranceTravailScheme {
    /** Aide individuelle à la formation: the last resort, completing what no other funding covers. */
    AIF,
    /** Préparation opérationnelle à l'emploi individuelle: training before a hire by an employer, 400 hours at most. */
    POEI,
    /** Préparation opérationnelle à l'emploi collective: a group trained for a trade's offers, 400 hours at most. */
    POEC
}
