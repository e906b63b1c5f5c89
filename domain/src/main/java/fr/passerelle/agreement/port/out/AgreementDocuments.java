package fr.passerelle.agreement.port.out;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.Amendment;
import fr.passerelle.agreement.model.Attestation;
import fr.passerelle.agreement.rules.RulesReport;

/**
 * Renders the documents people sign or receive, from the data alone: the same data gives the same bytes, so a
 * document can be rendered again and still match the hash recorded in its signatures.
 */
public interface AgreementDocuments {

    /** The agreement as sent for signature, with its presence and minimum gratification from {@code rules}. */
    byte[] agreement(Agreement agreement, RulesReport rules);

    /** An amendment: what it changes, and its new terms in full. */
    byte[] amendment(Agreement agreement, Amendment amendment);

    /** The internship certificate (attestation de stage). */
    byte[] attestation(Agreement agreement, Attestation attestation);
}
