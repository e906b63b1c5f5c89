package fr.passerelle.agreement.model;

import static fr.passerelle.agreement.model.AgreementModelTestData.AGREEMENT_ID;
import static fr.passerelle.agreement.model.AgreementModelTestData.AMENDMENT_1;
import static fr.passerelle.agreement.model.AgreementModelTestData.APPLICATION_ID;
import static fr.passerelle.agreement.model.AgreementModelTestData.COMPANY;
import static fr.passerelle.agreement.model.AgreementModelTestData.COMPANY_ID;
import static fr.passerelle.agreement.model.AgreementModelTestData.CREATED_BY;
import static fr.passerelle.agreement.model.AgreementModelTestData.DOCUMENTED_MOVES;
import static fr.passerelle.agreement.model.AgreementModelTestData.HASH_V1;
import static fr.passerelle.agreement.model.AgreementModelTestData.HASH_V2;
import static fr.passerelle.agreement.model.AgreementModelTestData.LEARNER;
import static fr.passerelle.agreement.model.AgreementModelTestData.LEARNER_ID;
import static fr.passerelle.agreement.model.AgreementModelTestData.NOW;
import static fr.passerelle.agreement.model.AgreementModelTestData.SCAN;
import static fr.passerelle.agreement.model.AgreementModelTestData.SCHOOL;
import static fr.passerelle.agreement.model.AgreementModelTestData.SCHOOL_ID;
import static fr.passerelle.agreement.model.AgreementModelTestData.START;
import static fr.passerelle.agreement.model.AgreementModelTestData.TUTOR;
import static fr.passerelle.agreement.model.AgreementModelTestData.TUTOR_DELEGATE;
import static fr.passerelle.agreement.model.AgreementModelTestData.agreementIn;
import static fr.passerelle.agreement.model.AgreementModelTestData.amend;
import static fr.passerelle.agreement.model.AgreementModelTestData.amendmentSignedBy;
import static fr.passerelle.agreement.model.AgreementModelTestData.at;
import static fr.passerelle.agreement.model.AgreementModelTestData.circuit;
import static fr.passerelle.agreement.model.AgreementModelTestData.draft;
import static fr.passerelle.agreement.model.AgreementModelTestData.mixedCircuit;
import static fr.passerelle.agreement.model.AgreementModelTestData.parties;
import static fr.passerelle.agreement.model.AgreementModelTestData.sign;
import static fr.passerelle.agreement.model.AgreementModelTestData.signedByEveryone;
import static fr.passerelle.agreement.model.AgreementModelTestData.step;
import static fr.passerelle.agreement.model.AgreementModelTestData.terms;
import static fr.passerelle.agreement.model.AgreementStatus.CANCELLED;
import static fr.passerelle.agreement.model.AgreementStatus.COMPLETED;
import static fr.passerelle.agreement.model.AgreementStatus.DRAFT;
import static fr.passerelle.agreement.model.AgreementStatus.INTERRUPTED;
import static fr.passerelle.agreement.model.AgreementStatus.IN_PROGRESS;
import static fr.passerelle.agreement.model.AgreementStatus.OUT_FOR_SIGNATURE;
import static fr.passerelle.agreement.model.AgreementStatus.SIGNED;
import static fr.passerelle.agreement.model.AgreementStatus.UNDER_VALIDATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AgreementTest {

    /** Later than every step {@link AgreementModelTestData#agreementIn} takes. */
    private static final Instant LATER = at(60);

    private static final SigningCircuit STRICT_CIRCUIT = circuit(step(LEARNER), step(COMPANY), step(SCHOOL),
            step(TUTOR));

    private static void assertRefused(ThrowingCallable call, String field, ErrorCode code) {
        assertThat(Violations.thrownBy(call)).extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of(field), code));
    }

    /** The aggregate's own action leading to {@code target}. */
    private static Agreement moveTo(Agreement agreement, AgreementStatus target, Instant now) {
        return switch (target) {
            case DRAFT -> agreement.returnedToDraft(now);
            case UNDER_VALIDATION -> agreement.submittedForValidation(now);
            case OUT_FOR_SIGNATURE -> agreement.sentForSignature(HASH_V1, now);
            case SIGNED -> signedByEveryone(agreement, HASH_V1, now);
            case IN_PROGRESS -> agreement.started(START, now);
            case COMPLETED -> agreement.completed(now);
            case INTERRUPTED -> agreement.interrupted("Fermeture de l'entreprise", AgreementModelTestData.START, null, AgreementModelTestData.END, now);
            case CANCELLED -> agreement.cancelled(now);
        };
    }

    private static List<String> awaitedIds(Agreement agreement) {
        return agreement.signing().awaiting().stream().map(Signatory::id).toList();
    }

    /** Out for signature (version 1), signed by the learner and the company signatory. */
    private static Agreement partlySigned() {
        return agreementIn(OUT_FOR_SIGNATURE).signed(sign(LEARNER), at(10)).signed(sign(COMPANY), at(11));
    }

    @Nested
    class Drafting {

        @Test
        void a_new_agreement_is_a_draft_with_an_unsent_document_and_no_amendment() {
            Agreement draft = draft();

            assertThat(draft.status()).isEqualTo(DRAFT);
            assertThat(draft.signing()).isEqualTo(SignedDocument.unsent(mixedCircuit()));
            assertThat(draft.amendments()).isEmpty();
            assertThat(draft.interruption()).isNull();
            assertThat(draft.createdAt()).isEqualTo(NOW);
            assertThat(draft.updatedAt()).isEqualTo(NOW);
            assertThat(draft.version()).isZero();
        }

        @Test
        void a_draft_takes_new_terms() {
            AgreementTerms newTerms = terms().activities("Préparer les concerts de l'été").build();

            Agreement edited = draft().withTerms(parties(), newTerms, LATER);

            assertThat(edited.terms()).isEqualTo(newTerms);
            assertThat(edited.updatedAt()).isEqualTo(LATER);
        }

        @Test
        void the_same_terms_and_parties_again_return_the_same_agreement() {
            Agreement draft = draft();

            assertThat(draft.withTerms(parties(), terms().build(), LATER)).isSameAs(draft);
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = AgreementStatus.class, names = "DRAFT", mode = EnumSource.Mode.EXCLUDE)
        void terms_are_edited_only_in_draft(AgreementStatus status) {
            Agreement agreement = agreementIn(status);
            AgreementTerms newTerms = terms().activities("Autre chose").build();

            assertRefused(() -> agreement.withTerms(parties(), newTerms, LATER), "status", ErrorCode.INVALID_STATE);
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = AgreementStatus.class, names = {"DRAFT", "UNDER_VALIDATION"})
        void the_circuit_changes_before_the_agreement_is_sent(AgreementStatus status) {
            Agreement changed = agreementIn(status).withCircuit(STRICT_CIRCUIT, LATER);

            assertThat(changed.signing().circuit()).isEqualTo(STRICT_CIRCUIT);
            assertThat(changed.status()).isEqualTo(status);
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = AgreementStatus.class, names = {"DRAFT", "UNDER_VALIDATION"},
                mode = EnumSource.Mode.EXCLUDE)
        void the_circuit_is_fixed_once_the_agreement_is_sent(AgreementStatus status) {
            Agreement agreement = agreementIn(status);

            assertRefused(() -> agreement.withCircuit(STRICT_CIRCUIT, LATER), "status", ErrorCode.INVALID_STATE);
        }
    }

    @Nested
    class Lifecycle {

        /** Every pair of different statuses, with whether the documented lifecycle allows the move. */
        static Stream<Arguments> everyMove() {
            return Arrays.stream(AgreementStatus.values()).flatMap(from -> Arrays.stream(AgreementStatus.values())
                    .filter(to -> to != from)
                    .map(to -> Arguments.of(from, to, DOCUMENTED_MOVES.get(from).contains(to))));
        }

        @ParameterizedTest(name = "{0} -> {1}: {2}")
        @MethodSource("everyMove")
        void the_aggregate_moves_only_along_the_documented_lifecycle(AgreementStatus from, AgreementStatus to,
                                                                     boolean documented) {
            Agreement agreement = agreementIn(from);

            if (documented) {
                assertThat(moveTo(agreement, to, LATER).status()).isEqualTo(to);
            } else {
                assertRefused(() -> moveTo(agreement, to, LATER), "status", ErrorCode.INVALID_STATE);
            }
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = AgreementStatus.class, names = {"DRAFT", "UNDER_VALIDATION", "IN_PROGRESS", "COMPLETED",
            "CANCELLED"})
        void asking_for_the_status_it_already_has_changes_nothing(AgreementStatus status) {
            Agreement agreement = agreementIn(status);

            assertThat(moveTo(agreement, status, LATER)).isSameAs(agreement);
        }

        @Test
        void a_new_version_is_not_sent_while_the_current_one_is_out_for_signature() {
            Agreement outForSignature = agreementIn(OUT_FOR_SIGNATURE);

            assertRefused(() -> outForSignature.sentForSignature(HASH_V2, LATER), "status", ErrorCode.INVALID_STATE);
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = AgreementStatus.class, names = "OUT_FOR_SIGNATURE", mode = EnumSource.Mode.EXCLUDE)
        void signatures_are_given_only_while_out_for_signature(AgreementStatus status) {
            Agreement agreement = agreementIn(status);

            assertRefused(() -> agreement.signed(sign(LEARNER), LATER), "status", ErrorCode.INVALID_STATE);
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = AgreementStatus.class, names = {"DRAFT", "UNDER_VALIDATION", "OUT_FOR_SIGNATURE"})
        void a_signatory_is_delegated_until_the_agreement_is_signed(AgreementStatus status) {
            Agreement delegated = agreementIn(status).delegated(TUTOR, TUTOR_DELEGATE, LATER);

            assertThat(delegated.signing().circuit().signatory(TUTOR).orElseThrow().delegate())
                    .isEqualTo(TUTOR_DELEGATE);
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = AgreementStatus.class, names = {"SIGNED", "IN_PROGRESS", "COMPLETED", "INTERRUPTED",
            "CANCELLED"})
        void nobody_is_delegated_once_the_agreement_is_signed_or_cancelled(AgreementStatus status) {
            Agreement agreement = agreementIn(status);

            assertRefused(() -> agreement.delegated(TUTOR, TUTOR_DELEGATE, LATER), "status",
                    ErrorCode.INVALID_STATE);
        }
    }

    @Nested
    class SigningTheMixedCircuit {

        @Test
        void the_agreement_is_signed_in_order_and_becomes_signed_exactly_at_the_last_signature() {
            Agreement sent = draft().submittedForValidation(at(1)).sentForSignature(HASH_V1, at(2));
            assertThat(sent.status()).isEqualTo(OUT_FOR_SIGNATURE);
            assertThat(sent.signing().documentVersion()).isEqualTo(1);
            assertThat(awaitedIds(sent)).containsExactly(LEARNER);

            Agreement learnerSigned = sent.signed(sign(LEARNER), at(3));
            assertThat(learnerSigned.status()).isEqualTo(OUT_FOR_SIGNATURE);
            assertThat(awaitedIds(learnerSigned)).containsExactly(COMPANY, SCHOOL);

            Agreement schoolSigned = learnerSigned.signed(sign(SCHOOL).onPaper(SCAN), at(4));
            assertThat(schoolSigned.status()).isEqualTo(OUT_FOR_SIGNATURE);
            assertThat(awaitedIds(schoolSigned)).containsExactly(COMPANY);

            Agreement companySigned = schoolSigned.signed(sign(COMPANY), at(5));
            assertThat(companySigned.status()).isEqualTo(OUT_FOR_SIGNATURE);
            assertThat(awaitedIds(companySigned)).containsExactly(TUTOR);

            Agreement delegated = companySigned.delegated(TUTOR, TUTOR_DELEGATE, at(6));
            Signatory tutor = delegated.signing().circuit().signatory(TUTOR).orElseThrow();
            assertThat(tutor.name()).isEqualTo("Marc Petit");
            assertThat(tutor.signingSubject()).isEqualTo("kc-paul");
            assertThat(delegated.status()).isEqualTo(OUT_FOR_SIGNATURE);

            Agreement signed = delegated.signed(sign(TUTOR).by(TUTOR_DELEGATE.name(), "kc-paul"), at(7));
            assertThat(signed.status()).isEqualTo(SIGNED);
            assertThat(signed.updatedAt()).isEqualTo(at(7));
            assertThat(signed.signing().awaiting()).isEmpty();
            assertThat(signed.signing().signatures())
                    .extracting(Signature::signatoryId, Signature::method, Signature::signedBy,
                            Signature::scanSha256, Signature::documentVersion, Signature::documentSha256)
                    .containsExactly(
                            tuple(LEARNER, SignatureMethod.ELECTRONIC, "Léa Martin", null, 1, HASH_V1),
                            tuple(SCHOOL, SignatureMethod.PAPER, "Nadia Benali", SCAN, 1, HASH_V1),
                            tuple(COMPANY, SignatureMethod.ELECTRONIC, "Claire Dubois", null, 1, HASH_V1),
                            tuple(TUTOR, SignatureMethod.ELECTRONIC, "Paul Girard", null, 1, HASH_V1));
        }

        @Test
        void signing_out_of_turn_leaves_the_agreement_as_it_was() {
            Agreement sent = agreementIn(OUT_FOR_SIGNATURE);

            assertRefused(() -> sent.signed(sign(TUTOR), LATER), "signatoryId", ErrorCode.INVALID_STATE);
            assertThat(sent.signing().signatures()).isEmpty();
        }

        @Test
        void a_signature_given_twice_returns_the_same_agreement() {
            Agreement learnerSigned = agreementIn(OUT_FOR_SIGNATURE).signed(sign(LEARNER), at(10));

            assertThat(learnerSigned.signed(sign(LEARNER), LATER)).isSameAs(learnerSigned);
        }

        @Test
        void the_tutor_s_delegation_is_refused_once_the_tutor_signed() {
            Agreement signed = agreementIn(SIGNED);

            assertRefused(() -> signed.signing().delegating(TUTOR, TUTOR_DELEGATE), "signatoryId",
                    ErrorCode.INVALID_STATE);
        }
    }

    @Nested
    class ReturningToDraftDuringSignature {

        @Test
        void a_partly_signed_agreement_goes_back_to_draft_keeping_its_signatures() {
            Agreement returned = partlySigned().returnedToDraft(LATER);

            assertThat(returned.status()).isEqualTo(DRAFT);
            assertThat(returned.signing().signatures()).extracting(Signature::signatoryId)
                    .containsExactly(LEARNER, COMPANY);
        }

        @Test
        void the_re_sent_agreement_is_version_2_and_needs_everyone_again_from_step_1() {
            AgreementTerms corrected = terms().activities("Activités corrigées").build();

            Agreement resent = partlySigned().returnedToDraft(at(20))
                    .withTerms(parties(), corrected, at(21))
                    .submittedForValidation(at(22))
                    .sentForSignature(HASH_V2, at(23));

            assertThat(resent.status()).isEqualTo(OUT_FOR_SIGNATURE);
            assertThat(resent.terms()).isEqualTo(corrected);
            assertThat(resent.signing().documentVersion()).isEqualTo(2);
            assertThat(resent.signing().documentSha256()).isEqualTo(HASH_V2);
            assertThat(resent.signing().signatures())
                    .extracting(Signature::signatoryId, Signature::documentVersion, Signature::documentSha256)
                    .containsExactly(tuple(LEARNER, 1, HASH_V1), tuple(COMPANY, 1, HASH_V1));
            assertThat(resent.signing().currentSignatures()).isEmpty();
            assertThat(awaitedIds(resent)).containsExactly(LEARNER);
        }

        @Test
        void version_2_is_signed_with_its_own_hash_and_becomes_signed_at_its_last_signature() {
            Agreement resent = partlySigned().returnedToDraft(at(20)).submittedForValidation(at(21))
                    .sentForSignature(HASH_V2, at(22));

            assertRefused(() -> resent.signed(sign(LEARNER).of(HASH_V1), LATER), "documentSha256",
                    ErrorCode.INVALID_STATE);
            assertRefused(() -> resent.signed(sign(COMPANY).of(HASH_V2), LATER), "signatoryId",
                    ErrorCode.INVALID_STATE);

            Agreement signed = signedByEveryone(resent, HASH_V2, LATER);

            assertThat(signed.status()).isEqualTo(SIGNED);
            assertThat(signed.signing().signatures()).extracting(Signature::documentVersion)
                    .containsExactly(1, 1, 2, 2, 2, 2);
        }

        @Test
        void a_return_to_draft_before_sending_uses_up_no_version() {
            Agreement sent = agreementIn(UNDER_VALIDATION).returnedToDraft(at(10)).submittedForValidation(at(11))
                    .sentForSignature(HASH_V1, at(12));

            assertThat(sent.signing().documentVersion()).isEqualTo(1);
        }

        @Test
        void nobody_signs_while_the_agreement_is_back_in_draft() {
            Agreement returned = partlySigned().returnedToDraft(LATER);

            assertRefused(() -> returned.signed(sign(SCHOOL).onPaper(SCAN), LATER), "status",
                    ErrorCode.INVALID_STATE);
        }

        @Test
        void the_circuit_can_be_changed_after_a_return_to_draft() {
            Agreement returned = partlySigned().returnedToDraft(at(20));

            assertThat(returned.withCircuit(STRICT_CIRCUIT, LATER).signing().circuit()).isEqualTo(STRICT_CIRCUIT);
        }
    }

    @Nested
    class Starting {

        @Test
        void the_internship_does_not_start_before_its_first_day() {
            Agreement signed = agreementIn(SIGNED);

            assertRefused(() -> signed.started(START.minusDays(1), LATER), "status", ErrorCode.INVALID_STATE);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"2025-04-01", "2025-04-02", "2025-07-01"})
        void the_internship_starts_on_or_after_its_first_day(LocalDate today) {
            Agreement started = agreementIn(SIGNED).started(today, LATER);

            assertThat(started.status()).isEqualTo(IN_PROGRESS);
            assertThat(started.updatedAt()).isEqualTo(LATER);
        }
    }

    @Nested
    class Interrupting {

        @ParameterizedTest(name = "\"{0}\"")
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\t\n"})
        void an_interruption_needs_a_reason(String reason) {
            Agreement inProgress = agreementIn(IN_PROGRESS);

            assertRefused(() -> inProgress.interrupted(reason, AgreementModelTestData.START, null, AgreementModelTestData.END, LATER), "reason", ErrorCode.REQUIRED);
        }

        @Test
        void the_reason_is_kept_without_surrounding_blanks() {
            Agreement interrupted = agreementIn(IN_PROGRESS).interrupted("  Fermeture de l'entreprise \n", AgreementModelTestData.START, null, AgreementModelTestData.END, LATER);

            assertThat(interrupted.status()).isEqualTo(INTERRUPTED);
            assertThat(interrupted.interruption()).isEqualTo("Fermeture de l'entreprise");
        }

        @ParameterizedTest
        @EnumSource(InterruptionInitiative.class)
        void whose_initiative_it_was_is_kept_and_not_changed_by_a_repeat(InterruptionInitiative initiative) {
            Agreement interrupted = agreementIn(IN_PROGRESS).interrupted("Rupture", AgreementModelTestData.START,
                    initiative, AgreementModelTestData.END, LATER);

            assertThat(interrupted.interruptionInitiative()).isEqualTo(initiative);
            assertThat(interrupted.interrupted("Rupture", AgreementModelTestData.START, null,
                    AgreementModelTestData.END, LATER)).isSameAs(interrupted);
        }

        @Test
        void an_interruption_may_leave_its_initiative_unstated() {
            assertThat(agreementIn(IN_PROGRESS).interrupted("Rupture", AgreementModelTestData.START, null,
                    AgreementModelTestData.END, LATER).interruptionInitiative()).isNull();
        }

        @Test
        void an_internship_that_has_not_started_is_cancelled_not_interrupted() {
            Agreement signed = agreementIn(SIGNED);

            assertRefused(() -> signed.interrupted("Changement d'avis", AgreementModelTestData.START, null, AgreementModelTestData.END, LATER), "status", ErrorCode.INVALID_STATE);
        }
    }

    @Nested
    class Bookkeeping {

        /** A change of the aggregate, named for the report. */
        record Change(String name, Agreement before, UnaryOperator<Agreement> change) {

            Agreement apply() {
                return change.apply(before);
            }

            @Override
            public String toString() {
                return name;
            }
        }

        static Stream<Change> realChanges() {
            Agreement amended = amend(agreementIn(SIGNED), AMENDMENT_1, at(10));
            return Stream.of(
                    new Change("new terms", draft(),
                            a -> a.withTerms(parties(), terms().activities("Autre").build(), LATER)),
                    new Change("new circuit", agreementIn(UNDER_VALIDATION),
                            a -> a.withCircuit(STRICT_CIRCUIT, LATER)),
                    new Change("submitted for validation", draft(), a -> a.submittedForValidation(LATER)),
                    new Change("returned from validation", agreementIn(UNDER_VALIDATION),
                            a -> a.returnedToDraft(LATER)),
                    new Change("sent for signature", agreementIn(UNDER_VALIDATION),
                            a -> a.sentForSignature(HASH_V1, LATER)),
                    new Change("first signature", agreementIn(OUT_FOR_SIGNATURE), a -> a.signed(sign(LEARNER), LATER)),
                    new Change("delegation", agreementIn(OUT_FOR_SIGNATURE),
                            a -> a.delegated(TUTOR, TUTOR_DELEGATE, LATER)),
                    new Change("last signature", agreementIn(OUT_FOR_SIGNATURE),
                            a -> signedByEveryone(a, HASH_V1, LATER)),
                    new Change("returned from signature", partlySigned(), a -> a.returnedToDraft(LATER)),
                    new Change("started", agreementIn(SIGNED), a -> a.started(START, LATER)),
                    new Change("completed", agreementIn(IN_PROGRESS), a -> a.completed(LATER)),
                    new Change("interrupted", agreementIn(IN_PROGRESS), a -> a.interrupted("Maladie", AgreementModelTestData.START, null, AgreementModelTestData.END, LATER)),
                    new Change("cancelled", agreementIn(SIGNED), a -> a.cancelled(LATER)),
                    new Change("amendment proposed", agreementIn(IN_PROGRESS), a -> amend(a, AMENDMENT_1, LATER)),
                    new Change("amendment signature", amended, a -> amendmentSignedBy(a, AMENDMENT_1, LEARNER, LATER)),
                    new Change("amendment withdrawn", amended, a -> a.amendmentWithdrawn(AMENDMENT_1, LATER)));
        }

        static Stream<Change> noOps() {
            Agreement learnerSigned = agreementIn(OUT_FOR_SIGNATURE).signed(sign(LEARNER), at(10));
            Agreement amendmentLearnerSigned = amendmentSignedBy(amend(agreementIn(SIGNED), AMENDMENT_1, at(10)),
                    AMENDMENT_1, LEARNER, at(11));
            return Stream.of(
                    new Change("equal terms and parties", draft(),
                            a -> a.withTerms(parties(), terms().build(), LATER)),
                    new Change("sent again with the same hash", agreementIn(OUT_FOR_SIGNATURE),
                            a -> a.sentForSignature(HASH_V1, LATER)),
                    new Change("signed twice", learnerSigned, a -> a.signed(sign(LEARNER), LATER)),
                    new Change("amendment signed twice", amendmentLearnerSigned,
                            a -> amendmentSignedBy(a, AMENDMENT_1, LEARNER, LATER)),
                    new Change("cancelled twice", agreementIn(CANCELLED), a -> a.cancelled(LATER)),
                    new Change("completed twice", agreementIn(COMPLETED), a -> a.completed(LATER)));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("realChanges")
        void every_real_change_moves_updated_at(Change change) {
            Agreement after = change.apply();

            assertThat(after).isNotSameAs(change.before()).isNotEqualTo(change.before());
            assertThat(after.updatedAt()).isEqualTo(LATER);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("realChanges")
        void identity_fields_never_change(Change change) {
            Agreement after = change.apply();

            assertThat(after).extracting(Agreement::id, Agreement::applicationId, Agreement::learnerId,
                            Agreement::schoolId, Agreement::companyId, Agreement::createdBy, Agreement::createdAt,
                            Agreement::version)
                    .containsExactly(AGREEMENT_ID, APPLICATION_ID, LEARNER_ID, SCHOOL_ID, COMPANY_ID, CREATED_BY, NOW,
                            0L);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("noOps")
        void a_change_that_changes_nothing_returns_the_same_instance(Change change) {
            assertThat(change.apply()).isSameAs(change.before());
        }
    }
}
