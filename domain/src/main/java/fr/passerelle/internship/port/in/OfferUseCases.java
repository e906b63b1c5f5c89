package fr.passerelle.internship.port.in;

import fr.passerelle.company.model.Site;
import fr.passerelle.internship.model.InternshipOffer;
import fr.passerelle.internship.model.OfferFilter;
import fr.passerelle.internship.model.OfferOrderField;
import fr.passerelle.internship.model.OfferStatus;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Offers. Published and past offers are seen by every signed-in user; drafts only by their company, advisors and
 * platform admins. Someone else's draft and a missing offer look the same.
 */
public interface OfferUseCases {

    /** A draft for the company, by one of its recruiters or a platform admin. */
    InternshipOffer create(Actor actor, String companyId, OfferCommand command);

    /** New terms; on a published offer a change of essential terms makes a new terms version. */
    InternshipOffer update(Actor actor, String offerId, OfferCommand command, Long expectedVersion);

    /** Publishes a draft of a verified company. */
    InternshipOffer publish(Actor actor, String offerId);

    InternshipOffer close(Actor actor, String offerId);

    Optional<InternshipOffer> find(Actor actor, String offerId);

    List<InternshipOffer> findAll(Actor actor, Collection<String> offerIds);

    /** The board: published offers that have not started, for every signed-in user. */
    Page<InternshipOffer> search(Actor actor, OfferFilter filter, Sort<OfferOrderField> sort, Paging paging);

    /**
     * One company's offers: every status for its members, advisors and admins; the published ones for anyone else.
     *
     * @param statuses empty means every status the actor may see
     */
    Page<InternshipOffer> ofCompany(Actor actor, String companyId, Set<OfferStatus> statuses, OfferFilter filter,
                                    Sort<OfferOrderField> sort, Paging paging);

    /**
     * The public names of companies, by id: an offer names its company to everyone who sees the offer, even to
     * those who may not read the company's profile. Callers pass the companies of offers the actor sees.
     */
    Map<String, String> companyNames(Collection<String> companyIds);

    /**
     * The sites of companies, by company id, for the offers that name them: the place of work is part of an offer,
     * shown to everyone who sees the offer. Callers pass the companies of offers the actor sees.
     */
    Map<String, List<Site>> companySites(Collection<String> companyIds);

    /** Whether the actor may change the company's offers. */
    boolean canManage(Actor actor, String companyId);
}
