package fr.passerelle.internship.port.in;

import fr.passerelle.internship.model.Candidate;
import fr.passerelle.internship.model.InternshipOffer;
import fr.passerelle.internship.model.Scored;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;

/**
 * Explainable matching: every result carries its score and the reasons it is made of. Results come in keyset pages
 * ranked best first: score, then id; a page's keysets are {@code (score, id)}.
 */
public interface MatchUseCases {

    /** At most this many results in one list of the deprecated list fields. */
    int MAX_RESULTS = 50;
    /** How many results when the client does not say. */
    int DEFAULT_RESULTS = 20;

    /** The best open offers for a learner the actor may read, best first. */
    Page<Scored<InternshipOffer>> offersFor(Actor actor, String learnerId, Paging paging);

    /**
     * The best candidates for an offer the actor may manage (or, for advisors and admins, any offer), best first.
     * A company ranks the offer's open applicants only, each scored on what they shared: it sees learners through
     * their applications, nothing else. School staff see their own learners; advisors and admins every learner.
     * Anyone else gets nothing.
     */
    Page<Scored<Candidate>> candidatesFor(Actor actor, String offerId, Paging paging);
}
