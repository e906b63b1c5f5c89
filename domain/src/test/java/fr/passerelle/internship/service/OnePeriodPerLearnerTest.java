package fr.passerelle.internship.service;

import static fr.passerelle.internship.service.MarketplaceScene.END;
import static fr.passerelle.internship.service.MarketplaceScene.START;
import static fr.passerelle.internship.service.MarketplaceScene.offer;
import static fr.passerelle.testing.Fixtures.NOW;
import static fr.passerelle.testing.Sentences.english;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.internship.model.Application;
import fr.passerelle.internship.model.ApplicationStatus;
import fr.passerelle.internship.model.InternshipOffer;
import fr.passerelle.internship.service.AcceptRaceTest.AtomicApplications;
import fr.passerelle.internship.service.AcceptRaceTest.AtomicOffers;
import fr.passerelle.internship.service.MarketplaceScene.Who;
import fr.passerelle.learner.model.AcceptanceClaims;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.model.DateRange;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import fr.passerelle.testing.Violations;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A learner holds at most one accepted application per period: several offers accepted at the very same moment,
 * or one after the other, for overlapping periods, leave exactly one accepted; periods apart are both kept.
 */
class OnePeriodPerLearnerTest {

    private static final int OFFERS = 12;

    private final MarketplaceScene scene = new MarketplaceScene(new AtomicOffers(), new AtomicApplications());
    private final Actor alice = scene.as(Who.ALICE);

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void simultaneous_accepts_of_offers_for_one_period_leave_exactly_one_accepted() throws Exception {
        List<Application> offered = new ArrayList<>();
        for (int i = 0; i < OFFERS; i++) {
            offered.add(scene.offered(Who.ALICE, scene.published(offer().title("Offre " + i))));
        }

        CountDownLatch start = new CountDownLatch(1);
        List<Callable<List<Violation>>> accepts = offered.stream().<Callable<List<Violation>>>map(application -> () -> {
            start.await();
            try {
                scene.applicationService.accept(alice, application.id(), 1);
                return List.of();
            } catch (BusinessRuleViolation refused) {
                return refused.violations();
            }
        }).toList();
        ExecutorService pool = Executors.newFixedThreadPool(OFFERS);
        List<List<Violation>> outcomes = new ArrayList<>();
        try {
            List<Future<List<Violation>>> results = accepts.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<List<Violation>> result : results) {
                outcomes.add(result.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(outcomes).filteredOn(List::isEmpty).as("winners").hasSize(1);
        assertThat(outcomes).filteredOn(violations -> !violations.isEmpty()).hasSize(OFFERS - 1)
                .allSatisfy(violations -> assertThat(violations).extracting(Violation::field, Violation::code)
                        .as("refused for the period, or too late: already withdrawn by the winner")
                        .containsAnyOf(tuple(List.of("id"), ErrorCode.INVALID_STATE),
                                tuple(List.of("status"), ErrorCode.INVALID_STATE)).hasSize(1));
        Application winner = offered.get(outcomes.indexOf(List.of()));
        assertThat(scene.stored(winner).status()).isEqualTo(ApplicationStatus.ACCEPTED);
        for (Application other : offered) {
            if (!other.id().equals(winner.id())) {
                assertThat(scene.stored(other).status()).as("withdrawn: accepted another offer")
                        .isEqualTo(ApplicationStatus.WITHDRAWN);
                assertThat(scene.offers.findById(other.offerId()).orElseThrow().acceptedApplicationIds())
                        .as("no position taken").isEmpty();
            }
        }
        assertThat(scene.learners.acceptanceClaims(scene.alice.id()).claims())
                .extracting(AcceptanceClaims.Claim::applicationId).containsExactly(winner.id());
    }

    @Test
    void an_offer_overlapping_an_accepted_one_is_refused_later_too_and_one_apart_is_accepted() {
        Application first = scene.offered(Who.ALICE, scene.published(offer().title("Avril-juin")));
        scene.applicationService.accept(alice, first.id(), 1);
        Application overlapping = scene.offered(Who.ALICE,
                scene.published(offer().title("Juin-août").dates(END, END.plusMonths(2))));
        Application apart = scene.offered(Who.ALICE,
                scene.published(offer().title("Juillet-août").dates(END.plusDays(1), END.plusMonths(2))));

        List<Violation> refused = Violations.thrownBy(() -> scene.applicationService.accept(alice,
                overlapping.id(), 1));

        assertThat(refused).extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("id"), ErrorCode.INVALID_STATE));
        assertThat(english(refused.get(0).message())).contains("overlapping period (" + START + " to " + END + ")");
        assertThat(scene.stored(overlapping).status()).isEqualTo(ApplicationStatus.OFFERED);
        assertThat(scene.applicationService.accept(alice, apart.id(), 1).status())
                .isEqualTo(ApplicationStatus.ACCEPTED);
    }

    @Test
    void a_retried_accept_of_the_same_application_completes() {
        Application application = scene.offered(Who.ALICE, scene.published(offer()));

        scene.applicationService.accept(alice, application.id(), 1);

        assertThat(scene.applicationService.accept(alice, application.id(), 1).status())
                .isEqualTo(ApplicationStatus.ACCEPTED);
    }

    @Test
    void an_accept_that_fails_gives_its_claim_back() {
        Application outdated = scene.offered(Who.ALICE, scene.published(offer().title("Première")));
        Application other = scene.offered(Who.ALICE, scene.published(offer().title("Seconde")));

        Violations.thrownBy(() -> scene.applicationService.accept(alice, outdated.id(), 2));

        assertThat(scene.learners.acceptanceClaims(scene.alice.id()).claims()).isEmpty();
        assertThat(scene.applicationService.accept(alice, other.id(), 1).status())
                .isEqualTo(ApplicationStatus.ACCEPTED);
    }

    @Test
    void a_claim_left_by_an_accept_that_never_completed_holds_for_a_while_then_lapses() {
        Application interrupted = scene.offered(Who.ALICE, scene.published(offer().title("Interrompue")));
        Application next = scene.offered(Who.ALICE, scene.published(offer().title("Suivante")));
        DateRange period = new DateRange(START, END);

        leaveClaim(interrupted, NOW.minus(PeriodClaims.PENDING).plusSeconds(1), period);
        Violations.thrownBy(() -> scene.applicationService.accept(alice, next.id(), 1));

        leaveClaim(interrupted, NOW.minus(PeriodClaims.PENDING).minus(Duration.ofSeconds(1)), period);
        assertThat(scene.applicationService.accept(alice, next.id(), 1).status())
                .isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(scene.learners.acceptanceClaims(scene.alice.id()).claims())
                .extracting(AcceptanceClaims.Claim::applicationId).containsExactly(next.id());
    }

    /** The claim an accept interrupted after its first write leaves behind, as if made at {@code claimedAt}. */
    private void leaveClaim(Application application, Instant claimedAt, DateRange period) {
        AcceptanceClaims stored = scene.learners.acceptanceClaims(scene.alice.id());
        scene.learners.saveAcceptanceClaims(new AcceptanceClaims(stored.learnerId(), List.of(),
                stored.revision()).with(new AcceptanceClaims.Claim(application.id(), period, claimedAt), c -> false));
    }
}
