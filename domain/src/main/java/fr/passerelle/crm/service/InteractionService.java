package fr.passerelle.crm.service;

import fr.passerelle.crm.model.CrmTimelineEvents;
import fr.passerelle.crm.model.Interaction;
import fr.passerelle.crm.port.in.InteractionUseCases;
import fr.passerelle.crm.port.out.ContactInteractions;
import fr.passerelle.crm.port.out.Interactions;
import fr.passerelle.crm.port.out.TimelineContacts;
import fr.passerelle.crm.port.out.TimelineEntries;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.TextKind;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

/** Logs interactions, puts them on the timeline at once, and tells the contact when it was last reached. */
public class InteractionService implements InteractionUseCases {

    private final Interactions interactions;
    private final TimelineEntries timeline;
    private final ContactInteractions lastInteractions;
    private final ContactScope scope;
    private final IdGenerator ids;
    private final EventFactory events;
    private final Clock clock;

    public InteractionService(Interactions interactions, TimelineEntries timeline, TimelineContacts contacts,
                              ContactInteractions lastInteractions, IdGenerator ids, EventFactory events, Clock clock) {
        this.interactions = interactions;
        this.timeline = timeline;
        this.lastInteractions = lastInteractions;
        this.scope = new ContactScope(contacts);
        this.ids = ids;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Interaction log(Actor actor, String contactId, LogInteraction command) {
        String schoolId = scope.workable(actor, contactId);
        Instant now = clock.instant();
        Checks checks = new Checks();
        checks.required("kind", command.kind());
        checks.required("direction", command.direction());
        checks.required("outcome", command.outcome());
        Instant occurredAt = checks.required("occurredAt", command.occurredAt());
        if (occurredAt != null && (occurredAt.isAfter(now.plus(Interaction.LATEST))
                || occurredAt.isBefore(now.atOffset(ZoneOffset.UTC).minus(Interaction.EARLIEST).toInstant()))) {
            checks.add("occurredAt", ErrorCode.OUT_OF_RANGE, "error.interaction.occurred-at",
                    Interaction.EARLIEST.getYears());
        }
        String summary = checks.optionalText("summary", command.summary(), Interaction.SUMMARY_LENGTH,
                TextKind.PROSE);
        checks.throwIfAny();
        Interaction interaction = new Interaction(ids.newId(), schoolId, contactId, command.kind(),
                command.direction(), command.outcome(), occurredAt, summary, actor.subject(), now, List.of(), 0);
        Interaction stored = interactions.insert(interaction, events.created(CrmTimelineEvents.INTERACTION_LOGGED,
                actor.initiatorFor(Tenant.school(schoolId)), interaction, CrmTimelineEvents.attributesOf(interaction)));
        // Both are also done from the event (TimelineProjector), so a crash right here loses neither.
        timeline.record(TimelineProjector.entryOf(stored));
        lastInteractions.recordInteraction(schoolId, contactId, command.direction(), occurredAt);
        return stored;
    }

    @Override
    public List<Interaction> findAll(Actor actor, Collection<String> ids) {
        return ContactScope.personalAmong(actor, interactions.findAllById(ids));
    }
}
