package fr.passerelle.crm.model;

/**
 * What a contact points to elsewhere in the platform, never copies of it: the company they work for, their funder,
 * the platform user they are (token subject) and their learner profile at this school. All optional.
 */
public record ContactLinks(String companyId, Funder funder, String platformSubject, String learnerId) {

    public static final ContactLinks NONE = new ContactLinks(null, null, null, null);

    /** The same links, pointing to this learner profile (and platform user, when the profile has one). */
    public ContactLinks withLearner(String learner, String subject) {
        return new ContactLinks(companyId, funder, subject != null ? subject : platformSubject, learner);
    }

    /** The links {@code kept} has, each missing one taken from {@code other}. (Static: mappers read one-argument
     * methods returning the type as setters.) */
    public static ContactLinks filled(ContactLinks kept, ContactLinks other) {
        return new ContactLinks(kept.companyId != null ? kept.companyId : other.companyId,
                kept.funder != null ? kept.funder : other.funder,
                kept.platformSubject != null ? kept.platformSubject : other.platformSubject,
                kept.learnerId != null ? kept.learnerId : other.learnerId);
    }
}
