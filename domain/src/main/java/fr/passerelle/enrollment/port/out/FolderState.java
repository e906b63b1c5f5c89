package fr.passerelle.enrollment.port.out;

/**
 * The states of a training-account folder (dossier de formation) on Mon Compte Formation, as EDOF, the platform's
 * space for training organisations, and its API show them (notProcessed, validated, waitingAcceptation, accepted,
 * inTraining, terminated, serviceDoneDeclared, serviceDoneValidated, canceledBy…, refusedBy…).
 */
public enum FolderState implements FunderState {
    /** À traiter: the holder asked to enrol; the organisation has 2 working days to answer. */
    NOT_PROCESSED(false),
    /** Validé: the organisation accepted the request (possibly with changed dates). */
    VALIDATED(false),
    /** The organisation's proposal awaits the holder, who has 4 working days to accept it. */
    WAITING_FOR_ACCEPTANCE(false),
    /** Accepté: the holder accepted and paid their part; the 11-working-day period before entry runs. */
    ACCEPTED(false),
    /** Entrée en formation déclarée. */
    IN_TRAINING(false),
    /** Sortie de formation déclarée. */
    TERMINATED(false),
    /** Service fait déclaré: the organisation declared the training done (totally or partly), for payment. */
    SERVICE_DONE_DECLARED(false),
    /** Service fait validé: the platform checked the declaration; the Caisse des dépôts pays the organisation. */
    SERVICE_DONE_VALIDATED(true),
    CANCELLED_BY_HOLDER(true),
    CANCELLED_BY_ORGANISATION(true),
    /** The platform cancelled the folder at a missed deadline (organisation's answer, holder's acceptance). */
    CANCELLED_BY_PLATFORM(true),
    REFUSED_BY_HOLDER(true),
    REFUSED_BY_ORGANISATION(true);

    private final boolean isFinal;

    FolderState(boolean isFinal) {
        this.isFinal = isFinal;
    }

    @Override
    public boolean isFinal() {
        return isFinal;
    }
}
