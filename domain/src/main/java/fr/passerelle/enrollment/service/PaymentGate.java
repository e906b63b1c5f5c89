package fr.passerelle.enrollment.service;

import fr.passerelle.catalog.port.out.Sessions;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.port.out.PaymentProgress;
import fr.passerelle.shared.model.PlatformCalendar;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The payment gate: settled for the training's start when every instalment due on or before the session's first day
 * is paid (or written off) — true when nothing is due before it, and for a plan the funders pay entirely (no charge).
 */
public class PaymentGate implements PaymentProgress {

    private final Sessions sessions;
    private final PaymentLedger ledger;
    private final Clock clock;

    public PaymentGate(Sessions sessions, PaymentLedger ledger, Clock clock) {
        this.sessions = sessions;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public boolean settledForStart(Enrollment enrollment) {
        LocalDate start = sessions.findById(enrollment.sessionId()).map(s -> s.details().dates().start())
                .orElse(LocalDate.MAX);
        return ledger.of(enrollment.id()).instalments(PlatformCalendar.today(clock)).stream()
                .filter(i -> !i.dueOn().isAfter(start)).allMatch(i -> i.settled());
    }
}
