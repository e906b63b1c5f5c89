package fr.passerelle.crm.model;

/** How the person first reached the organisation (acquisition channel). */
public enum ContactSource {
    GOOGLE_ADS, SOCIAL, SEO, WORD_OF_MOUTH, FRANCE_TRAVAIL, REFERRAL, IMPORT, WEB_FORM, PLATFORM, EVENT, OTHER
}
