package fr.passerelle.internship.service;

import fr.passerelle.company.model.CompanyEvents;
import fr.passerelle.internship.model.InternshipOffer;
import fr.passerelle.internship.model.OfferEvents;
import fr.passerelle.internship.model.OfferFilter;
import fr.passerelle.internship.model.OfferOrderField;
import fr.passerelle.internship.model.OfferScope;
import fr.passerelle.internship.model.OfferStatus;
import fr.passerelle.internship.port.out.InternshipOffers;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.EventSubscriber;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import fr.passerelle.shared.service.VersionedChange;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Takes a refused host's offers off the board: a company that vetting refused may not publish, so the offers it
 * published before are closed, by the platform (the audit trail says so). Learners can then no longer apply to a
 * host the platform refused; applications already made stay for their school and the company to settle. Verified
 * again later, the company publishes anew what it still offers.
 */
public final class RefusedHostOffers implements EventSubscriber {

    private static final Sort<OfferOrderField> OLDEST_FIRST = new Sort<>(OfferOrderField.PUBLISHED_AT, true);

    private final InternshipOffers offers;
    private final EventFactory events;
    private final Clock clock;

    public RefusedHostOffers(InternshipOffers offers, EventFactory events, Clock clock) {
        this.offers = offers;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "refused-host-offers";
    }

    @Override
    public boolean accepts(DomainEvent event) {
        return CompanyEvents.REJECTED.equals(event.type());
    }

    /** Closes published offers a page at a time; each closed one leaves the page, so the loop ends with the offers. */
    @Override
    public void on(DomainEvent event) {
        OfferScope published = OfferScope.company(event.aggregateId(), Set.of(OfferStatus.PUBLISHED),
                PlatformCalendar.today(clock), false);
        List<InternshipOffer> page;
        do {
            page = offers.search(OfferFilter.NONE, published, OLDEST_FIRST, Paging.first(Paging.MAX_SIZE, null))
                    .items();
            page.forEach(this::close);
        } while (page.size() == Paging.MAX_SIZE);
    }

    private void close(InternshipOffer offer) {
        new VersionedChange<>(() -> offers.findById(offer.id()).orElse(offer), InternshipOffer::version,
                (before, after) -> offers.update(after, events.changed(OfferEvents.CLOSED, Initiator.system(), before,
                        after, OfferService.attributes(after))))
                .apply(null, current -> current.status() == OfferStatus.PUBLISHED
                        ? current.closed(clock.instant()) : current);
    }
}
