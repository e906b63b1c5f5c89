package fr.passerelle.partner.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.PersistenceTestApplication;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.partner.model.PartnerClient;
import fr.passerelle.partner.model.PartnerClientStatus;
import fr.passerelle.partner.model.PartnerScope;
import fr.passerelle.partner.port.out.PartnerClients;
import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.TestPropertySource;

/** The {@link PartnerClients} port: round trip, unique client id, optimistic locking, lookups by organisation. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@TestPropertySource(properties = "passerelle.mongodb.in-memory=true")
class MongoPartnerClientsTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Tenant SCHOOL = Tenant.school("school-1");

    @Autowired
    private PartnerClients clients;

    @Autowired
    private EventFactory events;

    @Autowired
    private MongoOperations mongo;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear(mongo);
    }

    private PartnerClient insert(String id, String clientId, Tenant organisation, Instant at) {
        PartnerClient client = PartnerClient.register(id, clientId, organisation, "SIS " + id,
                Set.of(PartnerScope.ROSTER_READ, PartnerScope.WEBHOOKS_MANAGE), "secret-" + id, "admin", at);
        return clients.insert(client, events.created("partner-client.registered", Initiator.system(), client, Map.of()));
    }

    @Test
    void a_client_is_read_back_with_every_field_and_its_secrets_as_hashes() {
        PartnerClient stored = insert("c1", "pc_1", SCHOOL, T0);
        PartnerClient rotated = stored.rotate("secret-2", Duration.ofHours(1), T0.plusSeconds(5));
        clients.update(rotated, events.changed("partner-client.secret-rotated", Initiator.system(), stored, rotated,
                Map.of()));

        PartnerClient read = clients.findByClientId("pc_1").orElseThrow();

        assertThat(read).usingRecursiveComparison().ignoringFields("version").isEqualTo(rotated);
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.authenticates("secret-c1", T0.plusSeconds(60))).isTrue();
        assertThat(mongo.getCollection("partnerClients").find().first().toJson()).doesNotContain("secret-c1", "secret-2");
    }

    @Test
    void a_client_id_is_unique() {
        insert("c1", "pc_same", SCHOOL, T0);

        assertThatThrownBy(() -> insert("c2", "pc_same", Tenant.school("school-2"), T0))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void a_stale_update_is_refused() {
        PartnerClient stored = insert("c1", "pc_1", SCHOOL, T0);
        PartnerClient suspended = stored.withStatus(PartnerClientStatus.SUSPENDED, T0);
        clients.update(suspended, events.changed("partner-client.suspended", Initiator.system(), stored, suspended,
                Map.of()));

        assertThatThrownBy(() -> clients.update(suspended, events.changed("partner-client.suspended",
                Initiator.system(), stored, suspended, Map.of()))).isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void an_organisations_clients_are_listed_oldest_first_and_counted_without_the_others() {
        insert("c2", "pc_2", SCHOOL, T0.plusSeconds(2));
        insert("c1", "pc_1", SCHOOL, T0.plusSeconds(1));
        insert("c3", "pc_3", Tenant.school("school-2"), T0);
        insert("c4", "pc_4", Tenant.company("school-1"), T0);

        assertThat(clients.findByOrganisation(SCHOOL, 10)).extracting(PartnerClient::id).containsExactly("c1", "c2");
        assertThat(clients.findByOrganisation(SCHOOL, 1)).extracting(PartnerClient::id).containsExactly("c1");
        assertThat(clients.countByOrganisation(SCHOOL)).isEqualTo(2);
        assertThat(clients.findByOrganisations(List.of(SCHOOL, Tenant.school("school-2"))))
                .extracting(PartnerClient::id).containsExactly("c3", "c1", "c2");
        assertThat(clients.findByOrganisations(List.of())).isEmpty();
    }
}
