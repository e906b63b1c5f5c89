package fr.passerelle.enrollment.funder;

import static fr.passerelle.enrollment.port.out.FranceTravailScheme.AIF;
import static fr.passerelle.enrollment.port.out.FranceTravailScheme.POEC;
import static fr.passerelle.enrollment.port.out.FranceTravailScheme.POEI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.enrollment.port.in.FundingStatusChanged;
import fr.passerelle.enrollment.port.out.FranceTravailGateway;
import fr.passerelle.enrollment.port.out.FranceTravailQuote;
import fr.passerelle.enrollment.port.out.FranceTravailScheme;
import fr.passerelle.enrollment.port.out.FunderRefusedException;
import fr.passerelle.enrollment.port.out.QuoteFiling;
import fr.passerelle.enrollment.port.out.QuoteRefusal;
import fr.passerelle.enrollment.port.out.QuoteState;
import fr.passerelle.shared.model.Money;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What every {@link FranceTravailGateway} must do, the fake and a real adapter alike (against France Travail's test
 * environment, telling it how to let time pass and how to have an advisor refuse).
 */
abstract class FranceTravailGatewayContract {

    protected static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    protected static final LocalDateTime START = LocalDateTime.of(2026, 12, 7, 10, 0);
    private static final LocalDate TRAINING = LocalDate.of(2027, 1, 11);

    protected abstract FranceTravailGateway gateway();

    protected abstract void timeIs(LocalDateTime parisTime);

    protected abstract void advisorRefuses(String jobSeekerId);

    protected abstract List<FundingStatusChanged> received();

    private static QuoteFiling filing(FranceTravailScheme scheme, long amount, long other, int hours) {
        return new QuoteFiling(scheme, "FT-123", "session-1", Money.euros(amount), Money.euros(1_490),
                Money.euros(other), hours, TRAINING);
    }

    private FranceTravailQuote answered(QuoteFiling filing) {
        FranceTravailQuote quote = gateway().fileQuote(filing, "k");
        timeIs(START.plusDays(10));
        return gateway().quote(quote.number()).orElseThrow();
    }

    @Test
    void aQuoteIsFiledThenAcceptedAboutTenDaysLater() {
        FranceTravailQuote filed = gateway().fileQuote(filing(AIF, 1_490, 0, 140), "k");
        assertThat(filed.state()).isEqualTo(QuoteState.FILED);
        assertThat(filed.answerBy()).isEqualTo(LocalDate.of(2026, 12, 17));

        timeIs(LocalDateTime.of(2026, 12, 16, 23, 59));
        assertThat(gateway().quote(filed.number()).orElseThrow().state()).isEqualTo(QuoteState.FILED);
        timeIs(LocalDateTime.of(2026, 12, 17, 0, 0));
        FranceTravailQuote accepted = gateway().quote(filed.number()).orElseThrow();

        assertThat(accepted.state()).isEqualTo(QuoteState.ACCEPTED);
        assertThat(accepted.refusal()).isNull();
        assertThat(accepted.amount()).isEqualTo(Money.euros(1_490));
        assertThat(received()).extracting(FundingStatusChanged::state).containsExactly(QuoteState.FILED,
                QuoteState.ACCEPTED);
    }

    @ParameterizedTest(name = "{0} {1} € with {2} € of other funding, {3} h: {4}")
    @CsvSource({
            "AIF, 490, 1000, 140, ACCEPTED, ",
            "AIF, 491, 1000, 140, REFUSED, OTHER_FUNDING_COVERS",
            "AIF, 1, 1490, 140, REFUSED, OTHER_FUNDING_COVERS",
            "POEI, 1490, 0, 400, ACCEPTED, ",
            "POEI, 1490, 0, 401, REFUSED, ABOVE_HOURS_CAP",
            "POEC, 1490, 0, 400, ACCEPTED, ",
            "POEC, 1490, 0, 401, REFUSED, ABOVE_HOURS_CAP",
            "AIF, 1490, 0, 600, ACCEPTED, "})
    void theAnswerFollowsTheSchemesRules(FranceTravailScheme scheme, long amount, long other, int hours,
                                         QuoteState state, QuoteRefusal refusal) {
        FranceTravailQuote quote = answered(filing(scheme, amount, other, hours));

        assertThat(quote.state()).isEqualTo(state);
        assertThat(quote.refusal()).isEqualTo(refusal);
    }

    @Test
    void anAdvisorsRefusalIsAnswered() {
        advisorRefuses("FT-123");

        assertThat(answered(filing(POEI, 1_490, 0, 100)).refusal()).isEqualTo(QuoteRefusal.ADVISOR_REFUSED);
    }

    @Test
    void aQuoteStillUnansweredWhenTheTrainingStartsExpires() {
        QuoteFiling soon = new QuoteFiling(AIF, "FT-123", "s", Money.euros(100), Money.euros(1_490), Money.euros(0),
                35, LocalDate.of(2026, 12, 14));
        FranceTravailQuote quote = gateway().fileQuote(soon, "k");

        timeIs(LocalDateTime.of(2026, 12, 13, 23, 59));
        assertThat(gateway().quote(quote.number()).orElseThrow().state()).isEqualTo(QuoteState.FILED);
        timeIs(LocalDateTime.of(2026, 12, 20, 0, 0));
        assertThat(gateway().quote(quote.number()).orElseThrow().state()).isEqualTo(QuoteState.EXPIRED);
        assertThat(received()).last().satisfies(event -> assertThat(event.occurredAt())
                .isEqualTo(LocalDate.of(2026, 12, 14).atStartOfDay(PARIS).toInstant()));
    }

    @Test
    void aQuoteThatCannotBeFiledIsRefusedAtOnce() {
        assertThatThrownBy(() -> gateway().fileQuote(filing(AIF, 0, 0, 10), "a"))
                .isInstanceOf(FunderRefusedException.class);
        assertThatThrownBy(() -> gateway().fileQuote(filing(AIF, 1_491, 0, 10), "b"))
                .isInstanceOf(FunderRefusedException.class);
        assertThatThrownBy(() -> gateway().fileQuote(filing(AIF, 100, 0, 0), "c"))
                .isInstanceOf(FunderRefusedException.class);
        assertThatThrownBy(() -> gateway().fileQuote(new QuoteFiling(AIF, "FT-1", "s", Money.euros(1),
                Money.euros(2), Money.euros(0), 1, LocalDate.of(2026, 12, 7)), "d"))
                .isInstanceOf(FunderRefusedException.class);
        assertThat(received()).isEmpty();
    }

    @Test
    void theSameKeyFilesOnceAndAnotherQuoteUnderItIsRefused() {
        FranceTravailQuote first = gateway().fileQuote(filing(AIF, 100, 0, 10), "same");

        assertThat(gateway().fileQuote(filing(AIF, 100, 0, 10), "same")).isEqualTo(first);
        assertThat(received()).hasSize(1);
        assertThatThrownBy(() -> gateway().fileQuote(filing(AIF, 200, 0, 10), "same"))
                .isInstanceOf(FunderRefusedException.class);
        assertThat(gateway().quote("unknown")).isEmpty();
    }

    @Test
    void aQuoteIsInEuros() {
        Money dollars = new Money(149_000, java.util.Currency.getInstance("USD"));

        assertThatThrownBy(() -> gateway().fileQuote(new QuoteFiling(AIF, "FT-1", "s", dollars, Money.euros(1_490),
                Money.euros(0), 10, TRAINING), "a")).isInstanceOf(FunderRefusedException.class);
        assertThatThrownBy(() -> gateway().fileQuote(new QuoteFiling(AIF, "FT-1", "s", Money.euros(100), dollars,
                Money.euros(0), 10, TRAINING), "b")).isInstanceOf(FunderRefusedException.class);
        assertThatThrownBy(() -> gateway().fileQuote(new QuoteFiling(AIF, "FT-1", "s", Money.euros(100),
                Money.euros(1_490), dollars, 10, TRAINING), "c")).isInstanceOf(FunderRefusedException.class);
        assertThat(received()).isEmpty();
    }
}
