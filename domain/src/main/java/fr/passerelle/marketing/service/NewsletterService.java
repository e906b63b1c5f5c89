package fr.passerelle.marketing.service;

import fr.passerelle.audit.model.AuditEntry;
import fr.passerelle.audit.port.out.AuditTrail;
import fr.passerelle.marketing.model.Newsletter;
import fr.passerelle.marketing.port.in.NewsletterCommand;
import fr.passerelle.marketing.port.in.NewsletterUseCases;
import fr.passerelle.marketing.port.out.Newsletters;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.notification.model.Text;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.port.Reminders;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Stores a newsletter and queues its fan-out ({@link NewsletterFanOut}); the request does no per-person work. */
public class NewsletterService implements NewsletterUseCases {

    static final String SENT = "newsletter.sent";

    private final Newsletters newsletters;
    private final Reminders reminders;
    private final AuditTrail audit;
    private final IdGenerator ids;
    private final Clock clock;

    public NewsletterService(Newsletters newsletters, Reminders reminders, AuditTrail audit, IdGenerator ids,
                             Clock clock) {
        this.newsletters = newsletters;
        this.reminders = reminders;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Newsletter send(Actor actor, NewsletterCommand command) {
        if (!actor.isPlatformAdmin()) {
            throw new ForbiddenException("error.forbidden.newsletter");
        }
        Instant now = clock.instant();
        Newsletter newsletter = new Newsletter(ids.newId(), new Text(command.title(), command.body()),
                actor.subject(), now);
        newsletters.insert(newsletter);
        reminders.schedule(NewsletterFanOut.firstBatch(newsletter, now));
        audit.append(new AuditEntry(ids.newId(), SENT, "Newsletter", newsletter.id(), 0, actor.initiatorFor(null),
                List.of(), now));
        return newsletter;
    }
}
