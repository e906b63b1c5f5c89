package fr.passerelle.agreement.model;

import static fr.passerelle.agreement.model.AgreementModelTestData.AGREEMENT_ID;
import static fr.passerelle.agreement.model.AgreementModelTestData.APPLICATION_ID;
import static fr.passerelle.agreement.model.AgreementModelTestData.COMPANY_ID;
import static fr.passerelle.agreement.model.AgreementModelTestData.CREATED_BY;
import static fr.passerelle.agreement.model.AgreementModelTestData.END;
import static fr.passerelle.agreement.model.AgreementModelTestData.LEARNER_ID;
import static fr.passerelle.agreement.model.AgreementModelTestData.LEARNER_SUBJECT;
import static fr.passerelle.agreement.model.AgreementModelTestData.NOW;
import static fr.passerelle.agreement.model.AgreementModelTestData.SCHOOL_ID;
import static fr.passerelle.agreement.model.AgreementModelTestData.START;
import static fr.passerelle.agreement.model.AgreementModelTestData.agreementIn;
import static fr.passerelle.agreement.model.AgreementModelTestData.at;
import static fr.passerelle.agreement.model.AgreementModelTestData.mixedCircuit;
import static fr.passerelle.agreement.model.AgreementModelTestData.parties;
import static fr.passerelle.agreement.model.AgreementModelTestData.sha256;
import static fr.passerelle.agreement.model.AgreementModelTestData.terms;
import static fr.passerelle.agreement.model.EvaluationKind.FINAL;
import static fr.passerelle.agreement.model.EvaluationKind.MID_TERM;
import static fr.passerelle.agreement.model.FollowUpKind.ADAPTATION_CALL;
import static fr.passerelle.agreement.model.FollowUpKind.MID_TERM_REVIEW;
import static fr.passerelle.agreement.model.FollowUpKind.SKILLS_EVALUATION;
import static fr.passerelle.agreement.model.FollowUpKind.TRIPARTITE_REVIEW;
import static fr.passerelle.agreement.model.FollowUpKind.VISIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.agreement.model.FollowUpItem.Status;
import fr.passerelle.agreement.model.ObjectiveRating.Level;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import fr.passerelle.testing.Violations;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The default agreement runs from Tuesday 1 April to Monday 30 June 2025 (see {@link AgreementModelTestData}). */
class InternshipFollowUpTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 5, 20);
    private static final Instant LATER = at(60);
    /** When the tutor gives evaluations: once the internship is over, both are open. */
    private static final Instant AFTER_THE_END = END.plusDays(1).atTime(10, 0).atZone(PlatformCalendar.ZONE)
            .toInstant();
    private static final String BY = "kc-hugo";
    private static final List<String> OBJECTIVES = List.of("Câbler une scène", "Mixer un concert", "Tenir un planning");

    private static void assertRefused(ThrowingCallable call, String field, ErrorCode code) {
        assertThat(Violations.thrownBy(call)).extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of(field), code));
    }

    /** The follow-up opened at {@link AgreementModelTestData#NOW} for the default signed agreement. */
    private static InternshipFollowUp opened() {
        return InternshipFollowUp.openedFor(agreementIn(AgreementStatus.SIGNED), NOW);
    }

    private static InternshipFollowUp openedFor(LocalDate start, LocalDate end) {
        return InternshipFollowUp.openedFor(Agreement.draft(AGREEMENT_ID, APPLICATION_ID, LEARNER_ID, LEARNER_SUBJECT,
                SCHOOL_ID, COMPANY_ID, parties(), terms().startingOn(start).endingOn(end).build(), mixedCircuit(),
                CREATED_BY, NOW), NOW);
    }

    private static InternshipFollowUp withObjectives() {
        return opened().withObjectives(OBJECTIVES, at(1));
    }

    private static List<ObjectiveRating> ratings(String... objectiveIds) {
        return Arrays.stream(objectiveIds).map(id -> new ObjectiveRating(id, Level.ACQUIRED, null)).toList();
    }

    private static InternshipFollowUp evaluated(InternshipFollowUp followUp, EvaluationKind kind) {
        return followUp.evaluated(kind, ratings("1", "2", "3"), "Très bien", Evaluation.VIA_LINK, AFTER_THE_END);
    }

    private static EvaluationLink link(String id, Instant expiresAt) {
        return new EvaluationLink(id, sha256("token of " + id), "marc@atelier.example", NOW, expiresAt, BY, null);
    }

    private static UnaryOperator<FollowUpItem> update(Status status, LocalDate dueOn, LocalDate doneOn,
                                                      String notes) {
        return item -> item.updated(status, dueOn, doneOn, notes, BY, TODAY, LATER);
    }

    /** Evaluated in full, its report written and co-signed: ready for the credits. */
    private static InternshipFollowUp readyForCredits() {
        return evaluated(withObjectives(), FINAL).withReport("Mon stage", LEARNER_SUBJECT, at(3))
                .reportCosigned("Marc Petit", at(4));
    }

    @Nested
    class Opening {

        @Test
        void plans_each_step_its_days_after_the_first_day_and_the_review_on_the_last() {
            assertThat(opened().items()).extracting(FollowUpItem::kind, FollowUpItem::dueOn, FollowUpItem::owner)
                    .containsExactly(
                            tuple(ADAPTATION_CALL, LocalDate.of(2025, 4, 7), FollowUpKind.FollowUpOwner.REFERENT),
                            tuple(VISIT, LocalDate.of(2025, 4, 14), FollowUpKind.FollowUpOwner.REFERENT),
                            tuple(MID_TERM_REVIEW, LocalDate.of(2025, 4, 28), FollowUpKind.FollowUpOwner.REFERENT),
                            tuple(SKILLS_EVALUATION, LocalDate.of(2025, 5, 12), FollowUpKind.FollowUpOwner.TUTOR),
                            tuple(TRIPARTITE_REVIEW, END, FollowUpKind.FollowUpOwner.REFERENT));
        }

        @Test
        void every_step_is_planned_with_nothing_recorded() {
            assertThat(opened().items()).allSatisfy(item -> {
                assertThat(item.status()).isEqualTo(Status.PLANNED);
                assertThat(item.notes()).isNull();
                assertThat(item.doneOn()).isNull();
                assertThat(item.updatedBy()).isNull();
            });
        }

        @Test
        void the_mid_term_evaluation_is_due_halfway_and_the_final_one_on_the_last_day() {
            // 90 days from 1 April to 30 June: halfway is 45 days after the first day.
            assertThat(opened().evaluations()).extracting(Evaluation::kind, Evaluation::dueOn, Evaluation::link,
                            Evaluation::submitted)
                    .containsExactly(tuple(MID_TERM, LocalDate.of(2025, 5, 16), null, false),
                            tuple(FINAL, END, null, false));
        }

        @Test
        void keeps_the_agreements_id_and_nothing_else_yet() {
            InternshipFollowUp followUp = opened();

            assertThat(followUp.id()).isEqualTo(AGREEMENT_ID);
            assertThat(followUp.objectives()).isEmpty();
            assertThat(followUp.finalReport()).isNull();
            assertThat(followUp.ects()).isNull();
            assertThat(followUp.attestation()).isNull();
            assertThat(followUp.createdAt()).isEqualTo(NOW);
            assertThat(followUp.updatedAt()).isEqualTo(NOW);
            assertThat(followUp.version()).isZero();
        }

        static Stream<Arguments> shortInternships() {
            return Stream.of(
                    Arguments.of(6, List.of(TRIPARTITE_REVIEW)),
                    Arguments.of(7, List.of(ADAPTATION_CALL, TRIPARTITE_REVIEW)),
                    Arguments.of(13, List.of(ADAPTATION_CALL, TRIPARTITE_REVIEW)),
                    Arguments.of(14, List.of(ADAPTATION_CALL, VISIT, TRIPARTITE_REVIEW)),
                    Arguments.of(27, List.of(ADAPTATION_CALL, VISIT, TRIPARTITE_REVIEW)),
                    Arguments.of(41, List.of(ADAPTATION_CALL, VISIT, MID_TERM_REVIEW, TRIPARTITE_REVIEW)),
                    Arguments.of(42, List.of(FollowUpKind.values())));
        }

        @ParameterizedTest
        @MethodSource("shortInternships")
        void skips_the_steps_due_on_or_after_the_last_day(int lastDayAfterStart, List<FollowUpKind> planned) {
            assertThat(openedFor(START, START.plusDays(lastDayAfterStart)).items()).extracting(FollowUpItem::kind)
                    .containsExactlyElementsOf(planned);
        }

        @Test
        void a_one_day_internship_has_its_review_and_both_evaluations_that_day() {
            InternshipFollowUp followUp = openedFor(START, START);

            assertThat(followUp.items()).extracting(FollowUpItem::kind, FollowUpItem::dueOn)
                    .containsExactly(tuple(TRIPARTITE_REVIEW, START));
            assertThat(followUp.evaluations()).extracting(Evaluation::dueOn).containsExactly(START, START);
        }

        @Test
        void halfway_is_rounded_down_to_a_day() {
            assertThat(openedFor(START, START.plusDays(9)).evaluation(MID_TERM).dueOn())
                    .isEqualTo(START.plusDays(4));
        }

        @Test
        void a_skipped_step_is_not_part_of_the_follow_up() {
            InternshipFollowUp followUp = openedFor(START, START.plusDays(10));

            assertRefused(() -> followUp.item(VISIT), "kind", ErrorCode.INVALID);
            assertRefused(() -> followUp.withItem(SKILLS_EVALUATION, update(Status.DONE, null, null, null), LATER),
                    "kind", ErrorCode.INVALID);
        }
    }

    @Nested
    class Steps {

        @Test
        void a_step_done_records_the_day_the_notes_and_who() {
            InternshipFollowUp followUp = opened().withItem(VISIT,
                    update(Status.DONE, null, LocalDate.of(2025, 4, 15), "Visite sur site"), LATER);

            assertThat(followUp.item(VISIT)).isEqualTo(new FollowUpItem(VISIT, LocalDate.of(2025, 4, 14),
                    FollowUpKind.FollowUpOwner.REFERENT, Status.DONE, "Visite sur site", LocalDate.of(2025, 4, 15),
                    BY, LATER));
            assertThat(followUp.updatedAt()).isEqualTo(LATER);
            assertThat(followUp.items()).filteredOn(item -> item.kind() != VISIT)
                    .containsExactlyElementsOf(opened().items().stream().filter(i -> i.kind() != VISIT).toList());
        }

        @Test
        void done_without_a_day_is_done_today() {
            assertThat(opened().withItem(ADAPTATION_CALL, update(Status.DONE, null, null, null), LATER)
                    .item(ADAPTATION_CALL).doneOn()).isEqualTo(TODAY);
        }

        @Test
        void done_today_is_allowed_but_not_tomorrow() {
            assertThat(opened().withItem(VISIT, update(Status.DONE, null, TODAY, null), LATER).item(VISIT).doneOn())
                    .isEqualTo(TODAY);
            assertRefused(() -> opened().withItem(VISIT, update(Status.DONE, null, TODAY.plusDays(1), null), LATER),
                    "doneOn", ErrorCode.OUT_OF_RANGE);
        }

        @Test
        void planned_again_moves_the_step_and_forgets_it_was_done() {
            InternshipFollowUp done = opened().withItem(VISIT, update(Status.DONE, null, TODAY, "fait"), LATER);

            FollowUpItem moved = done.withItem(VISIT, update(Status.PLANNED, LocalDate.of(2025, 4, 22),
                    TODAY, "reportée"), at(61)).item(VISIT);

            assertThat(moved.status()).isEqualTo(Status.PLANNED);
            assertThat(moved.dueOn()).isEqualTo(LocalDate.of(2025, 4, 22));
            assertThat(moved.doneOn()).as("a planned step has no done day").isNull();
            assertThat(moved.notes()).isEqualTo("reportée");
        }

        @Test
        void cancelled_keeps_its_due_day_and_replaces_the_notes() {
            FollowUpItem cancelled = opened()
                    .withItem(VISIT, update(Status.PLANNED, null, null, "à confirmer"), LATER)
                    .withItem(VISIT, update(Status.CANCELLED, null, null, null), LATER).item(VISIT);

            assertThat(cancelled.status()).isEqualTo(Status.CANCELLED);
            assertThat(cancelled.dueOn()).isEqualTo(LocalDate.of(2025, 4, 14));
            assertThat(cancelled.notes()).isNull();
        }

        @Test
        void the_same_update_twice_changes_nothing_the_second_time() {
            InternshipFollowUp once = opened().withItem(VISIT, update(Status.DONE, null, TODAY, "ok"), LATER);

            assertThat(once.withItem(VISIT, update(Status.DONE, null, TODAY, "ok"), at(99))).isSameAs(once);
        }

        @Test
        void a_step_is_overdue_only_while_planned_after_its_day() {
            FollowUpItem visit = opened().item(VISIT);
            LocalDate due = visit.dueOn();

            assertThat(visit.overdueOn(due.minusDays(1))).isFalse();
            assertThat(visit.overdueOn(due)).isFalse();
            assertThat(visit.overdueOn(due.plusDays(1))).isTrue();
            assertThat(visit.updated(Status.DONE, null, due, null, BY, TODAY, LATER).overdueOn(due.plusDays(1)))
                    .isFalse();
            assertThat(visit.updated(Status.CANCELLED, null, null, null, BY, TODAY, LATER).overdueOn(due.plusDays(1)))
                    .isFalse();
        }
    }

    @Nested
    class Objectives {

        @Test
        void are_numbered_in_order() {
            assertThat(withObjectives().objectives()).containsExactly(new Objective("1", "Câbler une scène"),
                    new Objective("2", "Mixer un concert"), new Objective("3", "Tenir un planning"));
            assertThat(withObjectives().updatedAt()).isEqualTo(at(1));
        }

        @Test
        void the_same_list_again_changes_nothing() {
            InternshipFollowUp followUp = withObjectives();

            assertThat(followUp.withObjectives(OBJECTIVES, LATER)).isSameAs(followUp);
        }

        @Test
        void change_freely_until_an_evaluation_is_given_even_with_a_link_out() {
            InternshipFollowUp followUp = withObjectives().withLinkIssued(MID_TERM, link("link-1", LATER), at(2))
                    .withObjectives(List.of("Mixer un concert"), at(3));

            assertThat(followUp.objectives()).containsExactly(new Objective("1", "Mixer un concert"));
        }

        @Test
        void are_locked_once_an_evaluation_rated_them() {
            InternshipFollowUp evaluated = evaluated(withObjectives(), MID_TERM);

            assertRefused(() -> evaluated.withObjectives(List.of("Autre chose"), LATER), "objectives",
                    ErrorCode.INVALID_STATE);
            assertThat(evaluated.withObjectives(OBJECTIVES, LATER)).as("the same list is no change").isSameAs(evaluated);
        }
    }

    @Nested
    class Evaluations {

        @Test
        void an_evaluation_rates_each_objective_once() {
            List<ObjectiveRating> given = List.of(new ObjectiveRating("1", Level.MASTERED, "Parfait"),
                    new ObjectiveRating("3", Level.IN_PROGRESS, null), new ObjectiveRating("2", Level.ACQUIRED, null));

            InternshipFollowUp followUp = withObjectives().evaluated(MID_TERM, given, "Bon début", "link", AFTER_THE_END);

            Evaluation midTerm = followUp.evaluation(MID_TERM);
            assertThat(midTerm.ratings()).containsExactlyElementsOf(given);
            assertThat(midTerm.comment()).isEqualTo("Bon début");
            assertThat(midTerm.submittedBy()).isEqualTo("link");
            assertThat(midTerm.submittedAt()).isEqualTo(AFTER_THE_END);
            assertThat(midTerm.submitted()).isTrue();
            assertThat(followUp.evaluation(FINAL).submitted()).isFalse();
        }

        static Stream<List<String>> wrongRatings() {
            return Stream.of(List.of(), List.of("1", "2"), List.of("1", "2", "3", "4"), List.of("1", "2", "2", "3"),
                    List.of("1", "2", "03"));
        }

        @ParameterizedTest
        @MethodSource("wrongRatings")
        void missing_extra_unknown_or_repeated_ratings_are_refused(List<String> objectiveIds) {
            assertRefused(() -> withObjectives().evaluated(MID_TERM, ratings(objectiveIds.toArray(String[]::new)),
                    null, "link", AFTER_THE_END), "ratings", ErrorCode.INVALID);
        }

        @Test
        void without_objectives_an_evaluation_has_no_ratings() {
            assertThat(opened().evaluated(FINAL, List.of(), "RAS", "link", AFTER_THE_END).evaluation(FINAL).submitted())
                    .isTrue();
            assertRefused(() -> opened().evaluated(FINAL, ratings("1"), null, "link", AFTER_THE_END), "ratings",
                    ErrorCode.INVALID);
        }

        @ParameterizedTest
        @EnumSource(EvaluationKind.class)
        void opens_in_the_last_week_of_the_period_it_evaluates(EvaluationKind kind) {
            InternshipFollowUp followUp = withObjectives();
            Evaluation evaluation = followUp.evaluation(kind);
            assertThat(evaluation.opensOn()).isEqualTo(evaluation.dueOn().minusDays(6));
            Instant lastMinuteBefore = evaluation.opensOn().atStartOfDay(PlatformCalendar.ZONE).toInstant()
                    .minusSeconds(60);

            assertRefused(() -> followUp.evaluated(kind, ratings("1", "2", "3"), null, "link", lastMinuteBefore),
                    "kind", ErrorCode.INVALID_STATE);
            assertThat(followUp.evaluated(kind, ratings("1", "2", "3"), null, "link", lastMinuteBefore.plusSeconds(60))
                    .evaluation(kind).submitted()).isTrue();
        }

        @ParameterizedTest
        @EnumSource(EvaluationKind.class)
        void is_given_once(EvaluationKind kind) {
            InternshipFollowUp given = evaluated(withObjectives(), kind);

            assertRefused(() -> evaluated(given, kind), "kind", ErrorCode.INVALID_STATE);
        }
    }

    @Nested
    class Links {

        @Test
        void an_issued_link_opens_its_evaluation_until_it_expires() {
            InternshipFollowUp followUp = withObjectives().withLinkIssued(MID_TERM, link("link-1", LATER), at(2));

            Evaluation midTerm = followUp.evaluation(MID_TERM);
            assertThat(midTerm.link().id()).isEqualTo("link-1");
            assertThat(midTerm.openThroughLink(LATER.minusSeconds(1))).isTrue();
            assertThat(midTerm.openThroughLink(LATER)).as("expired at its instant").isFalse();
            assertThat(followUp.evaluation(FINAL).openThroughLink(NOW)).isFalse();
        }

        @Test
        void a_new_link_replaces_the_previous_one() {
            InternshipFollowUp followUp = withObjectives().withLinkIssued(MID_TERM, link("link-1", LATER), at(2))
                    .withLinkIssued(MID_TERM, link("link-2", LATER), at(3));

            assertThat(followUp.evaluation(MID_TERM).link()).isEqualTo(link("link-2", LATER));
            assertThat(followUp.evaluations()).extracting(e -> e.link() == null ? null : e.link().id())
                    .containsExactly("link-2", null);
        }

        @Test
        void a_revoked_link_opens_nothing_and_revoking_again_changes_nothing() {
            InternshipFollowUp revoked = withObjectives().withLinkIssued(MID_TERM, link("link-1", LATER), at(2))
                    .withLinkRevoked(MID_TERM, at(3));

            assertThat(revoked.evaluation(MID_TERM).link().revokedAt()).isEqualTo(at(3));
            assertThat(revoked.evaluation(MID_TERM).openThroughLink(at(4))).isFalse();
            assertThat(revoked.withLinkRevoked(MID_TERM, at(5))).isSameAs(revoked);
        }

        @Test
        void revoking_without_a_link_changes_nothing() {
            InternshipFollowUp followUp = withObjectives();

            assertThat(followUp.withLinkRevoked(FINAL, LATER)).isSameAs(followUp);
        }

        @Test
        void a_given_evaluation_is_closed_to_its_link_and_to_new_ones() {
            InternshipFollowUp given = evaluated(withObjectives().withLinkIssued(FINAL, link("link-1", LATER), at(1)),
                    FINAL);

            assertThat(given.evaluation(FINAL).openThroughLink(at(3))).isFalse();
            assertRefused(() -> given.withLinkIssued(FINAL, link("link-2", LATER), at(3)), "kind",
                    ErrorCode.INVALID_STATE);
        }
    }

    @Nested
    class Report {

        @Test
        void the_intern_writes_it_and_the_tutor_cosigns_it_once() {
            InternshipFollowUp cosigned = opened().withReport("Mon stage", LEARNER_SUBJECT, at(1))
                    .reportCosigned("Marc Petit", at(2));

            assertThat(cosigned.finalReport()).isEqualTo(new FinalReport("Mon stage", LEARNER_SUBJECT, at(1),
                    "Marc Petit", at(2)));
            assertThat(cosigned.reportCosigned("Paul Girard", at(3))).as("the first co-signature stays")
                    .isSameAs(cosigned);
        }

        @Test
        void rewriting_it_asks_for_a_new_cosignature() {
            InternshipFollowUp cosigned = opened().withReport("Mon stage", LEARNER_SUBJECT, at(1))
                    .reportCosigned("Marc Petit", at(2));

            FinalReport rewritten = cosigned.withReport("Mon stage, relu", LEARNER_SUBJECT, at(3)).finalReport();

            assertThat(rewritten.cosigned()).isFalse();
            assertThat(rewritten.cosignedBy()).isNull();
            assertThat(rewritten.submittedAt()).isEqualTo(at(3));
            assertThat(cosigned.withReport("Mon stage", LEARNER_SUBJECT, at(3))).as("the same text is no change")
                    .isSameAs(cosigned);
        }

        @Test
        void cannot_be_cosigned_before_it_is_written() {
            assertRefused(() -> opened().reportCosigned("Marc Petit", LATER), "finalReport", ErrorCode.INVALID_STATE);
        }

        @Test
        void cannot_change_once_the_credits_are_validated() {
            InternshipFollowUp validated = readyForCredits().ectsValidated(10, BY, at(5));

            assertRefused(() -> validated.withReport("Autre texte", LEARNER_SUBJECT, at(6)), "summary",
                    ErrorCode.INVALID_STATE);
            assertThat(validated.withReport("Mon stage", LEARNER_SUBJECT, at(6))).isSameAs(validated);
        }
    }

    @Nested
    class Credits {

        @ParameterizedTest
        @ValueSource(ints = {0, 12, EctsValidation.MAX_CREDITS})
        void are_validated_within_bounds(int credits) {
            assertThat(readyForCredits().ectsValidated(credits, BY, at(5)).ects())
                    .isEqualTo(new EctsValidation(credits, BY, at(5)));
        }

        @ParameterizedTest
        @ValueSource(ints = {-1, EctsValidation.MAX_CREDITS + 1})
        void out_of_bounds_are_refused_whatever_the_state(int credits) {
            assertRefused(() -> readyForCredits().ectsValidated(credits, BY, at(5)), "credits",
                    ErrorCode.OUT_OF_RANGE);
            assertRefused(() -> opened().ectsValidated(credits, BY, at(5)), "credits", ErrorCode.OUT_OF_RANGE);
        }

        @Test
        void wait_for_the_final_evaluation() {
            InternshipFollowUp midTermOnly = evaluated(withObjectives(), MID_TERM)
                    .withReport("Mon stage", LEARNER_SUBJECT, at(3)).reportCosigned("Marc Petit", at(4));

            assertRefused(() -> midTermOnly.ectsValidated(10, BY, at(5)), "credits", ErrorCode.INVALID_STATE);
        }

        @Test
        void wait_for_the_cosigned_report() {
            InternshipFollowUp noReport = evaluated(withObjectives(), FINAL);
            InternshipFollowUp notCosigned = noReport.withReport("Mon stage", LEARNER_SUBJECT, at(3));

            assertRefused(() -> noReport.ectsValidated(10, BY, at(5)), "credits", ErrorCode.INVALID_STATE);
            assertRefused(() -> notCosigned.ectsValidated(10, BY, at(5)), "credits", ErrorCode.INVALID_STATE);
        }

        @Test
        void the_same_credits_again_change_nothing_other_credits_replace_them() {
            InternshipFollowUp validated = readyForCredits().ectsValidated(10, BY, at(5));

            assertThat(validated.ectsValidated(10, "kc-other", at(6))).isSameAs(validated);
            assertThat(validated.ectsValidated(12, "kc-other", at(6)).ects())
                    .isEqualTo(new EctsValidation(12, "kc-other", at(6)));
        }
    }

    @Nested
    class Certificate {

        @Test
        void issuing_it_again_replaces_it() {
            Attestation first = new Attestation(4200, 10, Money.euros(300), sha256("v1"), BY, at(1));
            Attestation corrected = new Attestation(4200, 10, Money.euros(315), sha256("v2"), BY, at(2));

            InternshipFollowUp followUp = opened().attested(first, at(1)).attested(corrected, at(2));

            assertThat(followUp.attestation()).isEqualTo(corrected);
            assertThat(followUp.updatedAt()).isEqualTo(at(2));
        }

        @Test
        void an_attestation_gets_its_documents_hash() {
            Attestation rendering = new Attestation(4200, 10, Money.euros(300), null, BY, at(1));

            assertThat(rendering.withDocument(sha256("pdf"))).isEqualTo(new Attestation(4200, 10, Money.euros(300),
                    sha256("pdf"), BY, at(1)));
        }
    }
}
