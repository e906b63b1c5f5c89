package fr.passerelle.school.model;

import java.util.Set;

/**
 * Which schools to list. Empty sets mean "any".
 *
 * @param nameContains case-insensitive fragment of the name, or null
 */
public record SchoolFilter(Set<SchoolKind> kinds, Set<PartnershipTier> tiers, String nameContains) {

    public static final SchoolFilter ANY = new SchoolFilter(Set.of(), Set.of(), null);

    public SchoolFilter {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        tiers = tiers == null ? Set.of() : Set.copyOf(tiers);
    }
}
