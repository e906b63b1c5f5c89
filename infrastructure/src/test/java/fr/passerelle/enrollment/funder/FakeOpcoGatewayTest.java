package fr.passerelle.enrollment.funder;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.enrollment.port.in.FundingStatusChanged;
import fr.passerelle.enrollment.port.out.OpcoGateway;
import fr.passerelle.enrollment.port.out.OpcoRequestFiling;
import fr.passerelle.shared.model.Money;
import fr.passerelle.testing.MutableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FakeOpcoGatewayTest extends OpcoGatewayContract {

    private final MutableClock clock = new MutableClock(START.atZone(PARIS).toInstant());
    private final List<FundingStatusChanged> received = new ArrayList<>();
    private final FakeOpcoGateway fake = new FakeOpcoGateway(clock, received::add);

    @Override
    protected OpcoGateway gateway() {
        return fake;
    }

    @Override
    protected void timeIs(LocalDateTime parisTime) {
        clock.advance(Duration.between(clock.instant(), parisTime.atZone(PARIS).toInstant()));
    }

    @Override
    protected void capFor(String employerSiret, Money cap) {
        fake.capFor(employerSiret, cap);
    }

    @Override
    protected void refuseFor(String employerSiret) {
        fake.refuseFor(employerSiret);
    }

    @Override
    protected List<FundingStatusChanged> received() {
        return received;
    }

    @Test
    void stepsSkippedOverByTimeAreEachNotifiedOnTheirOwnDay() {
        fake.submit(new OpcoRequestFiling(GARAGE, "s", true, 1, Money.euros(500)), "k");

        timeIs(START.plusDays(30));
        fake.applySteps();
        fake.redeliverNotifications();

        assertThat(received.subList(0, 3)).extracting(event -> event.occurredAt().atZone(PARIS).toLocalDate())
                .containsExactly(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 14));
        assertThat(received.subList(3, 6)).isEqualTo(received.subList(0, 3));
        assertThat(fake.notifications()).hasSize(3);
    }
}
