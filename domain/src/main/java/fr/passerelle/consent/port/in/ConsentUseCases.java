package fr.passerelle.consent.port.in;

import fr.passerelle.consent.model.ConsentPurpose;
import fr.passerelle.consent.model.ConsentSource;
import fr.passerelle.consent.model.CurrentConsent;
import fr.passerelle.membership.model.Actor;
import java.util.List;

/** A person's consents: read and decided by themself, recorded by staff on their behalf, checked before sending. */
public interface ConsentUseCases {

    /** The caller's current consent to every purpose. */
    List<CurrentConsent> mine(Actor actor);

    /** The caller grants or withdraws, in the application. */
    CurrentConsent decide(Actor actor, ConsentCommand command);

    /**
     * Staff record the decision of a learner they may see, with how they witnessed it. Someone else's learner and a
     * missing one look the same ({@code NotFoundException}).
     */
    CurrentConsent recordOnBehalf(Actor actor, String learnerId, ConsentCommand command, ConsentSource source);

    /** The person withdraws through a marketing mail's one-click link (whose token named them); idempotent. */
    void unsubscribe(String subject, ConsentPurpose purpose);

    /** Whether the person's current consent to the purpose is granted, read now (send time). */
    boolean granted(String subject, ConsentPurpose purpose);
}
