package fr.passerelle.wiring;

import fr.passerelle.agreement.port.out.Agreements;
import fr.passerelle.agreement.port.out.DocumentArchive;
import fr.passerelle.agreement.port.out.IssuedDocuments;
import fr.passerelle.agreement.port.out.SignedOriginals;
import fr.passerelle.agreement.service.SignedOriginalService;
import fr.passerelle.privacy.port.out.RestrictedRecords;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The signed originals and their public verification (an event subscriber too: it issues on the last signature). */
@Configuration(proxyBeanMethods = false)
class SignedOriginalConfiguration {

    @Bean
    SignedOriginalService signedOriginalService(Agreements agreements, DocumentArchive archive,
                                                SignedOriginals originals, IssuedDocuments issued,
                                                RestrictedRecords restrictions, Clock clock) {
        return new SignedOriginalService(agreements, archive, originals, issued, restrictions, clock);
    }
}
