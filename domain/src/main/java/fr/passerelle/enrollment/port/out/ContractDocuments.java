package fr.passerelle.enrollment.port.out;

import fr.passerelle.enrollment.model.TrainingContract;

/**
 * Renders a training contract as PDF from its data alone, in the agreements' layout: the same contract gives the same
 * bytes, so a version rendered again still matches the hash its signatures record.
 */
public interface ContractDocuments {

    /** The contract's next version ({@link TrainingContract#nextVersion()}), as it is sent for signature. */
    byte[] contract(TrainingContract contract);

    /**
     * The signed original: the PDF signed, a page naming who signed when and how, the platform's seal (as agreements').
     *
     * @param contract  signed by every signatory of its current version
     * @param signedPdf that version's PDF, whose hash the signatures record
     */
    byte[] signedOriginal(TrainingContract contract, byte[] signedPdf);
}
