package fr.passerelle.enrollment.service;

import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.GateReadings;
import fr.passerelle.enrollment.port.out.ContractProgress;
import fr.passerelle.enrollment.port.out.DossierProgress;
import fr.passerelle.enrollment.port.out.FundingProgress;
import fr.passerelle.enrollment.port.out.PaymentProgress;
import java.time.LocalDate;
import java.util.Optional;

/** The four gates the other parts of the enrollment implement, read together into one snapshot. */
public record EnrollmentGates(DossierProgress dossier, FundingProgress funding, ContractProgress contract,
                              PaymentProgress payment) {

    public GateReadings read(Enrollment enrollment, LocalDate today) {
        FundingProgress.FundingStatus funds = funding.of(enrollment);
        Optional<ContractProgress.ContractStatus> signing = contract.of(enrollment);
        return new GateReadings(dossier.complete(enrollment), funds.planned(), funds.requested(), funds.secured(),
                signing.map(ContractProgress.ContractStatus::sentAt).orElse(null),
                signing.map(ContractProgress.ContractStatus::signedAt).orElse(null),
                signing.map(ContractProgress.ContractStatus::withdrawalEndsOn).orElse(null),
                payment.settledForStart(enrollment), today);
    }
}
