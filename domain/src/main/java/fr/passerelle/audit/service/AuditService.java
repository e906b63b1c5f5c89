package fr.passerelle.audit.service;

import fr.passerelle.audit.model.AuditEntry;
import fr.passerelle.audit.model.AuditFilter;
import fr.passerelle.audit.port.in.AuditUseCases;
import fr.passerelle.audit.port.out.AuditTrail;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.validation.DateWindow;
import java.time.Clock;
import java.util.Map;
import java.util.function.BiPredicate;

public class AuditService implements AuditUseCases {

    private final AuditTrail trail;
    private final Map<String, BiPredicate<Actor, String>> readers;
    private final Clock clock;

    /**
     * @param readers per aggregate type, whether an actor may read the aggregate with a given id: the parties who
     *                see an object see its history; types without an entry are visible to platform admins only
     */
    public AuditService(AuditTrail trail, Map<String, BiPredicate<Actor, String>> readers, Clock clock) {
        this.trail = trail;
        this.readers = Map.copyOf(readers);
        this.clock = clock;
    }

    @Override
    public Page<AuditEntry> search(Actor actor, AuditFilter filter, Paging paging) {
        if (!actor.isPlatformAdmin()) {
            throw new ForbiddenException("error.forbidden.audit");
        }
        return trail.search(filter.within(DateWindow.plans(PlatformCalendar.today(clock))), paging);
    }

    @Override
    public Page<AuditEntry> historyOf(Actor actor, String aggregateType, String aggregateId, Paging paging) {
        boolean visible = actor.isPlatformAdmin()
                || readers.getOrDefault(aggregateType, (a, id) -> false).test(actor, aggregateId);
        if (!visible) {
            return Page.empty();
        }
        Page<AuditEntry> page = trail.search(AuditFilter.ofAggregate(aggregateType, aggregateId), paging);
        return page.map(entry -> mayKnowWhoActed(actor, entry.initiator()) ? entry : entry.withoutActor());
    }

    /**
     * Seeing an object is not knowing who in another organisation acted on it (a published offer's history is
     * everyone's): the person themself, the members of the organisation they acted as or for, and those who read
     * everything know who acted; anyone else reads the action and its time only. The platform's own jobs are nobody.
     */
    static boolean mayKnowWhoActed(Actor reader, Initiator initiator) {
        return Initiator.SYSTEM.equals(initiator.subject()) || reader.readsEverything()
                || reader.subject().equals(initiator.subject())
                || reader.isMemberOf(initiator.organisation()) || reader.isMemberOf(initiator.onBehalfOf());
    }
}
