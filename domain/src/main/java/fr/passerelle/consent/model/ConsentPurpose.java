package fr.passerelle.consent.model;

/** What a person may agree to, each on its own (GDPR art. 7: consent is specific, one purpose at a time). */
public enum ConsentPurpose {
    /** Newsletters and offers by e-mail (LCEN art. L34-5 CPCE: prior consent for individuals). */
    MARKETING_EMAIL,
    /** Marketing text messages. */
    SMS,
    /** Marketing phone calls. */
    PHONE,
    /** Matching and suggestions built from the person's profile beyond what they asked for. */
    PROFILING,
    /** Handing the person's profile to partner organisations. */
    PARTNER_SHARING
}
