package fr.passerelle.enrollment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.shared.model.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private final List<LedgerEntry> entries = new ArrayList<>();

    private void add(LedgerKind kind, long cents, Integer instalment, LocalDate dueOn) {
        LedgerMethod method = kind == LedgerKind.CHARGE || kind == LedgerKind.WRITE_OFF ? null : LedgerMethod.CARD;
        entries.add(new LedgerEntry("e" + entries.size(), "s1", "en1", kind, Money.cents(cents), method,
                "ref" + entries.size(), instalment, dueOn, Instant.parse("2026-01-01T00:00:00Z")
                .plusSeconds(entries.size()), null, 0));
    }

    private Ledger ledger() {
        return new Ledger(entries);
    }

    @Test
    void balanceIsChargesLessPaymentsPlusRefundsLessWriteOffs() {
        add(LedgerKind.CHARGE, 30_000, 1, LocalDate.of(2026, 2, 1));
        add(LedgerKind.CHARGE, 70_000, 2, LocalDate.of(2026, 3, 1));
        add(LedgerKind.PAYMENT, 30_000, 1, null);
        add(LedgerKind.REFUND, 5_000, 1, null);
        add(LedgerKind.WRITE_OFF, 20_000, 2, null);
        add(LedgerKind.FUNDER_PAYMENT, 99_900, null, null);

        assertThat(ledger().balance()).isEqualTo(Money.cents(100_000 - 30_000 + 5_000 - 20_000));
        assertThat(ledger().fundersPaid()).isEqualTo(Money.cents(99_900));
        assertThat(ledger().netPaid()).isEqualTo(Money.cents(25_000));
    }

    @Test
    void anEmptyLedgerOwesNothing() {
        assertThat(ledger().balance()).isEqualTo(Money.euros(0));
        assertThat(ledger().instalments(TODAY)).isEmpty();
    }

    @Test
    void instalmentsStateFollowsTheirPaymentsAndDates() {
        add(LedgerKind.CHARGE, 10_000, 1, LocalDate.of(2026, 2, 1));
        add(LedgerKind.CHARGE, 10_000, 2, LocalDate.of(2026, 3, 1));
        add(LedgerKind.CHARGE, 10_000, 3, TODAY);
        add(LedgerKind.CHARGE, 10_000, 4, LocalDate.of(2026, 4, 1));
        add(LedgerKind.CHARGE, 10_000, 5, LocalDate.of(2026, 5, 1));
        add(LedgerKind.PAYMENT, 10_000, 1, null);
        add(LedgerKind.PAYMENT, 4_000, 2, null);
        add(LedgerKind.PAYMENT, 4_000, 5, null);
        add(LedgerKind.WRITE_OFF, 6_000, 5, null);

        assertThat(ledger().instalments(TODAY)).extracting(PaymentInstalment::state).containsExactly(
                PaymentInstalmentState.PAID, PaymentInstalmentState.OVERDUE, PaymentInstalmentState.DUE,
                PaymentInstalmentState.UPCOMING, PaymentInstalmentState.WRITTEN_OFF);
        assertThat(ledger().instalment(2, TODAY).orElseThrow().outstanding()).isEqualTo(Money.cents(6_000));
        assertThat(ledger().next(TODAY).orElseThrow().number()).isEqualTo(2);
    }

    @Test
    void aPartialWriteOffLeavesTheRestOwed() {
        add(LedgerKind.CHARGE, 10_000, 1, LocalDate.of(2026, 2, 1));
        add(LedgerKind.WRITE_OFF, 4_000, 1, null);

        PaymentInstalment first = ledger().instalment(1, TODAY).orElseThrow();
        assertThat(first.state()).isEqualTo(PaymentInstalmentState.OVERDUE);
        assertThat(first.outstanding()).isEqualTo(Money.cents(6_000));
    }

    @Test
    void refundsAreCountedPerPayment() {
        add(LedgerKind.PAYMENT, 10_000, 1, null);
        LedgerEntry payment = entries.get(0);
        entries.add(new LedgerEntry("r", "s1", "en1", LedgerKind.REFUND, Money.cents(2_500), LedgerMethod.CARD,
                Ledger.refundPrefix(payment) + "RF1", 1, null, Instant.parse("2026-02-01T00:00:00Z"), null, 0));

        assertThat(ledger().refundedOf(payment)).isEqualTo(Money.cents(2_500));
    }

    @Test
    void anEntryMovesAPositiveAmountAndOnlyAChargeHasADueDate() {
        assertThatThrownBy(() -> add(LedgerKind.PAYMENT, 0, 1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> add(LedgerKind.PAYMENT, 100, 1, TODAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> add(LedgerKind.CHARGE, 100, 1, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
