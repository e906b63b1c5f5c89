package fr.passerelle.agreement.port.out;

import fr.passerelle.agreement.model.Agreement;

/** Makes the signed original of an agreement: the PDF its parties signed, a signature page, the platform's seal. */
public interface SignedOriginals {

    /**
     * @param agreement the agreement, signed by every party of its circuit for its current version
     * @param signedPdf the exact PDF of that version, whose hash the signatures record
     * @return the sealed PDF (PAdES): a new file, whose hash differs from the one signed
     */
    byte[] issue(Agreement agreement, byte[] signedPdf);
}
