package fr.passerelle.agreement.model;

import static fr.passerelle.agreement.model.AgreementModelTestData.COMPANY;
import static fr.passerelle.agreement.model.AgreementModelTestData.HASH_V1;
import static fr.passerelle.agreement.model.AgreementModelTestData.HASH_V2;
import static fr.passerelle.agreement.model.AgreementModelTestData.LEARNER;
import static fr.passerelle.agreement.model.AgreementModelTestData.REFERENT;
import static fr.passerelle.agreement.model.AgreementModelTestData.SCAN;
import static fr.passerelle.agreement.model.AgreementModelTestData.SCHOOL;
import static fr.passerelle.agreement.model.AgreementModelTestData.TUTOR;
import static fr.passerelle.agreement.model.AgreementModelTestData.TUTOR_DELEGATE;
import static fr.passerelle.agreement.model.AgreementModelTestData.at;
import static fr.passerelle.agreement.model.AgreementModelTestData.circuit;
import static fr.passerelle.agreement.model.AgreementModelTestData.mixedCircuit;
import static fr.passerelle.agreement.model.AgreementModelTestData.sign;
import static fr.passerelle.agreement.model.AgreementModelTestData.signatory;
import static fr.passerelle.agreement.model.AgreementModelTestData.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import fr.passerelle.testing.Violations;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SignedDocumentTest {

    private static SignedDocument sentV1() {
        return SignedDocument.unsent(mixedCircuit()).sent(HASH_V1);
    }

    /** Version 1 signed by the learner and the company signatory: the school signatory and then the tutor remain. */
    private static SignedDocument halfSignedV1() {
        return sign(COMPANY).apply(sign(LEARNER).apply(sentV1()));
    }

    private static void assertRefused(ThrowingCallable call, String field, ErrorCode code) {
        assertThat(Violations.thrownBy(call)).extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of(field), code));
    }

    private static List<String> ids(List<Signatory> signatories) {
        return signatories.stream().map(Signatory::id).toList();
    }

    @Nested
    class Sending {

        @Test
        void an_unsent_document_has_no_version_hash_signature_or_awaited_signatory() {
            SignedDocument unsent = SignedDocument.unsent(mixedCircuit());

            assertThat(unsent.documentVersion()).isZero();
            assertThat(unsent.documentSha256()).isNull();
            assertThat(unsent.signatures()).isEmpty();
            assertThat(unsent.awaiting()).isEmpty();
            assertThat(unsent.complete()).isFalse();
        }

        @Test
        void sending_makes_version_1_of_that_hash_awaiting_the_first_step() {
            SignedDocument sent = sentV1();

            assertThat(sent.documentVersion()).isEqualTo(1);
            assertThat(sent.documentSha256()).isEqualTo(HASH_V1);
            assertThat(ids(sent.awaiting())).containsExactly(LEARNER);
        }

        @Test
        void re_sending_makes_a_new_version_that_keeps_earlier_signatures_on_their_version() {
            SignedDocument resent = halfSignedV1().sent(HASH_V2);

            assertThat(resent.documentVersion()).isEqualTo(2);
            assertThat(resent.documentSha256()).isEqualTo(HASH_V2);
            assertThat(resent.signatures()).extracting(Signature::signatoryId, Signature::documentVersion,
                            Signature::documentSha256)
                    .containsExactly(tuple(LEARNER, 1, HASH_V1), tuple(COMPANY, 1, HASH_V1));
        }

        @Test
        void a_new_version_needs_everyone_again_from_the_first_step() {
            SignedDocument resent = halfSignedV1().sent(HASH_V2);

            assertThat(resent.currentSignatures()).isEmpty();
            assertThat(ids(resent.awaiting())).containsExactly(LEARNER);
            assertThat(resent.complete()).isFalse();
        }

        @Test
        void a_signature_of_an_earlier_version_does_not_count_for_the_new_one() {
            SignedDocument resent = halfSignedV1().sent(HASH_V2);

            assertRefused(() -> sign(COMPANY).of(HASH_V2).apply(resent), "signatoryId", ErrorCode.INVALID_STATE);
        }
    }

    @Nested
    class Signing {

        @Test
        void a_signature_records_who_how_when_and_exactly_what() {
            SignedDocument signed = sign(LEARNER).at(at(10)).apply(sentV1());

            assertThat(signed.signatures()).singleElement().isEqualTo(new Signature(LEARNER,
                    SignatoryRole.LEARNER, SignatureMethod.ELECTRONIC, "Léa Martin", "kc-lea", at(10), 1, HASH_V1,
                    null));
        }

        @Test
        void the_document_cannot_be_signed_before_it_is_sent() {
            assertRefused(() -> sign(LEARNER).apply(SignedDocument.unsent(mixedCircuit())), "signatoryId",
                    ErrorCode.INVALID_STATE);
        }

        @Test
        void only_a_signatory_of_the_circuit_signs() {
            assertRefused(() -> sign(REFERENT).apply(sentV1()), "signatoryId", ErrorCode.INVALID);
        }

        @Test
        void signing_out_of_turn_is_refused() {
            assertRefused(() -> sign(COMPANY).apply(sentV1()), "signatoryId", ErrorCode.INVALID_STATE);
        }

        @Test
        void a_later_step_waits_for_every_signatory_of_the_step_before() {
            assertRefused(() -> sign(TUTOR).apply(halfSignedV1()), "signatoryId", ErrorCode.INVALID_STATE);
        }

        @Test
        void the_signatories_of_a_step_sign_in_any_order() {
            SignedDocument schoolFirst = sign(COMPANY).apply(sign(SCHOOL).onPaper(SCAN).apply(
                    sign(LEARNER).apply(sentV1())));

            assertThat(ids(schoolFirst.awaiting())).containsExactly(TUTOR);
        }

        @Test
        void signing_with_the_hash_of_another_document_is_refused() {
            assertRefused(() -> sign(LEARNER).of(HASH_V2).apply(sentV1()), "documentSha256",
                    ErrorCode.INVALID_STATE);
        }

        @Test
        void signing_with_the_hash_of_the_previous_version_is_refused() {
            SignedDocument resent = sentV1().sent(HASH_V2);

            assertRefused(() -> sign(LEARNER).of(HASH_V1).apply(resent), "documentSha256", ErrorCode.INVALID_STATE);
        }

        @Test
        void signing_twice_is_a_no_op_returning_the_same_document() {
            SignedDocument once = sign(LEARNER).apply(sentV1());

            assertThat(sign(LEARNER).at(at(30)).apply(once)).isSameAs(once);
        }

        @Test
        void the_document_is_complete_at_the_last_signature_and_not_before() {
            SignedDocument allButTutor = sign(SCHOOL).onPaper(SCAN).apply(halfSignedV1());

            assertThat(allButTutor.complete()).isFalse();
            assertThat(sign(TUTOR).apply(allButTutor).complete()).isTrue();
            assertThat(sign(TUTOR).apply(allButTutor).awaiting()).isEmpty();
        }

        @Test
        void signatures_are_appended_and_earlier_documents_are_left_as_they_were() {
            SignedDocument before = sign(LEARNER).apply(sentV1());

            SignedDocument after = sign(COMPANY).apply(before);

            assertThat(before.signatures()).extracting(Signature::signatoryId).containsExactly(LEARNER);
            assertThat(after.signatures()).extracting(Signature::signatoryId).containsExactly(LEARNER, COMPANY);
            assertThatThrownBy(() -> after.signatures().clear()).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class PaperSignatures {

        @Test
        void a_paper_signature_keeps_the_hash_of_its_scan() {
            SignedDocument signed = sign(SCHOOL).onPaper(SCAN).apply(sign(LEARNER).apply(sentV1()));

            assertThat(signed.signatures()).last()
                    .extracting(Signature::method, Signature::scanSha256, Signature::recordedBy)
                    .containsExactly(SignatureMethod.PAPER, SCAN, "kc-school-office");
        }

        @Test
        void a_paper_signature_without_its_scan_is_refused_and_nothing_is_recorded() {
            SignedDocument learnerSigned = sign(LEARNER).apply(sentV1());

            assertThatThrownBy(() -> sign(SCHOOL).onPaper(null).apply(learnerSigned))
                    .isInstanceOf(RuntimeException.class);
            assertThat(learnerSigned.signatures()).hasSize(1);
        }

        @Test
        void a_paper_signature_without_its_scan_is_a_business_error() {
            SignedDocument learnerSigned = sign(LEARNER).apply(sentV1());

            assertThat(Violations.thrownBy(() -> sign(SCHOOL).onPaper(null).apply(learnerSigned)))
                    .extracting(Violation::code).containsExactly(ErrorCode.REQUIRED);
        }
    }

    @Nested
    class Delegating {

        @Test
        void a_delegation_replaces_the_signatory_in_its_step_and_keeps_the_signatures() {
            SignedDocument delegated = halfSignedV1().delegating(TUTOR, TUTOR_DELEGATE);

            assertThat(delegated.circuit()).isEqualTo(mixedCircuit().replacing(
                    signatory(TUTOR).delegatedTo(TUTOR_DELEGATE)));
            assertThat(delegated.signatures()).isEqualTo(halfSignedV1().signatures());
            assertThat(delegated.documentVersion()).isEqualTo(1);
        }

        @Test
        void a_delegation_is_possible_before_the_document_is_sent() {
            SignedDocument delegated = SignedDocument.unsent(mixedCircuit()).delegating(TUTOR, TUTOR_DELEGATE);

            assertThat(delegated.circuit().signatory(TUTOR).orElseThrow().delegate()).isEqualTo(TUTOR_DELEGATE);
        }

        @Test
        void the_delegate_signs_in_the_signatory_s_place() {
            SignedDocument ready = sign(SCHOOL).onPaper(SCAN).apply(halfSignedV1())
                    .delegating(TUTOR, TUTOR_DELEGATE);

            SignedDocument signed = sign(TUTOR).by(TUTOR_DELEGATE.name(), "kc-paul").apply(ready);

            assertThat(signed.complete()).isTrue();
            assertThat(signed.signatures()).last().extracting(Signature::signatoryId, Signature::role,
                    Signature::signedBy).containsExactly(TUTOR, SignatoryRole.TUTOR, "Paul Girard");
        }

        @Test
        void a_delegation_is_refused_once_the_signatory_signed_the_current_version() {
            assertRefused(() -> halfSignedV1().delegating(COMPANY, TUTOR_DELEGATE), "signatoryId",
                    ErrorCode.INVALID_STATE);
        }

        @Test
        void a_signature_of_an_earlier_version_does_not_prevent_a_delegation() {
            SignedDocument resent = halfSignedV1().sent(HASH_V2);

            assertThat(resent.delegating(COMPANY, TUTOR_DELEGATE).circuit().signatory(COMPANY).orElseThrow()
                    .delegate()).isEqualTo(TUTOR_DELEGATE);
        }

        @Test
        void only_a_signatory_of_the_circuit_is_delegated() {
            assertRefused(() -> sentV1().delegating(REFERENT, TUTOR_DELEGATE), "signatoryId", ErrorCode.INVALID);
        }
    }

    @Nested
    class ChangingTheCircuit {

        private final SigningCircuit strict = circuit(step(LEARNER), step(COMPANY), step(SCHOOL), step(TUTOR));

        @Test
        void the_circuit_changes_before_sending() {
            assertThat(SignedDocument.unsent(mixedCircuit()).withCircuit(strict).circuit()).isEqualTo(strict);
        }

        @Test
        void the_circuit_changes_while_nobody_signed_the_current_version() {
            SignedDocument changed = sentV1().withCircuit(strict);

            assertThat(changed.circuit()).isEqualTo(strict);
            assertThat(changed.documentVersion()).isEqualTo(1);
            assertThat(changed.documentSha256()).isEqualTo(HASH_V1);
        }

        @Test
        void the_circuit_change_is_refused_once_someone_signed_the_current_version() {
            SignedDocument learnerSigned = sign(LEARNER).apply(sentV1());

            assertRefused(() -> learnerSigned.withCircuit(strict), "circuit", ErrorCode.INVALID_STATE);
        }

        @Test
        void signatures_of_an_earlier_version_do_not_freeze_the_circuit() {
            SignedDocument resent = halfSignedV1().sent(HASH_V2);

            assertThat(resent.withCircuit(strict).signatures()).hasSize(2);
        }
    }
}
