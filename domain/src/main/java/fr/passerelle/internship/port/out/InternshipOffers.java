package fr.passerelle.internship.port.out;

import fr.passerelle.internship.model.InternshipOffer;
import fr.passerelle.internship.model.MatchPrefilter;
import fr.passerelle.internship.model.MatchTerms;
import fr.passerelle.internship.model.OfferFilter;
import fr.passerelle.internship.model.OfferOrderField;
import fr.passerelle.internship.model.OfferScope;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import fr.passerelle.shared.port.AggregateStore;
import java.util.List;

/** Stored offers. */
public interface InternshipOffers extends AggregateStore<InternshipOffer> {

    /** Offers of the scope matching the filter; a distance filter is exact (not a box). */
    Page<InternshipOffer> search(OfferFilter filter, OfferScope scope, Sort<OfferOrderField> sort, Paging paging);

    /**
     * What matching weighs of the published offers passing the matching prefilter, at most {@code limit}, in no
     * particular order: only the {@link MatchTerms}, since thousands are read to rank a page of them.
     */
    List<MatchTerms> matchCandidates(MatchPrefilter prefilter, int limit);
}
