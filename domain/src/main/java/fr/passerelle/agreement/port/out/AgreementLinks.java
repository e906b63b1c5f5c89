package fr.passerelle.agreement.port.out;

/**
 * Absolute addresses of an agreement's documents, as a message shows them to someone who reads it outside the app
 * (an outside signatory's e-mail). The documents answer to whoever may read the agreement, signed in.
 */
public interface AgreementLinks {

    /** The agreement's document at this version (the one a signatory signs). */
    String agreementDocument(String agreementId, int version);

    /** The document of the agreement's amendment with this number. */
    String amendmentDocument(String agreementId, int number);
}
