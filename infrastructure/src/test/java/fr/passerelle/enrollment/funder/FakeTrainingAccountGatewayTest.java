package fr.passerelle.enrollment.funder;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.enrollment.port.in.FundingStatusChanged;
import fr.passerelle.enrollment.port.out.FolderState;
import fr.passerelle.enrollment.port.out.TrainingAccountFolder;
import fr.passerelle.enrollment.port.out.TrainingAccountGateway;
import fr.passerelle.shared.model.Money;
import fr.passerelle.testing.MutableClock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fake passes the contract a real EDOF adapter must pass, and replays its notifications with the same ids. */
class FakeTrainingAccountGatewayTest extends TrainingAccountGatewayContract {

    private final MutableClock clock = new MutableClock(START.atZone(PARIS).toInstant());
    private final List<FundingStatusChanged> received = new ArrayList<>();
    private final FakeTrainingAccountGateway fake = new FakeTrainingAccountGateway(clock, received::add);

    @Override
    protected TrainingAccountGateway gateway() {
        return fake;
    }

    @Override
    protected void timeIs(LocalDateTime parisTime) {
        clock.advance(Duration.between(clock.instant(), parisTime.atZone(PARIS).toInstant()));
    }

    @Override
    protected TrainingAccountFolder holderRequests(String number, String session, Money price) {
        return fake.holderRequests(number, session, price);
    }

    @Override
    protected void holderAccepts(String number) {
        fake.holderAccepts(number);
    }

    @Override
    protected void holderRefuses(String number) {
        fake.holderRefuses(number);
    }

    @Override
    protected void holderCancels(String number) {
        fake.holderCancels(number);
    }

    @Override
    protected void platformValidatesServiceDone(String number) {
        fake.platformValidatesServiceDone(number);
    }

    @Override
    protected List<FundingStatusChanged> received() {
        return received;
    }

    @Test
    void aRedeliveredNotificationCarriesTheSameIdSoTheListenerCanIgnoreIt() {
        fake.holderRequests("F-1", "s", Money.euros(890));
        fake.validate("F-1", "k");
        List<FundingStatusChanged> first = List.copyOf(received);

        fake.redeliverNotifications();

        assertThat(received.subList(first.size(), received.size())).isEqualTo(first);
        assertThat(first).extracting(FundingStatusChanged::eventId).doesNotHaveDuplicates();
        assertThat(fake.notifications()).isEqualTo(first);
    }

    @Test
    void deadlinesAlsoPassWhenSweptWithoutAnyRequest() {
        fake.holderRequests("F-1", "s", Money.euros(890));
        timeIs(START.plusDays(7));

        fake.applyDeadlines();

        assertThat(received).hasSize(2);
    }

    @Test
    void aListenerThatFailsDoesNotUndoTheChangeAndGetsItAgainOnRedelivery() {
        List<FundingStatusChanged> acknowledged = new ArrayList<>();
        boolean[] down = {true};
        FakeTrainingAccountGateway platform = new FakeTrainingAccountGateway(clock, event -> {
            if (down[0]) {
                throw new IllegalStateException("listener down");
            }
            acknowledged.add(event);
        });
        platform.holderRequests("F-1", "s", Money.euros(890));

        assertThat(platform.validate("F-1", "k").state()).isEqualTo(FolderState.WAITING_FOR_ACCEPTANCE);
        down[0] = false;
        platform.redeliverNotifications();

        assertThat(acknowledged).extracting(FundingStatusChanged::state).containsExactly(FolderState.NOT_PROCESSED,
                FolderState.VALIDATED, FolderState.WAITING_FOR_ACCEPTANCE);
    }
}
