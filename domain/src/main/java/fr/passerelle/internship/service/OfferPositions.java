package fr.passerelle.internship.service;

import fr.passerelle.internship.model.Application;
import fr.passerelle.internship.model.InternshipOffer;
import fr.passerelle.internship.model.OfferEvents;
import fr.passerelle.internship.model.OfferStatus;
import fr.passerelle.internship.port.out.InternshipOffers;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.service.VersionedChange;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Clock;

/**
 * An offer's positions as applications take and give them back. The offer keeps the ids of the applications holding
 * its positions, so taking one is idempotent per application and never oversells: each is a version-conditional
 * write of the offer, retried on a lost race, refused once no position is left.
 */
final class OfferPositions {

    private final InternshipOffers offers;
    private final EventFactory events;
    private final Clock clock;

    OfferPositions(InternshipOffers offers, EventFactory events, Clock clock) {
        this.offers = offers;
        this.events = events;
        this.clock = clock;
    }

    InternshipOffer offerOf(Application application) {
        return offers.findById(application.offerId())
                .orElseThrow(() -> new NotFoundException("InternshipOffer", application.offerId()));
    }

    void take(Actor actor, Application application, int termsVersion) {
        new VersionedChange<>(() -> offerOf(application), InternshipOffer::version,
                (before, after) -> offers.update(after, events.changed(OfferEvents.POSITION_TAKEN,
                        initiator(actor, after), before, after, OfferService.attributes(after))))
                .apply(null, offer -> {
                    if (offer.acceptedApplicationIds().contains(application.id())) {
                        return offer;
                    }
                    if (offer.termsVersion() != termsVersion) {
                        throw BusinessRuleViolation.of("termsVersion", ErrorCode.INVALID_STATE,
                                "error.offer.terms-revised", offer.termsVersion());
                    }
                    if (offer.statusOn(PlatformCalendar.today(clock)) == OfferStatus.EXPIRED) {
                        throw BusinessRuleViolation.of("status", ErrorCode.INVALID_STATE,
                                "error.offer.expired");
                    }
                    return offer.withPositionTaken(application.id(), clock.instant());
                });
    }

    void release(Actor actor, Application application) {
        new VersionedChange<>(() -> offerOf(application), InternshipOffer::version,
                (before, after) -> offers.update(after, events.changed(OfferEvents.POSITION_RELEASED,
                        initiator(actor, after), before, after, OfferService.attributes(after))))
                .apply(null, offer -> offer.withPositionReleased(application.id(), clock.instant()));
    }

    private static Initiator initiator(Actor actor, InternshipOffer offer) {
        return actor.initiatorFor(Tenant.company(offer.companyId()));
    }
}
