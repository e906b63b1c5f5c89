package fr.passerelle.enrollment.service;

import fr.passerelle.catalog.port.out.Sessions;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.PaymentInstalment;
import fr.passerelle.enrollment.port.out.FundingProgress;
import fr.passerelle.enrollment.port.out.PaymentProgress;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.model.PlatformCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The payment gate: settled for the training's start when every instalment due on or before the session's first day
 * is paid (or written off) — true when nothing is due before it, and for a plan the funders pay entirely (no charge).
 * A payer's part with no charge on the ledger is not settled: the charges are written by another subscriber of the
 * signature, and a learner who owes money is not confirmed because it failed or lags (the mismatch is logged).
 */
public class PaymentGate implements PaymentProgress {

    private static final System.Logger LOG = System.getLogger(PaymentGate.class.getName());

    private final Sessions sessions;
    private final PaymentLedger ledger;
    private final FundingProgress funding;
    private final Clock clock;

    public PaymentGate(Sessions sessions, PaymentLedger ledger, FundingProgress funding, Clock clock) {
        this.sessions = sessions;
        this.ledger = ledger;
        this.funding = funding;
        this.clock = clock;
    }

    @Override
    public boolean settledForStart(Enrollment enrollment) {
        LocalDate start = sessions.findById(enrollment.sessionId()).map(s -> s.details().dates().start())
                .orElse(LocalDate.MAX);
        List<PaymentInstalment> instalments = ledger.of(enrollment.id()).instalments(PlatformCalendar.today(clock));
        if (instalments.isEmpty()) {
            Money part = funding.of(enrollment).learnerPart();
            if (part != null && part.isPositive()) {
                LOG.log(System.Logger.Level.WARNING, "enrollment {0}: the payer owes a part and nothing is charged",
                        enrollment.id());
                return false;
            }
            return true;
        }
        return instalments.stream().filter(i -> !i.dueOn().isAfter(start)).allMatch(PaymentInstalment::settled);
    }
}
