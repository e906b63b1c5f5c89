package fr.passerelle;

import fr.passerelle.agreement.port.out.AgreementDocuments;
import fr.passerelle.testing.FixedAgreementDocuments;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The infrastructure module as an application, for its own tests: scans {@code fr.passerelle} (adapters, Mongo
 * connection and indexes, use-case wiring) and lets Boot's Mongo auto-configuration connect. No web layer here.
 */
@SpringBootApplication
public class PersistenceTestApplication {

    /**
     * The agreement use cases need a document renderer; the PDF one is an adapter of its own. A scanned renderer
     * is registered before this method is considered, so this stand-in steps aside when there is one.
     */
    @Bean
    @ConditionalOnMissingBean(AgreementDocuments.class)
    AgreementDocuments fixedAgreementDocuments() {
        return new FixedAgreementDocuments();
    }
}
