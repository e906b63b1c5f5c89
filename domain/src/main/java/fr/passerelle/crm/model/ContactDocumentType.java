package fr.passerelle.crm.model;

/**
 * What a contact's document is, which decides how long it is kept ({@link #dataClass()}, a retention policy's data
 * class) and whether erasing the person must keep it for the law ({@link #legalHold()}).
 */
public enum ContactDocumentType {
    /** A quote: commercial correspondence, kept like the contact's file. */
    QUOTE("crm.documents", null),
    /** An invoice: 10 years after the fiscal year (Code de commerce art. L123-22). */
    INVOICE("crm.invoices", "privacy.hold.accounting"),
    /** A signed training agreement (convention de formation): proof for funders and audits. */
    TRAINING_AGREEMENT("crm.training-agreements", "privacy.hold.training-agreement"),
    /** An ID proof: needed only while the relationship lasts, then deleted. */
    ID_PROOF("crm.id-proofs", null),
    /** A funder's agreement (OPCO, France Travail, region): proof of the funding granted. */
    FUNDER_AGREEMENT("crm.training-agreements", "privacy.hold.training-agreement"),
    /** Anything else. */
    OTHER("crm.documents", null);

    private final String dataClass;
    private final String legalHold;

    ContactDocumentType(String dataClass, String legalHold) {
        this.dataClass = dataClass;
        this.legalHold = legalHold;
    }

    public String dataClass() {
        return dataClass;
    }

    /** The key naming the law that keeps it through an erasure, or null when erasing the person deletes it. */
    public String legalHold() {
        return legalHold;
    }
}
