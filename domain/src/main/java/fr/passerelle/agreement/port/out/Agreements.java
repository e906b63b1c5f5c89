package fr.passerelle.agreement.port.out;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.AgreementScope;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.port.AggregateStore;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Stored agreements. One agreement per application: the service derives the id of an agreement made from an
 * application from the application's id, so a second one is a DuplicateKeyException (key "applicationId").
 */
public interface Agreements extends AggregateStore<Agreement> {

    /** Newest first, keyset pages. */
    Page<Agreement> search(AgreementScope scope, Paging paging);

    /**
     * These learners' agreements that are not cancelled, newest first, at most {@code limit}: their presence adds up
     * for the caps.
     */
    List<Agreement> findLiveByLearners(Collection<String> learnerIds, int limit);

    /**
     * The agreements not cancelled, completed nor interrupted whose tutor has one of these e-mails (in any case),
     * newest first, at most {@code limit}:
     * a tutor follows at most three interns at once.
     */
    List<Agreement> findLiveByTutorEmails(Collection<String> tutorEmails, int limit);

    /**
     * These hosts' agreements (by company id) that are not cancelled and whose planned period meets {@code from} to
     * {@code to}, both included, newest first, at most {@code limit}: the host's interns at once (R124-10) and the
     * previous interns on a post (L124-11).
     */
    List<Agreement> findLiveByCompanies(Collection<String> companyIds, LocalDate from, LocalDate to, int limit);
}
