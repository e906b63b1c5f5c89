package fr.passerelle.wiring;

import fr.passerelle.company.port.out.Companies;
import fr.passerelle.partner.port.out.Organisations;
import fr.passerelle.partner.port.out.PartnerClients;
import fr.passerelle.partner.port.out.SecretSource;
import fr.passerelle.partner.service.PartnerClientService;
import fr.passerelle.school.model.PartnershipTier;
import fr.passerelle.school.model.School;
import fr.passerelle.school.port.out.Schools;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.port.IdGenerator;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Partner clients: their use cases, the organisations they act for, and where their secrets come from. */
@Configuration(proxyBeanMethods = false)
class PartnerClientConfiguration {

    @Bean
    PartnerClientService partnerClientService(PartnerClients clients, Organisations organisations,
                                              SecretSource secrets, IdGenerator ids, EventFactory events,
                                              Clock clock) {
        return new PartnerClientService(clients, organisations, secrets, ids, events, clock);
    }

    /** Schools by their partnership tier; companies have no partnership yet, so the first tier. */
    @Bean
    Organisations partnerOrganisations(Schools schools, Companies companies) {
        return organisation -> switch (organisation.type()) {
            case SCHOOL -> schools.findById(organisation.id()).map(School::tier);
            case COMPANY -> companies.findById(organisation.id()).isPresent()
                    ? Optional.of(PartnershipTier.DISCOVERY) : Optional.empty();
        };
    }

    @Bean
    SecretSource partnerSecrets() {
        SecureRandom random = new SecureRandom();
        return new SecretSource() {
            @Override
            public String newClientId() {
                return "pc_" + HexFormat.of().formatHex(bytes(8));
            }

            @Override
            public String newSecret() {
                return "pcs_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
            }

            private byte[] bytes(int count) {
                byte[] value = new byte[count];
                random.nextBytes(value);
                return value;
            }
        };
    }
}
