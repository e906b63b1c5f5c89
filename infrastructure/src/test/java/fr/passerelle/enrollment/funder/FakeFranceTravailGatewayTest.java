package fr.passerelle.enrollment.funder;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.enrollment.port.in.FundingStatusChanged;
import fr.passerelle.enrollment.port.out.FranceTravailGateway;
import fr.passerelle.enrollment.port.out.FranceTravailScheme;
import fr.passerelle.enrollment.port.out.QuoteFiling;
import fr.passerelle.shared.model.Money;
import fr.passerelle.testing.MutableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FakeFranceTravailGatewayTest extends FranceTravailGatewayContract {

    private final MutableClock clock = new MutableClock(START.atZone(PARIS).toInstant());
    private final List<FundingStatusChanged> received = new ArrayList<>();
    private final FakeFranceTravailGateway fake = new FakeFranceTravailGateway(clock, received::add);

    @Override
    protected FranceTravailGateway gateway() {
        return fake;
    }

    @Override
    protected void timeIs(LocalDateTime parisTime) {
        clock.advance(Duration.between(clock.instant(), parisTime.atZone(PARIS).toInstant()));
    }

    @Override
    protected void advisorRefuses(String jobSeekerId) {
        fake.advisorRefuses(jobSeekerId);
    }

    @Override
    protected List<FundingStatusChanged> received() {
        return received;
    }

    @Test
    void answersAreSentOnceAndRedeliveredWithTheSameIds() {
        fake.fileQuote(new QuoteFiling(FranceTravailScheme.AIF, "FT-1", "s", Money.euros(1), Money.euros(2),
                Money.euros(0), 1, LocalDate.of(2027, 3, 1)), "k");
        timeIs(START.plusDays(20));
        fake.applyAnswers();
        fake.applyAnswers();
        List<FundingStatusChanged> sent = List.copyOf(received);

        fake.redeliverNotifications();

        assertThat(sent).hasSize(2);
        assertThat(received.subList(2, 4)).isEqualTo(sent);
        assertThat(fake.notifications()).isEqualTo(sent);
    }
}
