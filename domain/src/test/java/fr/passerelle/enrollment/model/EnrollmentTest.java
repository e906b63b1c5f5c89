package fr.passerelle.enrollment.model;

import static fr.passerelle.testing.Violations.pathsAndCodesThrownBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.crm.model.ContactSituation;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EnrollmentTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Instant SENT = NOW.minusSeconds(3600);

    private static Enrollment draft(boolean seated) {
        return Enrollment.create("e1", "school", "programme", "session", "contact", "learner",
                new Applicant(ContactSituation.JOB_SEEKER, false), seated, "admissions", NOW);
    }

    private static Enrollment submitted() {
        return draft(true).submitted("learner", NOW);
    }

    private static GateReadings gates(boolean dossier, boolean requested, boolean secured, Instant sent,
                                      Instant signed, LocalDate withdrawalEnds, boolean paid, LocalDate today) {
        return new GateReadings(dossier, requested || secured, requested, secured, sent, signed, withdrawalEnds, paid,
                today);
    }

    private static GateReadings closed() {
        return gates(false, false, false, null, null, null, false, TODAY);
    }

    @Test
    void aNewEnrollmentIsADraftWithItsCreationInItsHistory() {
        Enrollment draft = draft(false);

        assertThat(draft.state()).isEqualTo(EnrollmentState.DRAFT);
        assertThat(draft.seated()).isFalse();
        assertThat(draft.history()).singleElement().satisfies(step -> {
            assertThat(step.from()).isNull();
            assertThat(step.to()).isEqualTo(EnrollmentState.DRAFT);
            assertThat(step.by()).isEqualTo("admissions");
        });
        assertThat(draft.holderKey()).isEqualTo("enrollment:e1");
    }

    @Test
    void theIdFollowsFromTheSessionAndTheContact() {
        assertThat(Enrollment.idFor("s", "c")).isEqualTo(Enrollment.idFor("s", "c"))
                .isNotEqualTo(Enrollment.idFor("s", "d")).isNotEqualTo(Enrollment.idFor("t", "c"));
    }

    @Test
    void submittingMovesToDossierIncompleteOnceAndAgainChangesNothing() {
        Enrollment submitted = submitted();

        assertThat(submitted.state()).isEqualTo(EnrollmentState.DOSSIER_INCOMPLETE);
        assertThat(submitted.history()).last().extracting(EnrollmentStep::by).isEqualTo("learner");
        assertThat(submitted.submitted("learner", NOW)).isSameAs(submitted);
    }

    @Test
    void aDraftDoesNotAdvanceBeforeItIsSubmitted() {
        Enrollment draft = draft(true);

        assertThat(draft.advanced(gates(true, true, true, SENT, NOW, TODAY, true, TODAY.plusDays(1)), NOW))
                .isSameAs(draft);
    }

    @Test
    void nothingMovesWhileEveryGateIsClosed() {
        Enrollment submitted = submitted();

        assertThat(submitted.advanced(closed(), NOW)).isSameAs(submitted);
    }

    @Test
    void aCompleteDossierThenRequestedFundingMoveItInOneAdvanceEachStepRecordedAsThePlatforms() {
        Enrollment advanced = submitted().advanced(gates(true, true, false, null, null, null, false, TODAY), NOW);

        assertThat(advanced.state()).isEqualTo(EnrollmentState.FUNDING_PENDING);
        assertThat(advanced.history()).extracting(EnrollmentStep::to).containsExactly(EnrollmentState.DRAFT,
                EnrollmentState.DOSSIER_INCOMPLETE, EnrollmentState.DOSSIER_COMPLETE, EnrollmentState.FUNDING_PENDING);
        assertThat(advanced.history().subList(2, 4)).extracting(EnrollmentStep::by).containsOnlyNulls();
    }

    @Test
    void aPlanWithoutFundersIsFundingPendingAtOnceAndAPlanlessDossierWaits() {
        assertThat(submitted().advanced(gates(true, false, true, null, null, null, false, TODAY), NOW).state())
                .isEqualTo(EnrollmentState.FUNDING_PENDING);
        assertThat(submitted().advanced(gates(true, false, false, null, null, null, false, TODAY), NOW).state())
                .isEqualTo(EnrollmentState.DOSSIER_COMPLETE);
    }

    @Test
    void aDocumentRejectedBeforeFundingTakesTheDossierBackToIncomplete() {
        Enrollment complete = submitted().advanced(gates(true, false, false, null, null, null, false, TODAY), NOW);

        assertThat(complete.advanced(closed(), NOW).state()).isEqualTo(EnrollmentState.DOSSIER_INCOMPLETE);
    }

    @Test
    void aSentContractThenItsSignatureLeadToTheWithdrawalPeriodWithItsLastDayCopied() {
        Enrollment pending = submitted().advanced(gates(true, true, true, null, null, null, false, TODAY), NOW);

        Enrollment sent = pending.advanced(gates(true, true, true, SENT, null, null, false, TODAY), NOW);
        assertThat(sent.state()).isEqualTo(EnrollmentState.CONTRACT_SENT);

        LocalDate lastDay = TODAY.plusDays(14);
        Enrollment signed = sent.advanced(gates(true, true, true, SENT, NOW, lastDay, true, TODAY), NOW);
        assertThat(signed.state()).isEqualTo(EnrollmentState.WITHDRAWAL_PERIOD);
        assertThat(signed.withdrawalEndsOn()).isEqualTo(lastDay);
        assertThat(signed.history()).extracting(EnrollmentStep::to).endsWith(EnrollmentState.CONTRACT_SENT,
                EnrollmentState.SIGNED, EnrollmentState.WITHDRAWAL_PERIOD);
    }

    @Test
    void itIsConfirmedOnlyOnceTheWithdrawalPeriodIsOverAndWhatIsDueIsPaid() {
        LocalDate lastDay = TODAY.plusDays(14);
        Enrollment withdrawing = submitted().advanced(gates(true, true, true, SENT, NOW, lastDay, false, TODAY), NOW);

        assertThat(withdrawing.advanced(gates(true, true, true, SENT, NOW, lastDay, true, lastDay), NOW).state())
                .as("its last day still counts").isEqualTo(EnrollmentState.WITHDRAWAL_PERIOD);
        assertThat(withdrawing.advanced(gates(true, true, true, SENT, NOW, lastDay, false, lastDay.plusDays(1)), NOW)
                .state()).as("unpaid").isEqualTo(EnrollmentState.WITHDRAWAL_PERIOD);
        assertThat(withdrawing.advanced(gates(true, true, true, SENT, NOW, lastDay, true, lastDay.plusDays(1)), NOW)
                .state()).isEqualTo(EnrollmentState.CONFIRMED);
    }

    @Test
    void withoutWithdrawalRightItIsConfirmedTheDayItIsSignedOncePaidAndCannotBeWithdrawn() {
        Enrollment unpaid = submitted().advanced(gates(true, true, true, SENT, NOW, null, false, TODAY), NOW);
        assertThat(unpaid.state()).as("the payment gate still holds it").isEqualTo(EnrollmentState.SIGNED);
        assertThat(pathsAndCodesThrownBy(() -> unpaid.withdrawn("learner", TODAY, NOW)))
                .containsExactly("LEGAL_RULE");

        Enrollment confirmed = unpaid.advanced(gates(true, true, true, SENT, NOW, null, true, TODAY), NOW);

        assertThat(confirmed.state()).isEqualTo(EnrollmentState.CONFIRMED);
        assertThat(confirmed.withdrawalEndsOn()).isNull();
        assertThat(confirmed.history()).extracting(EnrollmentStep::to).endsWith(EnrollmentState.SIGNED,
                EnrollmentState.CONFIRMED);
        assertThat(pathsAndCodesThrownBy(() -> confirmed.withdrawn("learner", TODAY, NOW)))
                .containsExactly("LEGAL_RULE");
    }

    @Test
    void trainingStartsOnlyWhenConfirmedThenCompletes() {
        assertThatThrownBy(() -> submitted().trainingStarted("admissions", NOW))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, v -> assertThat(v.violations())
                        .singleElement().satisfies(x -> assertThat(x.code()).isEqualTo(ErrorCode.INVALID_STATE)));
        Enrollment confirmed = confirmed();

        Enrollment training = confirmed.trainingStarted(null, NOW);
        assertThat(training.state()).isEqualTo(EnrollmentState.IN_TRAINING);
        assertThat(training.trainingStarted("admissions", NOW)).isSameAs(training);
        Enrollment completed = training.completed("admissions", NOW);
        assertThat(completed.state()).isEqualTo(EnrollmentState.COMPLETED);
        assertThat(completed.completed("admissions", NOW)).isSameAs(completed);
    }

    private static Enrollment confirmed() {
        return submitted().advanced(gates(true, true, true, SENT, NOW, TODAY, true, TODAY.plusDays(1)), NOW);
    }

    @Test
    void cancellingBeforeTheTrainingEndsItWithItsReasonAndFreesItsSeatOnce() {
        Enrollment cancelled = submitted().cancelled(EnrollmentEndReason.FUNDING_REFUSED, "admissions", NOW);

        assertThat(cancelled.state()).isEqualTo(EnrollmentState.CANCELLED);
        assertThat(cancelled.endReason()).isEqualTo("FUNDING_REFUSED");
        assertThat(cancelled.seated()).isFalse();
        assertThat(cancelled.history()).last().extracting(EnrollmentStep::reason).isEqualTo("FUNDING_REFUSED");
        assertThat(cancelled.cancelled(EnrollmentEndReason.OTHER, "admissions", NOW)).isSameAs(cancelled);
        assertThatThrownBy(() -> submitted().cancelled(null, "admissions", NOW))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, v -> assertThat(v.violations())
                        .singleElement().satisfies(x -> {
                            assertThat(x.field()).containsExactly("reason");
                            assertThat(x.code()).isEqualTo(ErrorCode.REQUIRED);
                        }));
    }

    @Test
    void aStartedTrainingIsAbandonedNotCancelled() {
        Enrollment training = confirmed().trainingStarted("admissions", NOW);

        assertThatThrownBy(() -> training.cancelled(EnrollmentEndReason.OTHER, "admissions", NOW))
                .isInstanceOf(BusinessRuleViolation.class);
        Enrollment abandoned = training.abandoned(EnrollmentEndReason.NO_SHOW, "admissions", NOW);
        assertThat(abandoned.state()).isEqualTo(EnrollmentState.ABANDONED);
        assertThat(abandoned.endReason()).isEqualTo("NO_SHOW");
        assertThatThrownBy(() -> submitted().abandoned(EnrollmentEndReason.NO_SHOW, "admissions", NOW))
                .isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void theLearnerWithdrawsDuringThePeriodUpToItsLastDayNotAfter() {
        LocalDate lastDay = TODAY.plusDays(14);
        Enrollment withdrawing = submitted().advanced(gates(true, true, true, SENT, NOW, lastDay, false, TODAY), NOW);

        Enrollment withdrawn = withdrawing.withdrawn("learner", lastDay, NOW);
        assertThat(withdrawn.state()).isEqualTo(EnrollmentState.CANCELLED);
        assertThat(withdrawn.endReason()).isEqualTo("WITHDRAWAL");
        assertThat(withdrawn.withdrawn("learner", lastDay, NOW)).isSameAs(withdrawn);
        assertThatThrownBy(() -> withdrawing.withdrawn("learner", lastDay.plusDays(1), NOW))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, v -> assertThat(v.violations())
                        .singleElement().satisfies(x -> assertThat(x.code()).isEqualTo(ErrorCode.LEGAL_RULE)));
        assertThatThrownBy(() -> submitted().withdrawn("learner", TODAY, NOW))
                .isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void aWaitingEnrollmentGivenASeatKeepsItsStateAndRecordsIt() {
        Enrollment waiting = draft(false).submitted("learner", NOW);

        Enrollment seated = waiting.withSeat(null, NOW);
        assertThat(seated.seated()).isTrue();
        assertThat(seated.state()).isEqualTo(EnrollmentState.DOSSIER_INCOMPLETE);
        assertThat(seated.history()).last().satisfies(step -> {
            assertThat(step.from()).isEqualTo(step.to());
            assertThat(step.reason()).isEqualTo(Enrollment.SEAT_GIVEN);
        });
        assertThat(seated.withSeat(null, NOW)).isSameAs(seated);
    }

    @Test
    void theHistoryKeepsItsLatestMoves() {
        Enrollment bouncing = submitted();
        for (int i = 0; i < Enrollment.MAX_HISTORY; i++) {
            bouncing = bouncing.advanced(gates(true, false, false, null, null, null, false, TODAY), NOW)
                    .advanced(closed(), NOW);
        }

        assertThat(bouncing.history()).hasSize(Enrollment.MAX_HISTORY);
        assertThat(bouncing.history()).last().extracting(EnrollmentStep::to)
                .isEqualTo(EnrollmentState.DOSSIER_INCOMPLETE);
    }

    @Test
    void aContactMoveIsAStepOfItsHistoryKeptWithinItsBoundAndTheSameContactAgainChangesNothing() {
        Enrollment moved = submitted();
        for (int i = 0; i < Enrollment.MAX_HISTORY; i++) {
            moved = moved.contactMoved("contact-" + (i % 2 == 0 ? "b" : "a"), "contact-a", NOW);
        }

        assertThat(moved.contactId()).isEqualTo("contact-a");
        assertThat(moved.state()).isEqualTo(EnrollmentState.DOSSIER_INCOMPLETE);
        assertThat(moved.history()).hasSize(Enrollment.MAX_HISTORY);
        assertThat(moved.history()).last().satisfies(step -> {
            assertThat(step.from()).isEqualTo(step.to());
            assertThat(step.by()).isNull();
            assertThat(step.reason()).isEqualTo(Enrollment.CONTACT_MERGED + "contact-a");
        });
        assertThat(moved.contactMoved("contact-a", "contact-a", NOW)).isSameAs(moved);
        assertThat(moved.withLearnerSubject("subject-1", NOW).learnerSubject()).isEqualTo("subject-1");
        assertThat(moved.withLearnerSubject(moved.learnerSubject(), NOW)).isSameAs(moved);
    }
}
