package fr.passerelle.company.port.in;

import fr.passerelle.company.model.Company;
import fr.passerelle.company.model.CompanyCard;
import fr.passerelle.company.model.CompanyFilter;
import fr.passerelle.company.model.CompanyOrderField;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.port.in.InviteMember;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Everything one can do with companies. Anyone signed in with a verified e-mail may register a company (and becomes
 * its first recruiter); platform admins and advisors read all companies and vet them; members read their own;
 * platform admins and the company's recruiters manage it. A company the actor may not read is reported as not found.
 */
public interface CompanyUseCases {

    Company register(Actor actor, CompanyProfileCommand profile);

    Company updateProfile(Actor actor, String companyId, CompanyProfileCommand profile, Long expectedVersion);

    Company addSite(Actor actor, String companyId, SiteCommand site);

    /**
     * Declares the company's workforce, from which the interns quota of R124-10 is counted (platform admins, the
     * company's recruiters). Declaring the same figures again changes nothing.
     */
    Company declareWorkforce(Actor actor, String companyId, WorkforceCommand workforce, Long expectedVersion);

    Membership inviteMember(Actor actor, String companyId, InviteMember invitation);

    /**
     * Verifies the company as reviewed at {@code reviewedVersion}: if it changed since (say, a new SIRET), the
     * decision is refused with STALE_VERSION so nobody verifies what they did not see.
     */
    Company verify(Actor actor, String companyId, long reviewedVersion, String note);

    /** Rejects the company as reviewed at {@code reviewedVersion}, with a reason shown to the company. */
    Company reject(Actor actor, String companyId, long reviewedVersion, String reason);

    Optional<Company> find(Actor actor, String companyId);

    List<Company> findAll(Actor actor, Collection<String> companyIds);

    /**
     * The public cards of these companies the actor may read as a card: every verified company's for any signed-in
     * actor; an unverified one's only for those who read its profile (its members, advisors, platform admins).
     */
    List<CompanyCard> cards(Actor actor, Collection<String> companyIds);

    Page<Company> search(Actor actor, CompanyFilter filter, Sort<CompanyOrderField> sort, Paging paging);

}
