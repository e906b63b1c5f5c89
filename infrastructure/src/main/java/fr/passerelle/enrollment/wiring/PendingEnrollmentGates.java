package fr.passerelle.enrollment.wiring;

import fr.passerelle.enrollment.port.out.ContractProgress;
import fr.passerelle.enrollment.port.out.DossierProgress;
import fr.passerelle.enrollment.port.out.FundingProgress;
import fr.passerelle.shared.model.Money;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Placeholder until the dossier, funding, contract and payments parts land; the integrator deletes this file.
 * Each gate answers conservatively (dossier not complete, funding not planned, no contract), so
 * an enrollment never advances on a gate nobody implements.
 */
@Configuration(proxyBeanMethods = false)
class PendingEnrollmentGates {

    @Bean
    DossierProgress pendingDossierProgress() {
        return enrollment -> false;
    }

    @Bean
    FundingProgress pendingFundingProgress() {
        return enrollment -> new FundingProgress.FundingStatus(false, false, false, false, Set.of(), false,
                Money.euros(0), null);
    }

    @Bean
    ContractProgress pendingContractProgress() {
        return enrollment -> Optional.empty();
    }
}
