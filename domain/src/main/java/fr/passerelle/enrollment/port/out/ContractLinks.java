package fr.passerelle.enrollment.port.out;

/**
 * The absolute address of a training contract's PDF, as a message shows it to someone reading it outside the app
 * (the company's representative). The PDF answers to whoever may read the contract, signed in.
 */
public interface ContractLinks {

    /** The PDF of this version of the enrollment's contract. */
    String document(String enrollmentId, int version);
}
