package fr.passerelle.enrollment.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.PersistenceTestApplication;
import fr.passerelle.crm.model.ContactSituation;
import fr.passerelle.enrollment.model.Applicant;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentState;
import fr.passerelle.enrollment.model.FunderRequestState;
import fr.passerelle.enrollment.model.Funding;
import fr.passerelle.enrollment.model.FundingLine;
import fr.passerelle.enrollment.model.FundingPlan;
import fr.passerelle.enrollment.model.FundingSource;
import fr.passerelle.enrollment.model.InstalmentOption;
import fr.passerelle.enrollment.model.ParticipationExemption;
import fr.passerelle.enrollment.port.out.Fundings;
import fr.passerelle.persistence.Fixtures;
import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.model.Money;
import fr.passerelle.testing.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.TestPropertySource;

/**
 * The funding adapter on the embedded store: a funding round-trips whole (its plan rebuilt through its own rules,
 * requests, exemptions), is found by a funder's reference, and a write on a stale version is refused.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
@TestPropertySource(properties = "passerelle.mongodb.in-memory=true")
class MongoFundingsTest {

    @Autowired
    private Fundings fundings;

    @Autowired
    private MongoOperations mongo;

    @BeforeEach
    void empty() {
        TestDatabase.clear(mongo);
    }

    @Test
    void aFundingRoundTripsWholeAndIsFoundByItsFundersReference() {
        Funding requested = funding("e1").withLine(new FundingLine(FundingSource.TRAINING_ACCOUNT, Money.euros(500),
                        "CPF-123"), null, Fixtures.T0).funding()
                .withLine(new FundingLine(FundingSource.FRANCE_TRAVAIL_AIF, Money.euros(200), null), "JS-1",
                        Fixtures.T0).funding()
                .filed(FundingSource.TRAINING_ACCOUNT, "CPF-123", FunderRequestState.REQUESTED,
                        LocalDate.of(2026, 1, 5), Fixtures.T0);
        Funding stored = fundings.insert(requested, Fixtures.event());

        assertThat(fundings.findById("e1")).contains(stored);
        assertThat(stored.plan().learnerPart()).isEqualTo(Money.euros(190));
        assertThat(stored.plan().exemptions()).containsExactly(ParticipationExemption.JOB_SEEKER);
        assertThat(fundings.findByFunderReference("CPF-123", 10)).extracting(Funding::id).containsExactly("e1");
        assertThat(fundings.findByFunderReference("CPF-999", 10)).isEmpty();
    }

    @Test
    void aFundersReferenceBelongsToOneFundingOnly() {
        fundings.insert(funding("e3"), Fixtures.event());
        fundings.insert(funding("e4"), Fixtures.event());
        Funding first = fundings.findById("e3").orElseThrow().withLine(new FundingLine(FundingSource.TRAINING_ACCOUNT,
                Money.euros(500), "CPF-777"), null, Fixtures.T0).funding();
        fundings.update(first, Fixtures.event());
        Funding second = fundings.findById("e4").orElseThrow().withLine(new FundingLine(
                FundingSource.TRAINING_ACCOUNT, Money.euros(500), "CPF-777"), null, Fixtures.T0).funding();

        assertThatThrownBy(() -> fundings.update(second, Fixtures.event()))
                .isInstanceOf(fr.passerelle.shared.error.DuplicateKeyException.class);
        assertThat(fundings.findByFunderReference("CPF-777", 10)).extracting(Funding::id).containsExactly("e3");
    }

    @Test
    void aWriteOnAStaleVersionIsRefused() {
        Funding stored = fundings.insert(funding("e2"), Fixtures.event());
        Funding changed = stored.withLine(new FundingLine(FundingSource.REGION, Money.euros(100), null), null,
                Fixtures.T0).funding();
        fundings.update(changed, Fixtures.event());
        assertThatThrownBy(() -> fundings.update(changed, Fixtures.event()))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(fundings.findById("e2").orElseThrow().version()).isEqualTo(1);
    }

    private static Funding funding(String enrollmentId) {
        Enrollment enrollment = new Enrollment(enrollmentId, "school-a", "programme-1", "session-1", "contact-1",
                "learner-sub", null, new Applicant(ContactSituation.JOB_SEEKER, false), true, EnrollmentState.DRAFT,
                null, null, List.of(), "admissions", Fixtures.T0, Fixtures.T0, 0);
        FundingPlan plan = FundingPlan.create(Money.euros(890), LocalDate.of(2026, 1, 1),
                Set.of(ParticipationExemption.JOB_SEEKER)).orThrow();
        return Funding.planned(enrollment, plan, InstalmentOption.THREE, null, "admissions", Fixtures.T0);
    }
}
