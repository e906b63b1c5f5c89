package fr.passerelle.enrollment.model;

import fr.passerelle.enrollment.port.out.TrainingAccountGateway;
import fr.passerelle.shared.model.WorkingDays;
import java.time.LocalDate;
import java.util.Set;

/**
 * The last day a signed training contract may still be withdrawn from, by who is its other party and how it is
 * funded:
 * <ul>
 *   <li>a person paying part of it ({@link ContractKind#INDIVIDUAL}): 14 calendar days after the signature. The Code
 *       du travail gives 10 days (art. L6353-5); a contract concluded at a distance gives 14 (Code de la consommation
 *       art. L221-18), the longer, which the platform applies to every individual contract; a period whose last
 *       day is a Saturday, a Sunday or a public holiday runs to the next working day (art. L221-19);</li>
 *   <li>a training-account line in the funding: the account's own 11 working days
 *       ({@link TrainingAccountGateway#WORKING_DAYS_BEFORE_ENTRY}), or the individual's 14 days when they end
 *       later;</li>
 *   <li>a company as the other party ({@link ContractKind#COMPANY}) and no training account: none (professionals
 *       have no withdrawal right): {@code null}, so the enrollment is confirmed at signature and no withdrawal is
 *       possible.</li>
 * </ul>
 */
public final class WithdrawalPeriod {

    /** Calendar days of an individual's withdrawal period. */
    public static final int INDIVIDUAL_DAYS = 14;

    private WithdrawalPeriod() {
    }

    /** The last day of the withdrawal period; null when the contract grants no withdrawal right. */
    public static LocalDate endsOn(ContractKind kind, Set<FundingSource> sources, LocalDate signedOn) {
        LocalDate end = kind == ContractKind.INDIVIDUAL ? onWorkingDay(signedOn.plusDays(INDIVIDUAL_DAYS)) : null;
        if (sources.contains(FundingSource.TRAINING_ACCOUNT)) {
            LocalDate account = WorkingDays.after(signedOn, TrainingAccountGateway.WORKING_DAYS_BEFORE_ENTRY);
            return end == null || account.isAfter(end) ? account : end;
        }
        return end;
    }

    /** The day itself when it is a working day, else the next one (L221-19). */
    private static LocalDate onWorkingDay(LocalDate day) {
        return WorkingDays.isWorkingDay(day) ? day : WorkingDays.after(day, 1);
    }
}
