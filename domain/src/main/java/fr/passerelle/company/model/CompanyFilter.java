package fr.passerelle.company.model;

import java.util.Set;

/**
 * Which companies to list. Empty sets mean "any".
 *
 * @param nameContains case-insensitive fragment of the legal or trade name, or null
 */
public record CompanyFilter(Set<CompanyKind> kinds, Set<VettingStatus> vettingStatuses, String nameContains) {

    public static final CompanyFilter ANY = new CompanyFilter(Set.of(), Set.of(), null);

    public CompanyFilter {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        vettingStatuses = vettingStatuses == null ? Set.of() : Set.copyOf(vettingStatuses);
    }
}
