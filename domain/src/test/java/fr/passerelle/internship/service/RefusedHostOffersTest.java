package fr.passerelle.internship.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.company.model.CompanyEvents;
import fr.passerelle.internship.model.InternshipOffer;
import fr.passerelle.internship.model.OfferEvents;
import fr.passerelle.internship.model.OfferStatus;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.testing.DomainEvents;
import fr.passerelle.testing.Fixtures;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RefusedHostOffersTest {

    private final MarketplaceScene scene = new MarketplaceScene();
    private final RefusedHostOffers subscriber = new RefusedHostOffers(scene.offers, Fixtures.events(),
            Fixtures.CLOCK);

    private static DomainEvent rejected(String companyId) {
        return DomainEvents.delivered("event-1", CompanyEvents.REJECTED, "Company", companyId);
    }

    @Test
    void a_refused_hosts_published_offers_leave_the_board_closed_by_the_platform() {
        InternshipOffer published = scene.published(MarketplaceScene.offer());
        InternshipOffer draft = scene.draft(MarketplaceScene.offer());
        InternshipOffer othersOffer = scene.publishedByD();
        int eventsBefore = scene.offers.events().size();

        assertThat(subscriber.accepts(rejected(MarketplaceScene.COMPANY_C))).isTrue();
        subscriber.on(rejected(MarketplaceScene.COMPANY_C));

        assertThat(scene.stored(published).status()).isEqualTo(OfferStatus.CLOSED);
        assertThat(scene.stored(draft).status()).isEqualTo(OfferStatus.DRAFT);
        assertThat(scene.stored(othersOffer).status()).isEqualTo(OfferStatus.PUBLISHED);
        assertThat(scene.offers.events().subList(eventsBefore, scene.offers.events().size()))
                .singleElement().satisfies(closed -> {
                    assertThat(closed.type()).isEqualTo(OfferEvents.CLOSED);
                    assertThat(closed.aggregateId()).isEqualTo(published.id());
                    assertThat(closed.initiator()).isEqualTo(Initiator.system());
                });
    }

    @Test
    void more_offers_than_a_page_are_all_closed_and_a_replay_changes_nothing() {
        var many = IntStream.range(0, 130).mapToObj(i -> scene.published(MarketplaceScene.offer())).toList();

        subscriber.on(rejected(MarketplaceScene.COMPANY_C));
        int eventsAfterFirst = scene.offers.events().size();
        subscriber.on(rejected(MarketplaceScene.COMPANY_C));

        assertThat(many).allSatisfy(offer -> assertThat(scene.stored(offer).status()).isEqualTo(OfferStatus.CLOSED));
        assertThat(scene.offers.events()).hasSize(eventsAfterFirst);
    }

    @Test
    void other_company_events_are_not_its_business() {
        assertThat(subscriber.accepts(DomainEvents.delivered("e", CompanyEvents.VERIFIED, "Company", "c")))
                .isFalse();
    }
}
