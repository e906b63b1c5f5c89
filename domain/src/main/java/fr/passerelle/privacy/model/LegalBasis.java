package fr.passerelle.privacy.model;

/** Why the platform may process a piece of personal data at all (GDPR art. 6(1)). */
public enum LegalBasis {
    /** (a) the person agreed, and may withdraw: marketing, profiling, sharing with partners. */
    CONSENT,
    /** (b) needed for a contract the person is party to, or steps they asked for before one (enrollment, agreement). */
    CONTRACT,
    /** (c) a law obliges the platform or the organisation to keep it (signed agreements, invoices, funders' evidence). */
    LEGAL_OBLIGATION,
    /** (e) a public-interest task, e.g. a public school's mission. */
    PUBLIC_TASK,
    /** (f) the organisation's legitimate interest, weighed against the person's (security logs, audit trail). */
    LEGITIMATE_INTEREST
}
