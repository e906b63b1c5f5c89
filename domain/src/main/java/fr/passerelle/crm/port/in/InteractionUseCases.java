package fr.passerelle.crm.port.in;

import fr.passerelle.crm.model.Interaction;
import fr.passerelle.crm.model.InteractionDirection;
import fr.passerelle.crm.model.InteractionKind;
import fr.passerelle.crm.model.InteractionOutcome;
import fr.passerelle.membership.model.Actor;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Interactions staff log on their school's contacts. */
public interface InteractionUseCases {

    /** GraphQL {@code InteractionLogInput}; every field is checked by the use case. */
    record LogInteraction(InteractionKind kind, InteractionDirection direction, InteractionOutcome outcome,
                          Instant occurredAt, String summary) {
    }

    /** Logs it on the contact, which then records the time as its last interaction. */
    Interaction log(Actor actor, String contactId, LogInteraction command);

    /** The interactions among these ids the actor may read; the others are left out, as missing ones. */
    List<Interaction> findAll(Actor actor, Collection<String> ids);
}
