package fr.passerelle.enrollment.port.out;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The organisation's side of the training account's platform: Mon Compte Formation's EDOF (Espace des organismes de
 * formation) and its API, run by the Caisse des dépôts. The holder asks to enrol on the platform; the organisation
 * answers, then declares entry, exit and the service done. Every command carries an idempotency key: the same key
 * again answers the first result and changes nothing. A command the life cycle does not allow throws
 * {@link FunderRefusedException}.
 * <p>
 * Deadlines (the platform's general terms for organisations; the Caisse des dépôts' guide "EDOF — Comment gérer une
 * demande d'inscription", v2 of 23 March 2021; the holder's view of the folder's states): the organisation answers a
 * request within 2 working days or the platform cancels it; the holder accepts a proposal within 4 working days or it
 * is cancelled; the training starts at the earliest 11 working days after the holder's acceptance (the issue calls
 * this a withdrawal period; the platform's terms state it as the minimum delay before entry, during which the holder
 * may still cancel). States changed by the platform or the holder reach the enrollment through {@link
 * fr.passerelle.enrollment.port.in.FundingEvents}.
 */
public interface TrainingAccountGateway {

    /**
     * The working days between the holder's acceptance and the earliest entry, during which the holder may still
     * cancel: the training account's own withdrawal period, which a contract funded by it applies too.
     */
    int WORKING_DAYS_BEFORE_ENTRY = 11;

    /** The folder, its deadlines applied; empty when the platform does not know it. */
    Optional<TrainingAccountFolder> folder(String number);

    /** Accepts the holder's request: the proposal goes to the holder. From {@link FolderState#NOT_PROCESSED}. */
    TrainingAccountFolder validate(String number, String idempotencyKey);

    /** Refuses the holder's request. From {@link FolderState#NOT_PROCESSED}. */
    TrainingAccountFolder refuse(String number, String idempotencyKey);

    /** Cancels a validated or accepted folder before entry. */
    TrainingAccountFolder cancel(String number, String idempotencyKey);

    /** Declares the holder's entry on {@code day}, not before the folder's earliest entry. From ACCEPTED. */
    TrainingAccountFolder declareEntry(String number, LocalDate day, String idempotencyKey);

    /** Declares the holder's exit on {@code day}. From IN_TRAINING. */
    TrainingAccountFolder declareExit(String number, LocalDate day, String idempotencyKey);

    /** Declares the service done, which asks the platform to pay. From TERMINATED. */
    TrainingAccountFolder declareServiceDone(String number, String idempotencyKey);
}
