package fr.passerelle.company.model;

import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import fr.passerelle.shared.model.Aggregate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A host company. One document, changed atomically under optimistic locking ({@code version}).
 *
 * @param workforce the last workforce declared for the interns quota; null until one is
 */
public record Company(String id, CompanyProfile profile, List<Site> sites, Vetting vetting, Workforce workforce,
                      String createdBy, Instant createdAt, Instant updatedAt, long version) implements Aggregate {

    public Company {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(vetting, "vetting");
        sites = List.copyOf(sites);
    }

    public static Company register(String id, CompanyProfile profile, String createdBy, Instant now) {
        return new Company(id, profile, List.of(), Vetting.PENDING, null, createdBy, now, now, 0);
    }

    /** Only a verified company may publish offers to learners. */
    public boolean canPublishToLearners() {
        return vetting.status() == VettingStatus.VERIFIED;
    }

    /** A change of legal name or SIRET voids the vetting: advisors vetted the old identity, not this one. */
    /** The same profile again changes nothing (no new version, no event, vetting untouched). */
    public Company withProfile(CompanyProfile newProfile, Instant now) {
        if (newProfile.equals(profile)) {
            return this;
        }
        Vetting newVetting = profile.sameLegalIdentity(newProfile) ? vetting : Vetting.PENDING;
        return new Company(id, newProfile, sites, newVetting, workforce, createdBy, createdAt, now, version);
    }

    public Company withSite(Site site, Instant now) {
        if (sites.size() >= Limits.LIST) {
            throw BusinessRuleViolation.of("name", ErrorCode.OUT_OF_RANGE, "error.company.sites-full", Limits.LIST);
        }
        if (sites.stream().anyMatch(s -> s.name().equalsIgnoreCase(site.name()))) {
            throw BusinessRuleViolation.of("name", ErrorCode.DUPLICATE, "error.company.site-name-taken");
        }
        List<Site> updated = new ArrayList<>(sites);
        updated.add(site);
        return new Company(id, profile, updated, vetting, workforce, createdBy, createdAt, now, version);
    }

    /** Records an advisor's decision; deciding the same thing again is a no-op, so retries are harmless. */
    public Company decide(VettingStatus status, String note, String advisor, Instant now) {
        if (status == VettingStatus.PENDING) {
            throw new IllegalArgumentException("a decision verifies or rejects");
        }
        if (vetting.status() == status && Objects.equals(vetting.note(), note)) {
            return this;
        }
        return new Company(id, profile, sites, new Vetting(status, note, advisor, now), workforce, createdBy, createdAt, now, version);
    }

    /**
     * Records the workforce declared for the interns quota. The same figures again change nothing (no new version, no
     * event), so a retried declaration is harmless; the vetting is untouched, the legal identity being unchanged.
     */
    public Company withWorkforce(Workforce declared, Instant now) {
        if (declared.sameFigures(workforce)) {
            return this;
        }
        return new Company(id, profile, sites, vetting, declared, createdBy, createdAt, now, version);
    }
}
