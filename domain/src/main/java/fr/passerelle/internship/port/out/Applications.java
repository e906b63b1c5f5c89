package fr.passerelle.internship.port.out;

import fr.passerelle.internship.model.Application;
import fr.passerelle.internship.model.ApplicationOrderField;
import fr.passerelle.internship.model.ApplicationScope;
import fr.passerelle.internship.model.ApplicationStatus;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import fr.passerelle.shared.port.AggregateStore;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Stored applications. A learner applies once to an offer (DuplicateKeyException key "offerId"). */
public interface Applications extends AggregateStore<Application> {

    Optional<Application> findByOfferAndLearner(String offerId, String learnerId);

    /** The learner's applications in these statuses, at most {@code limit}. */
    List<Application> findByLearner(String learnerId, Set<ApplicationStatus> statuses, int limit);

    /** The offer's applications in these statuses, at most {@code limit}. */
    List<Application> findByOffer(String offerId, Set<ApplicationStatus> statuses, int limit);

    Page<Application> search(ApplicationScope scope, Sort<ApplicationOrderField> sort, Paging paging);

    /**
     * The first page of each offer's applications in the scope (its {@code offerId} ignored), newest first, all
     * read at once: what a list of offers with their applications needs, in a number of reads that does not grow
     * with the number of offers. Offers without applications map to an empty page.
     */
    Map<String, Page<Application>> firstPagesByOffer(Collection<String> offerIds, ApplicationScope scope, int size);
}
