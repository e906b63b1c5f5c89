package fr.passerelle.school.model;

import fr.passerelle.shared.model.WebAddress;

/**
 * What every signed-in user may read of a school, as real platforms show it next to a learner or an offer: its name,
 * kind, city, website and partnership badge. Never its contact e-mail, street, fee, programs or staff, which stay with
 * those who read the school itself.
 *
 * @param tier the partnership tier, shown as a badge (the fee and benefits it buys stay private)
 */
public record SchoolCard(String id, String name, SchoolKind kind, String city, WebAddress website,
                         PartnershipTier tier) {

    public static SchoolCard of(School school) {
        var profile = school.profile();
        return new SchoolCard(school.id(), profile.name(), profile.kind(),
                profile.address() == null ? null : profile.address().city(), profile.website(), school.tier());
    }
}
