package fr.passerelle.api.dev;

import fr.passerelle.membership.model.Tenant;
import fr.passerelle.partner.model.PartnerClient;
import fr.passerelle.partner.model.PartnerClientEvents;
import fr.passerelle.partner.model.PartnerScope;
import fr.passerelle.partner.port.out.PartnerClients;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo school's information system as a partner client, with a secret published in README (dev only: the dev
 * profile refuses to run next to real data). Seeded like the rest of the demo data: only when missing.
 */
@Component
@ConditionalOnProperty(name = "passerelle.demo-data", havingValue = "true")
class DemoPartnerClients implements ApplicationRunner {

    static final String ID = "demo-partner-client-louis-lumiere";
    static final String CLIENT_ID = "pc_demo-louis-lumiere";
    static final String SECRET = "pc-demo-louis-lumiere-secret";

    private final PartnerClients clients;
    private final EventFactory events;
    private final Clock clock;

    DemoPartnerClients(PartnerClients clients, EventFactory events, Clock clock) {
        this.clients = clients;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (clients.findById(ID).isPresent()) {
            return;
        }
        Instant now = clock.instant();
        PartnerClient client = PartnerClient.register(ID, CLIENT_ID, Tenant.school(DemoData.SCHOOL_A),
                "ENS Louis-Lumière — scolarité (SI)", Set.of(PartnerScope.ROSTER_READ, PartnerScope.APPLICATIONS_READ,
                        PartnerScope.AGREEMENTS_READ), SECRET, "system:demo-data", now);
        try {
            clients.insert(client, events.created(PartnerClientEvents.REGISTERED, Initiator.system(), client,
                    PartnerClientEvents.attributesOf(client)));
        } catch (DuplicateKeyException anotherInstanceWasFaster) {
            // Seeded meanwhile: nothing to do.
        }
    }
}
