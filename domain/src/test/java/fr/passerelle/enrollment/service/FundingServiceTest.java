package fr.passerelle.enrollment.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.catalog.model.PriceBasis;
import fr.passerelle.catalog.model.Programme;
import fr.passerelle.catalog.model.ProgrammeDetails;
import fr.passerelle.catalog.model.ProgrammePrice;
import fr.passerelle.crm.model.ContactSituation;
import fr.passerelle.enrollment.model.Applicant;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentState;
import fr.passerelle.enrollment.model.Funding;
import fr.passerelle.enrollment.model.FundingPlan;
import fr.passerelle.enrollment.model.InstalmentOption;
import fr.passerelle.enrollment.port.in.FundingUseCases.PlanCommand;
import fr.passerelle.enrollment.port.out.Fundings;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.model.Money;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryCompanies;
import fr.passerelle.testing.InMemoryEnrollments;
import fr.passerelle.testing.InMemoryMemberships;
import fr.passerelle.testing.InMemoryProgrammes;
import fr.passerelle.testing.MutableClock;
import fr.passerelle.testing.Violations;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The first plan: two at once (the one that loses the insert changes the winner's, with no error), and its company
 * payer, which must be a known company.
 */
class FundingServiceTest {

    private static final String SCHOOL = "school-b";

    private final MutableClock clock = new MutableClock();
    private final RacedFundings fundings = new RacedFundings();
    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    private final Actor admissions = Actors.member(new InMemoryMemberships(), "alice", Tenant.school(SCHOOL),
            MembershipRole.ADMISSIONS);
    private final FundingService service;

    FundingServiceTest() {
        InMemoryProgrammes programmes = new InMemoryProgrammes();
        programmes.seed(Programme.draft("programme-1", SCHOOL, new ProgrammeDetails("Coaching premier garage", null,
                null, null, "Ouvrir son garage", null, null, 35, null,
                new ProgrammePrice(Money.euros(890), PriceBasis.PER_LEARNER, null), null, null, null, null, null),
                "seed", Fixtures.NOW));
        enrollments.seed(new Enrollment("e1", SCHOOL, "programme-1", "session-1", "contact-1", null, null,
                new Applicant(ContactSituation.JOB_SEEKER, false), true, EnrollmentState.DOSSIER_COMPLETE, null, null,
                List.of(), "admissions", Fixtures.NOW, Fixtures.NOW, 0));
        service = new FundingService(enrollments, programmes, fundings, new InMemoryCompanies(), null, null,
                new EventFactory(Fixtures.countingIds("event"), clock), clock);
    }

    @Test
    void theFirstPlanLosingTheRaceBecomesAChangeOfTheWinnersPlan() {
        Funding planned = service.plan(admissions, "e1", new PlanCommand(Set.of(), InstalmentOption.THREE, null),
                null);

        assertThat(planned.instalments()).isEqualTo(InstalmentOption.THREE);
        assertThat(planned.version()).as("a change of the plan inserted meanwhile").isEqualTo(1);
    }

    @Test
    void aCompanyPayerMustBeAKnownCompany() {
        assertThat(Violations.pathsAndCodesThrownBy(() -> service.plan(admissions, "e1",
                new PlanCommand(Set.of(), InstalmentOption.AT_ONCE, "no-such-company"), null)))
                .containsExactly("companyId INVALID");
    }

    /** The other first plan is inserted between this one's read and its insert. */
    private final class RacedFundings implements Fundings {

        private final Map<String, Funding> stored = new HashMap<>();

        @Override
        public Optional<Funding> findById(String id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public List<Funding> findAllById(Collection<String> ids) {
            return ids.stream().map(stored::get).filter(Objects::nonNull).toList();
        }

        @Override
        public Funding insert(Funding funding, DomainEvent event) {
            Enrollment enrollment = enrollments.findById(funding.id()).orElseThrow();
            stored.put(funding.id(), Funding.planned(enrollment, FundingPlan.create(Money.euros(890),
                    LocalDate.of(2026, 1, 1), Set.of()).orThrow(), InstalmentOption.AT_ONCE, null, "other",
                    Fixtures.NOW));
            throw new DuplicateKeyException("id");
        }

        @Override
        public Funding update(Funding funding, DomainEvent event) {
            Funding next = new Funding(funding.id(), funding.schoolId(), funding.contactId(),
                    funding.learnerSubject(), funding.plan(), funding.instalments(), funding.companyId(),
                    funding.requests(), funding.createdBy(), funding.createdAt(), funding.updatedAt(),
                    funding.version() + 1);
            stored.put(funding.id(), next);
            return next;
        }

        @Override
        public List<Funding> findByFunderReference(String reference, int limit) {
            return List.of();
        }
    }
}
