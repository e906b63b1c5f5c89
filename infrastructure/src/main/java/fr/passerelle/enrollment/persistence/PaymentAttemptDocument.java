package fr.passerelle.enrollment.persistence;

import fr.passerelle.enrollment.model.LedgerMethod;
import fr.passerelle.enrollment.model.PaymentAttempt;
import fr.passerelle.shared.persistence.MoneyDocument;
import java.time.Instant;

record PaymentAttemptDocument(String providerId, int instalment, LedgerMethod method, boolean mandate,
                              MoneyDocument amount, PaymentAttempt.State state, Instant startedAt) {
}
