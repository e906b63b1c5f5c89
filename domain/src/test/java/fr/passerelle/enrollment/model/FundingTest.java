package fr.passerelle.enrollment.model;

import static fr.passerelle.enrollment.model.FunderRequestState.ACCEPTED;
import static fr.passerelle.enrollment.model.FunderRequestState.CANCELLED;
import static fr.passerelle.enrollment.model.FunderRequestState.NOT_REQUESTED;
import static fr.passerelle.enrollment.model.FunderRequestState.REQUESTED;
import static fr.passerelle.enrollment.model.FunderRequestState.WAITING_HOLDER;
import static fr.passerelle.enrollment.model.FundingSource.FRANCE_TRAVAIL_AIF;
import static fr.passerelle.enrollment.model.FundingSource.REGION;
import static fr.passerelle.enrollment.model.FundingSource.TRAINING_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.catalog.model.PriceBasis;
import fr.passerelle.catalog.model.ProgrammePrice;
import fr.passerelle.crm.model.ContactSituation;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FundingTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private final Funding funding = Funding.planned(enrollment(), FundingPlan.create(Money.euros(890), TODAY,
            Set.of()).orThrow(), InstalmentOption.THREE, null, "admissions", NOW);

    @Test
    void aGroupPriceIsSharedOverTheGroupTheGarageTeamOf8Pays186Euros25Each() {
        assertThat(FundingPrice.perEnrollment(new ProgrammePrice(Money.euros(1_490), PriceBasis.PER_GROUP, 8)))
                .isEqualTo(Money.cents(18_625));
        assertThat(FundingPrice.perEnrollment(new ProgrammePrice(Money.euros(890), PriceBasis.PER_LEARNER, null)))
                .isEqualTo(Money.euros(890));
        // 100.00 € over 3: the common share, 33.33 €; allocate's remainder cent is on the last share.
        assertThat(FundingPrice.perEnrollment(new ProgrammePrice(Money.euros(100), PriceBasis.PER_GROUP, 3)))
                .isEqualTo(Money.cents(3_333));
    }

    @Test
    void aNewLineIsNotRequestedAndAPlanWithoutFundersIsSecuredButNotRequested() {
        assertThat(funding.secured()).isTrue();
        assertThat(funding.requested()).isFalse();
        Funding withLine = funding.withLine(line(FRANCE_TRAVAIL_AIF, 500, null), "FT-123", NOW).funding();
        assertThat(withLine.request(FRANCE_TRAVAIL_AIF).orElseThrow().state()).isEqualTo(NOT_REQUESTED);
        assertThat(withLine.request(FRANCE_TRAVAIL_AIF).orElseThrow().accountId()).isEqualTo("FT-123");
        assertThat(withLine.secured()).isFalse();
        assertThat(withLine.plan().learnerPart()).isEqualTo(Money.euros(390));
    }

    @Test
    void aLineAboveThePriceIsRefusedOnItsFieldAndTheFundingIsUnchanged() {
        assertThatThrownBy(() -> funding.withLine(line(REGION, 1_000, null), null, NOW))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, violation -> assertThat(
                        violation.violations().get(0).field()).containsExactly("amount"));
    }

    @Test
    void answersOnlyMoveARequestForwardSoARedeliveryOrALateNotificationChangesNothing() {
        Funding requested = funding.withLine(line(FRANCE_TRAVAIL_AIF, 500, null), "FT-1", NOW).funding()
                .filed(FRANCE_TRAVAIL_AIF, "DE-AIF-1", REQUESTED, TODAY.plusDays(10), NOW);
        assertThat(requested.plan().lines().get(0).funderReference()).isEqualTo("DE-AIF-1");
        Funding accepted = requested.answered("DE-AIF-1", ACCEPTED, null, null, NOW.plusSeconds(60));
        assertThat(accepted.secured()).isTrue();
        assertThat(accepted.request(FRANCE_TRAVAIL_AIF).orElseThrow().answeredAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(accepted.answered("DE-AIF-1", ACCEPTED, null, null, NOW.plusSeconds(120))).isSameAs(accepted);
        assertThat(accepted.answered("DE-AIF-1", REQUESTED, null, null, NOW.plusSeconds(120))).isSameAs(accepted);
        assertThat(accepted.answered("unknown", CANCELLED, null, null, NOW)).isSameAs(accepted);
    }

    @Test
    void aPendingStepTakesTheDeadlineTheFunderSetsLater() {
        Funding validated = funding.withLine(line(TRAINING_ACCOUNT, 600, "CPF-1"), null, NOW).funding()
                .filed(TRAINING_ACCOUNT, "CPF-1", REQUESTED, TODAY.plusDays(2), NOW)
                .answered("CPF-1", WAITING_HOLDER, null, null, NOW);
        Funding proposed = validated.answered("CPF-1", WAITING_HOLDER, TODAY.plusDays(6), null, NOW);
        assertThat(proposed.request(TRAINING_ACCOUNT).orElseThrow().answerBy()).isEqualTo(TODAY.plusDays(6));
        assertThat(proposed.answered("CPF-1", WAITING_HOLDER, TODAY.plusDays(6), null, NOW)).isSameAs(proposed);
    }

    @Test
    void aLineNotRequestedIgnoresNotificationsAndAFailedOneStaysFailed() {
        Funding folder = funding.withLine(line(TRAINING_ACCOUNT, 600, "CPF-1"), null, NOW).funding();
        assertThat(folder.answered("CPF-1", CANCELLED, null, null, NOW)).isSameAs(folder);
        Funding cancelled = folder.filed(TRAINING_ACCOUNT, "CPF-1", REQUESTED, TODAY.plusDays(2), NOW)
                .answered("CPF-1", CANCELLED, null, "CANCELLED_BY_PLATFORM", NOW);
        assertThat(cancelled.refused()).isTrue();
        assertThat(cancelled.request(TRAINING_ACCOUNT).orElseThrow().refusalReason())
                .isEqualTo("CANCELLED_BY_PLATFORM");
        assertThat(cancelled.answered("CPF-1", ACCEPTED, null, null, NOW)).isSameAs(cancelled);
    }

    @Test
    void changingARequestedLineResetsItUnderANewAttemptAndReportsTheRequestGivenUp() {
        Funding waiting = funding.withLine(line(TRAINING_ACCOUNT, 600, "CPF-1"), null, NOW).funding()
                .filed(TRAINING_ACCOUNT, "CPF-1", REQUESTED, TODAY.plusDays(2), NOW)
                .answered("CPF-1", WAITING_HOLDER, TODAY.plusDays(6), null, NOW);
        String firstKey = waiting.request(TRAINING_ACCOUNT).orElseThrow().idempotencyKey("e1", "file");

        Funding.Change same = waiting.withLine(line(TRAINING_ACCOUNT, 600, "CPF-1"), null, NOW);
        assertThat(same.funding()).isSameAs(waiting);
        assertThat(same.withdrawn()).isEmpty();

        Funding.Change changed = waiting.withLine(line(TRAINING_ACCOUNT, 650, "CPF-1"), null, NOW);
        FunderRequest reset = changed.funding().request(TRAINING_ACCOUNT).orElseThrow();
        assertThat(reset.state()).isEqualTo(NOT_REQUESTED);
        assertThat(reset.idempotencyKey("e1", "file")).isNotEqualTo(firstKey);
        assertThat(changed.withdrawn()).hasValueSatisfying(withdrawn -> {
            assertThat(withdrawn.reference()).isEqualTo("CPF-1");
            assertThat(withdrawn.request().state()).isEqualTo(WAITING_HOLDER);
        });
    }

    @Test
    void staffConfirmAFunderWithoutAPlatformAndTheLastAgreementSecuresTheFunding() {
        Funding region = funding.withLine(line(REGION, 300, null), null, NOW).funding();
        Funding confirmed = region.confirmed(REGION, "REG-2026-7", NOW);
        assertThat(confirmed.secured()).isTrue();
        assertThat(confirmed.line(REGION).orElseThrow().funderReference()).isEqualTo("REG-2026-7");
        assertThat(confirmed.confirmed(REGION, "REG-2026-7", NOW)).isSameAs(confirmed);
    }

    @Test
    void theInstalmentsMustSplitThePayersPart() {
        Funding almostAll = funding.withLine(line(REGION, 888, null), null, NOW).funding();
        assertThat(almostAll.plan().learnerPartPaidToOrganisation()).isEqualTo(Money.euros(2));
        assertThatThrownBy(() -> almostAll.replanned(almostAll.plan(), InstalmentOption.TWELVE, null, NOW))
                .isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> almostAll.withLine(line(REGION, 889, null), null, NOW))
                .isInstanceOf(BusinessRuleViolation.class);
        assertThat(almostAll.plan().schedule(almostAll.instalments(), TODAY).instalments()).hasSize(3);
    }

    private static FundingLine line(FundingSource source, long euros, String reference) {
        return new FundingLine(source, Money.euros(euros), reference);
    }

    private static Enrollment enrollment() {
        return new Enrollment("e1", "school-1", "programme-1", "session-1", "contact-1", "learner-1", null,
                new Applicant(ContactSituation.JOB_SEEKER, false), true, EnrollmentState.DRAFT, null, null,
                List.of(), "admissions", NOW, NOW, 0);
    }
}
