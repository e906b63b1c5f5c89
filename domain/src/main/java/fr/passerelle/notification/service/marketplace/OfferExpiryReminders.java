package fr.passerelle.notification.service.marketplace;

import fr.passerelle.internship.model.InternshipOffer;
import fr.passerelle.internship.model.OfferEvents;
import fr.passerelle.internship.model.OfferStatus;
import fr.passerelle.internship.port.out.InternshipOffers;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventSubscriber;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.port.ReminderHandler;
import fr.passerelle.shared.port.Reminders;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A published offer expires once its start date passes with positions still open. Its company's recruiters are
 * reminded {@link #DAYS_BEFORE} days before, in the morning, so they can move the date or close it. One reminder per
 * offer and start date: publishing schedules it, moving the start date schedules another (the old one fires moot),
 * closing the offer — for good — cancels it. Filling it does not: a position given back opens the offer again, and a
 * cancelled key cannot be scheduled anew. So firing re-reads the offer and tells nobody unless it is still open on the
 * start date the reminder was set for. An offer published too late for a reminder gets none: its publisher chose the
 * date.
 */
public class OfferExpiryReminders implements EventSubscriber, ReminderHandler {

    /** How many days before an offer's start date its recruiters are reminded. */
    public static final int DAYS_BEFORE = 3;
    static final String KIND = "offer-expiring";
    private static final LocalTime MORNING = LocalTime.of(9, 0);
    private static final Set<String> SCHEDULING = Set.of(OfferEvents.PUBLISHED, OfferEvents.EDITED,
            OfferEvents.TERMS_REVISED);
    private static final String OFFER = "offer";
    private static final String START = "startDate";

    private final InternshipOffers offers;
    private final MarketplaceNotices notices;
    private final MarketplaceAudience audience;
    private final Reminders reminders;
    private final Clock clock;

    public OfferExpiryReminders(InternshipOffers offers, MarketplaceNotices notices, MarketplaceAudience audience,
                                Reminders reminders, Clock clock) {
        this.offers = offers;
        this.notices = notices;
        this.audience = audience;
        this.reminders = reminders;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "offer-expiry-reminders";
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return SCHEDULING.contains(event.type()) || event.type().equals(OfferEvents.CLOSED);
    }

    @Override
    public void on(DomainEvent event) {
        if (!accepts(event)) {
            throw new IllegalArgumentException("not routed: " + event.type());
        }
        offers.findById(event.aggregateId()).ifPresent(offer -> {
            if (offer.status() == OfferStatus.PUBLISHED) {
                schedule(offer, event.occurredAt());
            } else if (offer.status() == OfferStatus.CLOSED) {
                reminders.cancel(key(offer));
            }
        });
    }

    /** Tells the recruiters only if the offer is still open on the start date the reminder was set for. */
    @Override
    public void fire(Reminder reminder) {
        LocalDate start = LocalDate.parse(reminder.attribute(START));
        Optional.ofNullable(reminder.attribute(OFFER)).flatMap(notices::offer)
                .filter(about -> stillExpiring(about.offer(), start))
                .ifPresent(about -> notices.tell("reminder/" + reminder.key(), Initiator.SYSTEM,
                        NotificationKind.OFFER_EXPIRING, about, Map.of("deadline", start.toString()),
                        audience.recruiters(about.offer().companyId())));
    }

    private boolean stillExpiring(InternshipOffer offer, LocalDate start) {
        return offer.statusOn(PlatformCalendar.today(clock)) == OfferStatus.PUBLISHED
                && offer.terms().startDate().equals(start);
    }

    private void schedule(InternshipOffer offer, Instant now) {
        LocalDate start = offer.terms().startDate();
        Instant due = start.minusDays(DAYS_BEFORE).atTime(MORNING).atZone(PlatformCalendar.ZONE).toInstant();
        if (due.isAfter(now)) {
            reminders.schedule(new Reminder(key(offer), KIND, due, Map.of(OFFER, offer.id(), START,
                    start.toString())));
        }
    }

    static String key(InternshipOffer offer) {
        return "offer-expiring/" + offer.id() + "/" + offer.terms().startDate();
    }
}
