package fr.passerelle.enrollment.funder;

import static fr.passerelle.enrollment.port.out.OpcoRequestState.AGREED;
import static fr.passerelle.enrollment.port.out.OpcoRequestState.ATTENDANCE_PROVED;
import static fr.passerelle.enrollment.port.out.OpcoRequestState.PAID;
import static fr.passerelle.enrollment.port.out.OpcoRequestState.REFUSED;
import static fr.passerelle.enrollment.port.out.OpcoRequestState.SUBMITTED;
import static fr.passerelle.enrollment.port.out.OpcoRequestState.UNDER_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.enrollment.port.in.FundingStatusChanged;
import fr.passerelle.enrollment.port.out.FunderRefusedException;
import fr.passerelle.enrollment.port.out.OpcoFundingRequest;
import fr.passerelle.enrollment.port.out.OpcoGateway;
import fr.passerelle.enrollment.port.out.OpcoRequestFiling;
import fr.passerelle.shared.model.Money;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link OpcoGateway} must do, the fake and an OPCO portal's adapter alike. */
abstract class OpcoGatewayContract {

    protected static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    protected static final LocalDateTime START = LocalDateTime.of(2026, 12, 7, 10, 0);
    protected static final String GARAGE = "73282932000074";

    protected abstract OpcoGateway gateway();

    protected abstract void timeIs(LocalDateTime parisTime);

    /** The OPCO will agree at most {@code cap} for this employer. */
    protected abstract void capFor(String employerSiret, Money cap);

    /** The OPCO will refuse this employer's requests. */
    protected abstract void refuseFor(String employerSiret);

    protected abstract List<FundingStatusChanged> received();

    private OpcoFundingRequest submitted() {
        return gateway().submit(new OpcoRequestFiling(GARAGE, "session-1", false, 8, Money.euros(1_490)), "k");
    }

    private OpcoFundingRequest stateOn(String number, LocalDateTime parisTime) {
        timeIs(parisTime);
        return gateway().request(number).orElseThrow();
    }

    @Test
    void aRequestIsReviewedThenAgreedThenPaidOnProofOfAttendance() {
        OpcoFundingRequest request = submitted();
        assertThat(request.state()).isEqualTo(SUBMITTED);
        assertThat(request.nextStepBy()).isEqualTo(LocalDate.of(2026, 12, 8));

        assertThat(stateOn(request.number(), LocalDateTime.of(2026, 12, 8, 0, 0)).state()).isEqualTo(UNDER_REVIEW);
        assertThat(stateOn(request.number(), LocalDateTime.of(2026, 12, 13, 23, 59)).state()).isEqualTo(UNDER_REVIEW);
        OpcoFundingRequest agreed = stateOn(request.number(), LocalDateTime.of(2026, 12, 14, 0, 0));
        assertThat(agreed.state()).isEqualTo(AGREED);
        assertThat(agreed.agreed()).isEqualTo(Money.euros(1_490));

        timeIs(LocalDateTime.of(2027, 2, 1, 9, 0));
        OpcoFundingRequest proved = gateway().proveAttendance(request.number(), "proof");
        assertThat(proved.state()).isEqualTo(ATTENDANCE_PROVED);
        assertThat(proved.nextStepBy()).isEqualTo(LocalDate.of(2027, 2, 15));
        assertThat(stateOn(request.number(), LocalDateTime.of(2027, 2, 15, 0, 0)).state()).isEqualTo(PAID);

        assertThat(received()).extracting(FundingStatusChanged::state)
                .containsExactly(SUBMITTED, UNDER_REVIEW, AGREED, ATTENDANCE_PROVED, PAID);
    }

    @Test
    void theAgreedAmountMayBeLessThanAsked() {
        capFor(GARAGE, Money.euros(1_000));
        OpcoFundingRequest request = submitted();

        OpcoFundingRequest agreed = stateOn(request.number(), START.plusDays(10));
        assertThat(agreed.state()).isEqualTo(AGREED);
        assertThat(agreed.agreed()).isEqualTo(Money.euros(1_000));
        assertThat(agreed.asked()).isEqualTo(Money.euros(1_490));
    }

    @Test
    void aRefusedRequestCannotBePaid() {
        refuseFor(GARAGE);
        OpcoFundingRequest request = submitted();

        OpcoFundingRequest refused = stateOn(request.number(), START.plusDays(10));
        assertThat(refused.state()).isEqualTo(REFUSED);
        assertThat(refused.agreed()).isNull();
        assertThat(refused.nextStepBy()).isNull();
        assertThatThrownBy(() -> gateway().proveAttendance(request.number(), "proof"))
                .isInstanceOf(FunderRefusedException.class);
    }

    @Test
    void nothingAgreedIsARefusal() {
        capFor(GARAGE, Money.euros(0));
        OpcoFundingRequest request = submitted();

        OpcoFundingRequest refused = stateOn(request.number(), START.plusDays(10));
        assertThat(refused.state()).isEqualTo(REFUSED);
        assertThat(refused.agreed()).isNull();
        assertThat(received()).extracting(FundingStatusChanged::state).containsExactly(SUBMITTED, UNDER_REVIEW,
                REFUSED);
    }

    @Test
    void attendanceIsProvedOnlyOnceAgreed() {
        OpcoFundingRequest request = submitted();

        assertThatThrownBy(() -> gateway().proveAttendance(request.number(), "a"))
                .isInstanceOf(FunderRefusedException.class);
        assertThatThrownBy(() -> gateway().proveAttendance("unknown", "b")).isInstanceOf(FunderRefusedException.class);
        assertThat(gateway().request("unknown")).isEmpty();
    }

    @Test
    void aRequestWithoutAmountOrTraineeCannotBeSubmitted() {
        assertThatThrownBy(() -> gateway().submit(new OpcoRequestFiling(GARAGE, "s", false, 8, Money.euros(0)), "a"))
                .isInstanceOf(FunderRefusedException.class);
        assertThatThrownBy(() -> gateway().submit(new OpcoRequestFiling(GARAGE, "s", true, 0, Money.euros(10)), "b"))
                .isInstanceOf(FunderRefusedException.class);
    }

    @Test
    void theSameKeySubmitsOnceAndProvesOnce() {
        OpcoFundingRequest first = submitted();
        assertThat(submitted()).isEqualTo(first);

        timeIs(START.plusDays(10));
        OpcoFundingRequest proved = gateway().proveAttendance(first.number(), "proof");
        assertThat(gateway().proveAttendance(first.number(), "proof")).isEqualTo(proved);
        assertThat(received()).hasSize(4);
    }

    @Test
    void aRequestIsInEuros() {
        assertThatThrownBy(() -> gateway().submit(new OpcoRequestFiling(GARAGE, "s", false, 8,
                new Money(149_000, java.util.Currency.getInstance("USD"))), "a")).isInstanceOf(FunderRefusedException.class);
        assertThat(received()).isEmpty();
    }
}
