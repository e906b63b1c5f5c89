package fr.passerelle.internship.service;

import static fr.passerelle.internship.service.MarketplaceScene.VILLEURBANNE;
import static fr.passerelle.internship.service.MarketplaceScene.offer;
import static fr.passerelle.testing.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.internship.model.Application;
import fr.passerelle.internship.model.ApplicationOrderField;
import fr.passerelle.internship.model.ApplicationScope;
import fr.passerelle.internship.model.ApplicationStatus;
import fr.passerelle.internship.model.InternshipOffer;
import fr.passerelle.internship.model.MatchPrefilter;
import fr.passerelle.internship.model.MatchTerms;
import fr.passerelle.internship.model.OfferFilter;
import fr.passerelle.internship.model.OfferOrderField;
import fr.passerelle.internship.model.OfferScope;
import fr.passerelle.internship.model.OfferStatus;
import fr.passerelle.internship.model.ProfilePart;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.InMemoryApplications;
import fr.passerelle.testing.InMemoryOffers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Many learners accepting positions of one offer at the same moment: the optimistic locking of the offer must let
 * exactly as many through as there are positions. The in-memory stores are not thread-safe (a map, and a version
 * check separate from the write), so each store call is made atomic here, as a conditional update is in MongoDB.
 */
class AcceptRaceTest {

    /** {@link InMemoryOffers} with each call atomic. */
    static final class AtomicOffers extends InMemoryOffers {

        @Override
        public synchronized Optional<InternshipOffer> findById(String id) {
            return super.findById(id);
        }

        @Override
        public synchronized List<InternshipOffer> findAllById(Collection<String> ids) {
            return super.findAllById(ids);
        }

        @Override
        public synchronized InternshipOffer insert(InternshipOffer offer, DomainEvent event) {
            return super.insert(offer, event);
        }

        @Override
        public synchronized InternshipOffer update(InternshipOffer offer, DomainEvent event) {
            return super.update(offer, event);
        }

        @Override
        public synchronized Page<InternshipOffer> search(OfferFilter filter, OfferScope scope,
                                                         Sort<OfferOrderField> sort, Paging paging) {
            return super.search(filter, scope, sort, paging);
        }

        @Override
        public synchronized List<MatchTerms> matchCandidates(MatchPrefilter prefilter, int limit) {
            return super.matchCandidates(prefilter, limit);
        }

        @Override
        public synchronized void seed(InternshipOffer offer) {
            super.seed(offer);
        }
    }

    /** {@link InMemoryApplications} with each call atomic. */
    static final class AtomicApplications extends InMemoryApplications {

        @Override
        public synchronized Optional<Application> findById(String id) {
            return super.findById(id);
        }

        @Override
        public synchronized List<Application> findAllById(Collection<String> ids) {
            return super.findAllById(ids);
        }

        @Override
        public synchronized Application insert(Application application, DomainEvent event) {
            return super.insert(application, event);
        }

        @Override
        public synchronized Application update(Application application, DomainEvent event) {
            return super.update(application, event);
        }

        @Override
        public synchronized Optional<Application> findByOfferAndLearner(String offerId, String learnerId) {
            return super.findByOfferAndLearner(offerId, learnerId);
        }

        @Override
        public synchronized List<Application> findByLearner(String learnerId, Set<ApplicationStatus> statuses,
                                                            int limit) {
            return super.findByLearner(learnerId, statuses, limit);
        }

        @Override
        public synchronized List<Application> findByOffer(String offerId, Set<ApplicationStatus> statuses,
                                                          int limit) {
            return super.findByOffer(offerId, statuses, limit);
        }

        @Override
        public synchronized Page<Application> search(ApplicationScope scope, Sort<ApplicationOrderField> sort,
                                                     Paging paging) {
            return super.search(scope, sort, paging);
        }

        @Override
        public synchronized void seed(Application application) {
            super.seed(application);
        }
    }

    @ParameterizedTest(name = "{0} learners, {1} positions")
    @CsvSource({"24, 5", "16, 1", "12, 11"})
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void simultaneous_accepts_fill_exactly_the_positions_of_the_offer(int learners, int positions) throws Exception {
        var scene = new MarketplaceScene(new AtomicOffers(), new AtomicApplications());
        InternshipOffer offer = scene.published(offer().positions(positions));
        List<Application> offered = new ArrayList<>();
        for (int i = 1; i <= learners; i++) {
            String subject = "racer-" + i;
            scene.seed(MarketplaceScene.learner("learner-" + subject, subject, "Racer", null, VILLEURBANNE, 30));
            Application application = Application.submit("application-" + subject, offer, "learner-" + subject,
                    subject, null, null, Set.of(ProfilePart.SKILLS), NOW)
                    .movedTo(ApplicationStatus.OFFERED, "recruiter-c", null, NOW);
            scene.applications.seed(application);
            offered.add(application);
        }

        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Boolean>> accepts = offered.stream().<Callable<Boolean>>map(application -> () -> {
            start.await();
            try {
                scene.applicationService.accept(Actors.learner(application.learnerSubject()), application.id(), 1);
                return true;
            } catch (BusinessRuleViolation noPositionLeft) {
                return false;
            }
        }).toList();
        ExecutorService pool = Executors.newFixedThreadPool(learners);
        int won = 0;
        try {
            List<Future<Boolean>> results = accepts.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<Boolean> result : results) {
                won += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
        } finally {
            pool.shutdownNow();
        }

        InternshipOffer filled = scene.stored(offer);
        List<String> acceptedIds = scene.applications.all().stream()
                .filter(application -> application.status() == ApplicationStatus.ACCEPTED)
                .map(Application::id).toList();
        assertThat(won).isEqualTo(positions);
        assertThat(acceptedIds).hasSize(positions);
        assertThat(filled.acceptedApplicationIds()).hasSize(positions)
                .containsExactlyInAnyOrderElementsOf(acceptedIds);
        assertThat(filled.status()).isEqualTo(OfferStatus.FILLED);
        assertThat(scene.applications.all()).filteredOn(application -> !acceptedIds.contains(application.id()))
                .hasSize(learners - positions)
                .allSatisfy(application -> assertThat(application.status()).isEqualTo(ApplicationStatus.OFFERED));
    }
}
