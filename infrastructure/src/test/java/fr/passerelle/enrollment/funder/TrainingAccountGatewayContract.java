package fr.passerelle.enrollment.funder;

import static fr.passerelle.enrollment.port.out.FolderState.ACCEPTED;
import static fr.passerelle.enrollment.port.out.FolderState.CANCELLED_BY_HOLDER;
import static fr.passerelle.enrollment.port.out.FolderState.CANCELLED_BY_ORGANISATION;
import static fr.passerelle.enrollment.port.out.FolderState.CANCELLED_BY_PLATFORM;
import static fr.passerelle.enrollment.port.out.FolderState.IN_TRAINING;
import static fr.passerelle.enrollment.port.out.FolderState.NOT_PROCESSED;
import static fr.passerelle.enrollment.port.out.FolderState.REFUSED_BY_HOLDER;
import static fr.passerelle.enrollment.port.out.FolderState.REFUSED_BY_ORGANISATION;
import static fr.passerelle.enrollment.port.out.FolderState.SERVICE_DONE_DECLARED;
import static fr.passerelle.enrollment.port.out.FolderState.SERVICE_DONE_VALIDATED;
import static fr.passerelle.enrollment.port.out.FolderState.TERMINATED;
import static fr.passerelle.enrollment.port.out.FolderState.VALIDATED;
import static fr.passerelle.enrollment.port.out.FolderState.WAITING_FOR_ACCEPTANCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.enrollment.port.in.FundingStatusChanged;
import fr.passerelle.enrollment.port.out.FolderState;
import fr.passerelle.enrollment.port.out.FunderRefusedException;
import fr.passerelle.enrollment.port.out.TrainingAccountFolder;
import fr.passerelle.enrollment.port.out.TrainingAccountGateway;
import fr.passerelle.shared.model.Money;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TrainingAccountGateway} must do, the fake and a real EDOF adapter alike: a real adapter's test
 * extends this against the platform's test environment, telling it how to act as the holder and the platform and how
 * to let time pass. Days are on the Paris calendar; 7 December 2026 is a Monday, 25 December a public holiday.
 */
abstract class TrainingAccountGatewayContract {

    protected static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    protected static final LocalDateTime START = LocalDateTime.of(2026, 12, 7, 10, 0);
    private static final Money PRICE = Money.euros(1_490);

    protected abstract TrainingAccountGateway gateway();

    /** Moves time forward to this moment, Paris time. */
    protected abstract void timeIs(LocalDateTime parisTime);

    protected abstract TrainingAccountFolder holderRequests(String number, String session, Money price);

    protected abstract void holderAccepts(String number);

    protected abstract void holderRefuses(String number);

    protected abstract void holderCancels(String number);

    protected abstract void platformValidatesServiceDone(String number);

    /** The notifications the enrollment received, oldest first. */
    protected abstract List<FundingStatusChanged> received();

    private FolderState state(String number) {
        return gateway().folder(number).orElseThrow().state();
    }

    private TrainingAccountFolder accepted(String number) {
        holderRequests(number, "action-1/session-1", PRICE);
        gateway().validate(number, "validate-" + number);
        holderAccepts(number);
        return gateway().folder(number).orElseThrow();
    }

    @Test
    void aRequestAwaitsTheOrganisationsAnswerForTwoWorkingDays() {
        TrainingAccountFolder folder = holderRequests("F-1", "action-1/session-1", PRICE);

        assertThat(folder.state()).isEqualTo(NOT_PROCESSED);
        assertThat(folder.deadline()).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(folder.price()).isEqualTo(PRICE);
        assertThat(received()).extracting(FundingStatusChanged::state).containsExactly(NOT_PROCESSED);
    }

    @Test
    void theWholeLifeCycleFromRequestToServiceDoneValidated() {
        holderRequests("F-1", "action-1/session-1", PRICE);

        TrainingAccountFolder proposed = gateway().validate("F-1", "k1");
        assertThat(proposed.state()).isEqualTo(WAITING_FOR_ACCEPTANCE);
        assertThat(proposed.deadline()).isEqualTo(LocalDate.of(2026, 12, 11));

        timeIs(START.plusDays(3));
        holderAccepts("F-1");
        TrainingAccountFolder accepted = gateway().folder("F-1").orElseThrow();
        assertThat(accepted.state()).isEqualTo(ACCEPTED);
        assertThat(accepted.deadline()).isNull();
        // Thursday 10 December + 11 working days, Christmas Day not counted
        assertThat(accepted.earliestEntry()).isEqualTo(LocalDate.of(2026, 12, 28));

        timeIs(LocalDateTime.of(2027, 1, 4, 9, 0));
        assertThat(gateway().declareEntry("F-1", LocalDate.of(2027, 1, 4), "k2").state()).isEqualTo(IN_TRAINING);
        timeIs(LocalDateTime.of(2027, 2, 26, 18, 0));
        assertThat(gateway().declareExit("F-1", LocalDate.of(2027, 2, 26), "k3").state()).isEqualTo(TERMINATED);
        assertThat(gateway().declareServiceDone("F-1", "k4").state()).isEqualTo(SERVICE_DONE_DECLARED);
        platformValidatesServiceDone("F-1");

        assertThat(state("F-1")).isEqualTo(SERVICE_DONE_VALIDATED);
        assertThat(received()).extracting(FundingStatusChanged::state).containsExactly(NOT_PROCESSED, VALIDATED,
                WAITING_FOR_ACCEPTANCE, ACCEPTED, IN_TRAINING, TERMINATED, SERVICE_DONE_DECLARED,
                SERVICE_DONE_VALIDATED);
        assertThat(received()).extracting(FundingStatusChanged::funderReference).containsOnly("F-1");
    }

    @Test
    void aRequestNotAnsweredByTheEndOfTheSecondWorkingDayIsCancelledByThePlatformOverAHoliday() {
        timeIs(LocalDateTime.of(2026, 12, 24, 16, 0)); // Thursday; Friday 25 is Christmas, then the weekend
        assertThat(holderRequests("F-1", "s", PRICE).deadline()).isEqualTo(LocalDate.of(2026, 12, 29));

        timeIs(LocalDateTime.of(2026, 12, 29, 23, 59));
        assertThat(state("F-1")).isEqualTo(NOT_PROCESSED);

        timeIs(LocalDateTime.of(2026, 12, 30, 0, 0));
        assertThat(state("F-1")).isEqualTo(CANCELLED_BY_PLATFORM);
        assertThatThrownBy(() -> gateway().validate("F-1", "late")).isInstanceOf(FunderRefusedException.class);
        assertThat(received()).last().satisfies(event -> {
            assertThat(event.state()).isEqualTo(CANCELLED_BY_PLATFORM);
            assertThat(event.occurredAt()).isEqualTo(LocalDateTime.of(2026, 12, 30, 0, 0).atZone(PARIS).toInstant());
        });
    }

    @Test
    void aRequestMadeOnFridayIsAnsweredByTuesday() {
        timeIs(LocalDateTime.of(2026, 12, 11, 17, 0));
        holderRequests("F-1", "s", PRICE);

        timeIs(LocalDateTime.of(2026, 12, 15, 18, 0));
        assertThat(gateway().validate("F-1", "k").state()).isEqualTo(WAITING_FOR_ACCEPTANCE);
    }

    @Test
    void aCommandAfterTheDeadlineSeesTheCancellationEvenWithoutARead() {
        holderRequests("F-1", "s", PRICE);
        timeIs(START.plusDays(3));

        assertThatThrownBy(() -> gateway().refuse("F-1", "k")).isInstanceOf(FunderRefusedException.class);
        assertThat(state("F-1")).isEqualTo(CANCELLED_BY_PLATFORM);
    }

    @Test
    void aProposalNotAcceptedByTheEndOfTheFourthWorkingDayIsCancelled() {
        holderRequests("F-1", "s", PRICE);
        gateway().validate("F-1", "k");

        timeIs(LocalDateTime.of(2026, 12, 11, 23, 59));
        assertThat(state("F-1")).isEqualTo(WAITING_FOR_ACCEPTANCE);
        timeIs(LocalDateTime.of(2026, 12, 12, 0, 0));
        assertThat(state("F-1")).isEqualTo(CANCELLED_BY_PLATFORM);
    }

    @Test
    void theOrganisationMayRefuseARequest() {
        holderRequests("F-1", "s", PRICE);

        assertThat(gateway().refuse("F-1", "k").state()).isEqualTo(REFUSED_BY_ORGANISATION);
        assertThat(gateway().folder("F-1").orElseThrow().deadline()).isNull();
    }

    @Test
    void theHolderMayRefuseTheProposal() {
        holderRequests("F-1", "s", PRICE);
        gateway().validate("F-1", "k");

        holderRefuses("F-1");
        assertThat(state("F-1")).isEqualTo(REFUSED_BY_HOLDER);
    }

    @Test
    void theHolderMayCancelTheRequestOrTheAcceptedFolderBeforeEntry() {
        holderRequests("F-1", "s", PRICE);
        holderCancels("F-1");
        assertThat(state("F-1")).isEqualTo(CANCELLED_BY_HOLDER);

        accepted("F-2");
        holderCancels("F-2");
        assertThat(state("F-2")).isEqualTo(CANCELLED_BY_HOLDER);
    }

    @Test
    void theOrganisationMayCancelBeforeEntryButNotAfter() {
        accepted("F-1");
        assertThat(gateway().cancel("F-1", "k").state()).isEqualTo(CANCELLED_BY_ORGANISATION);

        accepted("F-2");
        timeIs(LocalDateTime.of(2026, 12, 23, 9, 0));
        gateway().declareEntry("F-2", LocalDate.of(2026, 12, 23), "entry");
        assertThatThrownBy(() -> gateway().cancel("F-2", "k2")).isInstanceOf(FunderRefusedException.class);
        assertThatThrownBy(() -> holderCancels("F-2")).isInstanceOf(FunderRefusedException.class);
    }

    @Test
    void entryIsRefusedBeforeTheElevenWorkingDaysAndInTheFuture() {
        TrainingAccountFolder folder = accepted("F-1");
        assertThat(folder.earliestEntry()).isEqualTo(LocalDate.of(2026, 12, 22));

        timeIs(LocalDateTime.of(2026, 12, 22, 9, 0));
        assertThatThrownBy(() -> gateway().declareEntry("F-1", LocalDate.of(2026, 12, 21), "a"))
                .isInstanceOf(FunderRefusedException.class);
        assertThatThrownBy(() -> gateway().declareEntry("F-1", LocalDate.of(2026, 12, 23), "b"))
                .isInstanceOf(FunderRefusedException.class);
        assertThat(gateway().declareEntry("F-1", LocalDate.of(2026, 12, 22), "c").state()).isEqualTo(IN_TRAINING);
    }

    @Test
    void theDeclaredDaysAreOnTheFolderAndAnExitBeforeTheEntryIsRefused() {
        accepted("F-1");
        timeIs(LocalDateTime.of(2027, 1, 8, 9, 0));
        TrainingAccountFolder entered = gateway().declareEntry("F-1", LocalDate.of(2027, 1, 4), "a");
        assertThat(entered.enteredOn()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(entered.exitedOn()).isNull();

        assertThatThrownBy(() -> gateway().declareExit("F-1", LocalDate.of(2027, 1, 3), "b"))
                .isInstanceOf(FunderRefusedException.class);
        assertThat(state("F-1")).isEqualTo(IN_TRAINING);

        TrainingAccountFolder exited = gateway().declareExit("F-1", LocalDate.of(2027, 1, 4), "c");
        assertThat(exited.state()).isEqualTo(TERMINATED);
        assertThat(gateway().folder("F-1").orElseThrow()).satisfies(folder -> {
            assertThat(folder.enteredOn()).isEqualTo(LocalDate.of(2027, 1, 4));
            assertThat(folder.exitedOn()).isEqualTo(LocalDate.of(2027, 1, 4));
        });
    }

    @Test
    void commandsOutOfTheLifeCycleAreRefusedAndChangeNothing() {
        holderRequests("F-1", "s", PRICE);

        assertThatThrownBy(() -> gateway().declareEntry("F-1", LocalDate.of(2026, 12, 7), "a"))
                .isInstanceOf(FunderRefusedException.class);
        assertThatThrownBy(() -> gateway().declareExit("F-1", LocalDate.of(2026, 12, 7), "b"))
                .isInstanceOf(FunderRefusedException.class);
        assertThatThrownBy(() -> gateway().declareServiceDone("F-1", "c")).isInstanceOf(FunderRefusedException.class);
        assertThatThrownBy(() -> gateway().cancel("F-1", "d")).isInstanceOf(FunderRefusedException.class);
        assertThatThrownBy(() -> holderAccepts("F-1")).isInstanceOf(FunderRefusedException.class);
        assertThatThrownBy(() -> platformValidatesServiceDone("F-1")).isInstanceOf(FunderRefusedException.class);
        gateway().validate("F-1", "e");
        assertThatThrownBy(() -> gateway().validate("F-1", "f")).isInstanceOf(FunderRefusedException.class);
        assertThatThrownBy(() -> gateway().refuse("F-1", "g")).isInstanceOf(FunderRefusedException.class);

        assertThat(state("F-1")).isEqualTo(WAITING_FOR_ACCEPTANCE);
        assertThat(received()).hasSize(3);
    }

    @Test
    void anUnknownFolderIsAbsentAndItsCommandsRefused() {
        assertThat(gateway().folder("nope")).isEmpty();
        assertThatThrownBy(() -> gateway().validate("nope", "k")).isInstanceOf(FunderRefusedException.class);
    }

    @Test
    void theSameIdempotencyKeyAnswersTheFirstResultAndNotifiesOnce() {
        holderRequests("F-1", "s", PRICE);

        TrainingAccountFolder first = gateway().validate("F-1", "same");
        TrainingAccountFolder again = gateway().validate("F-1", "same");

        assertThat(again).isEqualTo(first);
        assertThat(received()).hasSize(3);
        assertThatThrownBy(() -> gateway().refuse("F-1", "same")).isInstanceOf(FunderRefusedException.class);
        assertThatThrownBy(() -> gateway().refuse("F-1", " ")).isInstanceOf(FunderRefusedException.class);
    }

    @Test
    void aFoldersPriceIsInEuros() {
        assertThatThrownBy(() -> holderRequests("F-1", "s", new Money(149_000, java.util.Currency.getInstance("USD"))))
                .isInstanceOf(FunderRefusedException.class);
        assertThat(gateway().folder("F-1")).isEmpty();
    }
}
