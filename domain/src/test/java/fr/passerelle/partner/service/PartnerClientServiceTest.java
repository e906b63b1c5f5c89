package fr.passerelle.partner.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.partner.model.PartnerClientStatus;
import fr.passerelle.partner.model.PartnerScope;
import fr.passerelle.partner.port.in.PartnerClientUseCases;
import fr.passerelle.partner.port.out.SecretSource;
import fr.passerelle.school.model.PartnershipTier;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryMemberships;
import fr.passerelle.testing.InMemoryPartnerClients;
import fr.passerelle.testing.Violations;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PartnerClientServiceTest {

    private static final Tenant SCHOOL = Tenant.school("school-1");
    private static final Tenant OTHER = Tenant.school("school-2");
    private static final Set<PartnerScope> READ = Set.of(PartnerScope.ROSTER_READ);

    private final InMemoryMemberships memberships = new InMemoryMemberships();
    private final InMemoryPartnerClients clients = new InMemoryPartnerClients();
    private int issued;
    private final SecretSource secrets = new SecretSource() {
        @Override
        public String newClientId() {
            return "pc_" + (++issued);
        }

        @Override
        public String newSecret() {
            return "secret-" + (++issued);
        }
    };
    private final PartnerClientService service = new PartnerClientService(clients,
            organisation -> organisation.equals(SCHOOL) || organisation.equals(OTHER)
                    ? Optional.of(PartnershipTier.PREMIUM) : Optional.empty(),
            secrets, Fixtures.countingIds("client-"), Fixtures.events(), Fixtures.CLOCK);

    private final Actor admin = Actors.member(memberships, "ana", SCHOOL, MembershipRole.SCHOOL_ADMIN);
    private final Actor staff = Actors.member(memberships, "bob", SCHOOL, MembershipRole.SCHOOL_STAFF);
    private final Actor otherAdmin = Actors.member(memberships, "cleo", OTHER, MembershipRole.SCHOOL_ADMIN);

    @Test
    void an_admin_registers_a_client_whose_secret_is_shown_once_and_opens_it() {
        var issued = service.register(admin, SCHOOL, "  SIS  ", READ);

        assertThat(issued.client().name()).isEqualTo("SIS");
        assertThat(issued.client().organisation()).isEqualTo(SCHOOL);
        assertThat(service.authenticate(issued.client().clientId(), issued.secret())).isPresent();
        assertThat(service.authenticate(issued.client().clientId(), "wrong")).isEmpty();
        assertThat(clients.events()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("partner-client.registered");
            assertThat(event.initiator().organisation()).isEqualTo(SCHOOL.key());
        });
    }

    @Test
    void staff_and_other_schools_admins_may_not_register_and_see_nothing() {
        var issued = service.register(admin, SCHOOL, "SIS", READ);
        String id = issued.client().id();

        assertThatThrownBy(() -> service.register(staff, SCHOOL, "SIS", READ)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.register(otherAdmin, SCHOOL, "SIS", READ))
                .isInstanceOf(ForbiddenException.class);
        assertThat(service.find(otherAdmin, id)).isEmpty();
        assertThat(service.ofOrganisation(staff, SCHOOL)).isEmpty();
        assertThatThrownBy(() -> service.suspend(otherAdmin, id, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.register(admin, Tenant.school("missing"), "SIS", READ))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_client_needs_a_name_and_a_scope_and_an_organisation_has_a_bounded_number() {
        assertThat(Violations.fieldsThrownBy(() -> service.register(admin, SCHOOL, " ", Set.of())))
                .containsExactlyInAnyOrder(List.of("name"), List.of("scopes"));

        for (int i = 0; i < PartnerClientUseCases.MAX_PER_ORGANISATION; i++) {
            service.register(admin, SCHOOL, "SIS " + i, READ);
        }
        assertThat(Violations.fieldsThrownBy(() -> service.register(admin, SCHOOL, "One more", READ)))
                .containsExactly(List.of());
        assertThat(service.ofOrganisation(admin, SCHOOL)).hasSize(PartnerClientUseCases.MAX_PER_ORGANISATION);
    }

    @Test
    void a_rotation_overlap_is_bounded_and_a_suspended_client_is_known_but_not_authenticated() {
        var issued = service.register(admin, SCHOOL, "SIS", READ);
        String id = issued.client().id();

        assertThat(Violations.fieldsThrownBy(() -> service.rotateSecret(admin, id, Duration.ofDays(8), null)))
                .containsExactly(List.of("overlapSeconds"));
        assertThat(Violations.fieldsThrownBy(() -> service.rotateSecret(admin, id, Duration.ofSeconds(-1), null)))
                .containsExactly(List.of("overlapSeconds"));

        service.suspend(admin, id, null);

        assertThat(service.authenticate(issued.client().clientId(), issued.secret())).isEmpty();
        assertThat(service.standing(issued.client().clientId())).hasValueSatisfying(standing -> {
            assertThat(standing.client().status()).isEqualTo(PartnerClientStatus.SUSPENDED);
            assertThat(standing.tier()).isEqualTo(PartnershipTier.PREMIUM);
        });
        assertThat(service.reactivate(admin, id, null).isActive()).isTrue();
        assertThat(service.standing("pc_unknown")).isEmpty();
    }
}
