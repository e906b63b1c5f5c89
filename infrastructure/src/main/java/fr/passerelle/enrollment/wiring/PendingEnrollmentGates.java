package fr.passerelle.enrollment.wiring;

import fr.passerelle.enrollment.port.out.ContractProgress;
import fr.passerelle.enrollment.port.out.DossierProgress;
import fr.passerelle.enrollment.port.out.PaymentProgress;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Placeholder until the dossier, contract and payments parts land; the integrator deletes this file.
 * Each gate answers conservatively (dossier not complete, no contract, payment not settled), so
 * an enrollment never advances on a gate nobody implements.
 */
@Configuration(proxyBeanMethods = false)
class PendingEnrollmentGates {

    @Bean
    DossierProgress pendingDossierProgress() {
        return enrollment -> false;
    }

    @Bean
    ContractProgress pendingContractProgress() {
        return enrollment -> Optional.empty();
    }

    @Bean
    PaymentProgress pendingPaymentProgress() {
        return enrollment -> false;
    }
}
