package fr.passerelle.enrollment.model;

/**
 * The event types of the enrollment feature's aggregates (the enrollment, its dossier documents, its funding, its
 * contract, its payments) and their attributes. Every event carries {@link #SCHOOL_ID} (routes it to the school's
 * webhooks and automations) and {@link #ENROLLMENT_ID}; ids only, never a name.
 * <p>
 * The enrollment advances by itself when one of {@link #ADVANCING} is recorded: its gates (dossier, funding,
 * contract, payment) are then read again.
 */
public final class EnrollmentEvents {

    public static final String ENROLLMENT_CREATED = "enrollment.created";
    public static final String ENROLLMENT_SUBMITTED = "enrollment.submitted";
    /** Any move along the path not named below (dossier complete, funding pending, in training…). */
    public static final String ENROLLMENT_ADVANCED = "enrollment.advanced";
    public static final String ENROLLMENT_SIGNED = "enrollment.signed";
    public static final String ENROLLMENT_CONFIRMED = "enrollment.confirmed";
    public static final String ENROLLMENT_COMPLETED = "enrollment.completed";
    public static final String ENROLLMENT_CANCELLED = "enrollment.cancelled";
    public static final String ENROLLMENT_ABANDONED = "enrollment.abandoned";
    /** The confirmed enrollment points to the school's learner profile of the person (created or linked). */
    public static final String ENROLLMENT_LEARNER_LINKED = "enrollment.learnerLinked";
    /** A contact merge (or its undoing) filed the enrollment on another contact of the school. */
    public static final String ENROLLMENT_CONTACT_MOVED = "enrollment.contactMoved";
    /** Its contact's platform account changed (linked after creation, or another contact's after a move). */
    public static final String ENROLLMENT_LEARNER_ACCOUNT_CHANGED = "enrollment.learnerAccountChanged";
    /** A waiting enrollment was given a seat (its state unchanged). */
    public static final String ENROLLMENT_SEATED = "enrollment.seated";

    public static final String DOCUMENT_UPLOADED = "dossierDocument.uploaded";
    public static final String DOCUMENT_ACCEPTED = "dossierDocument.accepted";
    public static final String DOCUMENT_REJECTED = "dossierDocument.rejected";
    public static final String DOCUMENT_EXPIRED = "dossierDocument.expired";

    public static final String FUNDING_CHANGED = "funding.changed";
    public static final String FUNDING_REQUESTED = "funding.requested";
    public static final String FUNDING_SECURED = "funding.secured";
    public static final String FUNDING_REFUSED = "funding.refused";

    public static final String CONTRACT_SENT = "trainingContract.sent";
    public static final String CONTRACT_SIGNED = "trainingContract.signed";
    /** A signatory signed the contract and others have still to: the next step's turn may have come. */
    public static final String CONTRACT_SIGNATURE_ADDED = "trainingContract.signatureAdded";
    /** An unsigned contract taken back because its enrollment was cancelled: its links no longer sign. */
    public static final String CONTRACT_RECALLED = "trainingContract.recalled";

    /** The payer's instalments were charged to the ledger at signature. */
    public static final String PAYMENT_CHARGED = "payment.charged";
    /** A card payment or a SEPA mandate was started at the provider. */
    public static final String PAYMENT_STARTED = "payment.started";
    public static final String PAYMENT_RECEIVED = "payment.received";
    public static final String PAYMENT_FAILED = "payment.failed";
    public static final String PAYMENT_OVERDUE = "payment.overdue";
    /** Unpaid charges given up when a training ended early. */
    public static final String PAYMENT_WRITTEN_OFF = "payment.writtenOff";
    /** Staff recorded a funder's payment for its line. */
    public static final String FUNDER_PAYMENT_RECEIVED = "funderPayment.received";
    public static final String REFUND_ISSUED = "refund.issued";
    public static final String INVOICE_ISSUED = "invoice.issued";

    /** What makes the enrollment read its gates again. */
    public static final java.util.Set<String> ADVANCING = java.util.Set.of(DOCUMENT_ACCEPTED, DOCUMENT_REJECTED,
            DOCUMENT_EXPIRED, FUNDING_SECURED, FUNDING_REFUSED, FUNDING_CHANGED, CONTRACT_SIGNED, PAYMENT_RECEIVED,
            CONTRACT_SENT, FUNDING_REQUESTED);

    public static final String SCHOOL_ID = "schoolId";
    public static final String ENROLLMENT_ID = "enrollmentId";
    public static final String SESSION_ID = "sessionId";
    public static final String CONTACT_ID = "contactId";
    /** On a funding event moving one funder line's request: the line's source and its new state (enum names). */
    public static final String FUNDING_SOURCE = "fundingSource";
    public static final String FUNDING_STATE = "fundingState";
    /** A dossier document's kind ({@code DossierDocumentKind}). */
    public static final String KIND = "kind";
    /** The contract's version an event is about. */
    public static final String DOCUMENT_VERSION = "documentVersion";
    /** The contract's signatory who signed (its circuit id: learner, company, organisation). */
    public static final String SIGNATORY_ID = "signatoryId";

    private EnrollmentEvents() {
    }
}
