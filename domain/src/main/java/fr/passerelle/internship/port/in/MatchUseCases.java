package fr.passerelle.internship.port.in;

import fr.passerelle.internship.model.Candidate;
import fr.passerelle.internship.model.InternshipOffer;
import fr.passerelle.internship.model.Scored;
import fr.passerelle.membership.model.Actor;
import java.util.List;

/** Explainable matching: every result carries its score and the reasons it is made of. */
public interface MatchUseCases {

    /** At most this many results per request. */
    int MAX_RESULTS = 50;
    /** How many results when the client does not say. */
    int DEFAULT_RESULTS = 20;

    /** The best open offers for a learner the actor may read, best first. */
    List<Scored<InternshipOffer>> offersFor(Actor actor, String learnerId, int first);

    /**
     * The best candidates for an offer the actor may manage (or, for advisors and admins, any offer), best first.
     * A company ranks the offer's open applicants only, each scored on what they shared: it sees learners through
     * their applications, nothing else. School staff see their own learners; advisors and admins every learner.
     * Anyone else gets nothing.
     */
    List<Scored<Candidate>> candidatesFor(Actor actor, String offerId, int first);
}
