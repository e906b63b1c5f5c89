package fr.passerelle.retention.model;

/** The event a retention period counts from, as the provider of the data class knows it. */
public enum RetentionTrigger {
    /** The last contact the person initiated (a sign-in, an application, a message): not a mail we sent them. */
    LAST_CONTACT_BY_PERSON,
    /** The end of the training or internship the data belongs to. */
    END_OF_TRAINING,
    /** The end of the contract (agreement, enrolment) the data belongs to. */
    END_OF_CONTRACT,
    /** The end of the fiscal year the record (invoice, accounting entry) belongs to. */
    END_OF_FISCAL_YEAR
}
