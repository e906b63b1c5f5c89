package fr.passerelle.agreement.model;

import static fr.passerelle.agreement.model.AgreementModelTestData.AMENDMENT_1;
import static fr.passerelle.agreement.model.AgreementModelTestData.AMENDMENT_2;
import static fr.passerelle.agreement.model.AgreementModelTestData.AMENDMENT_HASH;
import static fr.passerelle.agreement.model.AgreementModelTestData.COMPANY;
import static fr.passerelle.agreement.model.AgreementModelTestData.CREATED_BY;
import static fr.passerelle.agreement.model.AgreementModelTestData.HASH_V1;
import static fr.passerelle.agreement.model.AgreementModelTestData.LEARNER;
import static fr.passerelle.agreement.model.AgreementModelTestData.SCHOOL;
import static fr.passerelle.agreement.model.AgreementModelTestData.agreementIn;
import static fr.passerelle.agreement.model.AgreementModelTestData.amend;
import static fr.passerelle.agreement.model.AgreementModelTestData.amendmentCircuit;
import static fr.passerelle.agreement.model.AgreementModelTestData.amendmentSignedBy;
import static fr.passerelle.agreement.model.AgreementModelTestData.amendmentSignedByEveryone;
import static fr.passerelle.agreement.model.AgreementModelTestData.at;
import static fr.passerelle.agreement.model.AgreementModelTestData.extendedTerms;
import static fr.passerelle.agreement.model.AgreementModelTestData.sign;
import static fr.passerelle.agreement.model.AgreementModelTestData.terms;
import static fr.passerelle.agreement.model.AgreementStatus.IN_PROGRESS;
import static fr.passerelle.agreement.model.AgreementStatus.SIGNED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.agreement.model.Amendment.AmendmentStatus;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import fr.passerelle.testing.Violations;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AmendmentTest {

    private static final Instant LATER = at(60);

    private static void assertRefused(ThrowingCallable call, String field, ErrorCode code) {
        assertThat(Violations.thrownBy(call)).extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of(field), code));
    }

    /** A running internship with amendment 1 out for signature. */
    private static Agreement withOpenAmendment() {
        return amend(agreementIn(IN_PROGRESS), AMENDMENT_1, at(10));
    }

    private static Amendment amendment(Agreement agreement, String amendmentId) {
        return agreement.amendments().stream().filter(a -> a.id().equals(amendmentId)).findFirst().orElseThrow();
    }

    @Nested
    class Proposing {

        @Test
        void the_first_amendment_is_number_1_out_for_signature_round_its_own_circuit() {
            Amendment proposed = amendment(withOpenAmendment(), AMENDMENT_1);

            assertThat(proposed.number()).isEqualTo(1);
            assertThat(proposed.status()).isEqualTo(AmendmentStatus.OUT_FOR_SIGNATURE);
            assertThat(proposed.terms()).isEqualTo(extendedTerms());
            assertThat(proposed.proposedBy()).isEqualTo(CREATED_BY);
            assertThat(proposed.proposedAt()).isEqualTo(at(10));
            assertThat(proposed.signing().circuit()).isEqualTo(amendmentCircuit());
            assertThat(proposed.signing().documentVersion()).isEqualTo(1);
            assertThat(proposed.signing().documentSha256()).isEqualTo(AMENDMENT_HASH);
            assertThat(proposed.signing().awaiting()).extracting(Signatory::id).containsExactly(LEARNER);
        }

        @Test
        void proposing_leaves_the_agreement_s_terms_status_and_signatures_as_they_were() {
            Agreement running = agreementIn(IN_PROGRESS);

            Agreement amended = amend(running, AMENDMENT_1, LATER);

            assertThat(amended.terms()).isEqualTo(running.terms());
            assertThat(amended.status()).isEqualTo(IN_PROGRESS);
            assertThat(amended.signing()).isEqualTo(running.signing());
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = AgreementStatus.class, names = {"SIGNED", "IN_PROGRESS"})
        void a_signed_or_running_agreement_is_amended(AgreementStatus status) {
            assertThat(amend(agreementIn(status), AMENDMENT_1, LATER).amendments()).hasSize(1);
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = AgreementStatus.class, names = {"SIGNED", "IN_PROGRESS"}, mode = EnumSource.Mode.EXCLUDE)
        void no_other_agreement_is_amended(AgreementStatus status) {
            Agreement agreement = agreementIn(status);

            assertRefused(() -> amend(agreement, AMENDMENT_1, LATER), "status", ErrorCode.INVALID_STATE);
        }

        @Test
        void a_second_amendment_waits_until_the_open_one_is_signed_or_withdrawn() {
            Agreement open = withOpenAmendment();

            assertRefused(() -> amend(open, AMENDMENT_2, LATER), "amendments", ErrorCode.INVALID_STATE);
        }

        @Test
        void amendments_are_numbered_in_order_whatever_became_of_the_earlier_ones() {
            Agreement agreement = amendmentSignedByEveryone(withOpenAmendment(), AMENDMENT_1, at(11));
            agreement = amend(agreement, AMENDMENT_2, at(12)).amendmentWithdrawn(AMENDMENT_2, at(13));
            agreement = amend(agreement, "amendment-3", at(14));

            assertThat(agreement.amendments()).extracting(Amendment::id, Amendment::number, Amendment::status)
                    .containsExactly(
                            tuple(AMENDMENT_1, 1, AmendmentStatus.SIGNED),
                            tuple(AMENDMENT_2, 2, AmendmentStatus.WITHDRAWN),
                            tuple("amendment-3", 3, AmendmentStatus.OUT_FOR_SIGNATURE));
        }
    }

    @Nested
    class Signing {

        @Test
        void the_new_terms_apply_at_the_last_signature_and_not_before() {
            Agreement learnerSigned = amendmentSignedBy(withOpenAmendment(), AMENDMENT_1, LEARNER, at(11));
            Agreement companySigned = amendmentSignedBy(learnerSigned, AMENDMENT_1, COMPANY, at(12));
            assertThat(learnerSigned.terms()).isEqualTo(terms().build());
            assertThat(companySigned.terms()).isEqualTo(terms().build());
            assertThat(amendment(companySigned, AMENDMENT_1).status()).isEqualTo(AmendmentStatus.OUT_FOR_SIGNATURE);

            Agreement allSigned = amendmentSignedBy(companySigned, AMENDMENT_1, SCHOOL, at(13));

            assertThat(allSigned.terms()).isEqualTo(extendedTerms());
            assertThat(amendment(allSigned, AMENDMENT_1).status()).isEqualTo(AmendmentStatus.SIGNED);
            assertThat(allSigned.updatedAt()).isEqualTo(at(13));
        }

        @Test
        void the_agreement_keeps_its_status_and_its_own_signatures() {
            Agreement open = withOpenAmendment();

            Agreement allSigned = amendmentSignedByEveryone(open, AMENDMENT_1, LATER);

            assertThat(allSigned.status()).isEqualTo(IN_PROGRESS);
            assertThat(allSigned.signing()).isEqualTo(open.signing());
            assertThat(amendment(allSigned, AMENDMENT_1).signing().signatures())
                    .extracting(Signature::signatoryId, Signature::documentSha256)
                    .containsExactly(tuple(LEARNER, AMENDMENT_HASH), tuple(COMPANY, AMENDMENT_HASH),
                            tuple(SCHOOL, AMENDMENT_HASH));
        }

        @Test
        void the_amendment_is_signed_in_the_order_of_its_own_circuit() {
            Agreement open = withOpenAmendment();

            assertRefused(() -> amendmentSignedBy(open, AMENDMENT_1, COMPANY, LATER), "signatoryId",
                    ErrorCode.INVALID_STATE);
        }

        @Test
        void the_amendment_is_signed_with_its_own_hash_not_the_agreement_s() {
            Agreement open = withOpenAmendment();

            assertRefused(() -> open.amendmentSigned(AMENDMENT_1, sign(LEARNER).of(HASH_V1), LATER),
                    "documentSha256", ErrorCode.INVALID_STATE);
        }

        @Test
        void only_the_open_amendment_is_signed() {
            Agreement open = withOpenAmendment();

            assertRefused(() -> amendmentSignedBy(open, AMENDMENT_2, LEARNER, LATER), "amendmentId",
                    ErrorCode.INVALID_STATE);
        }

        @Test
        void a_signed_amendment_takes_no_more_signatures() {
            Agreement allSigned = amendmentSignedByEveryone(withOpenAmendment(), AMENDMENT_1, at(11));

            assertRefused(() -> amendmentSignedBy(allSigned, AMENDMENT_1, LEARNER, LATER), "amendmentId",
                    ErrorCode.INVALID_STATE);
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = AgreementStatus.class, names = {"CANCELLED", "COMPLETED", "INTERRUPTED"})
        void an_open_amendment_cannot_come_into_force_once_the_agreement_is_over(AgreementStatus end) {
            Agreement open = amend(agreementIn(end == AgreementStatus.CANCELLED ? SIGNED : IN_PROGRESS), AMENDMENT_1,
                    at(10));
            Agreement over = switch (end) {
                case CANCELLED -> open.cancelled(at(11));
                case COMPLETED -> open.completed(at(11));
                default -> open.interrupted("Fermeture de l'entreprise", AgreementModelTestData.START, null, AgreementModelTestData.END, at(11));
            };

            assertThat(Violations.thrownBy(() -> amendmentSignedByEveryone(over, AMENDMENT_1, LATER))).isNotEmpty();
        }
    }

    @Nested
    class Withdrawing {

        @Test
        void a_withdrawn_amendment_leaves_the_terms_unchanged_and_keeps_its_signatures() {
            Agreement learnerSigned = amendmentSignedBy(withOpenAmendment(), AMENDMENT_1, LEARNER, at(11));

            Agreement withdrawn = learnerSigned.amendmentWithdrawn(AMENDMENT_1, LATER);

            assertThat(withdrawn.terms()).isEqualTo(terms().build());
            assertThat(amendment(withdrawn, AMENDMENT_1).status()).isEqualTo(AmendmentStatus.WITHDRAWN);
            assertThat(amendment(withdrawn, AMENDMENT_1).signing().signatures()).hasSize(1);
            assertThat(withdrawn.updatedAt()).isEqualTo(LATER);
        }

        @Test
        void a_withdrawn_amendment_takes_no_more_signatures() {
            Agreement withdrawn = withOpenAmendment().amendmentWithdrawn(AMENDMENT_1, at(11));

            assertRefused(() -> amendmentSignedBy(withdrawn, AMENDMENT_1, LEARNER, LATER), "amendmentId",
                    ErrorCode.INVALID_STATE);
        }

        @Test
        void a_signed_amendment_is_not_withdrawn() {
            Agreement allSigned = amendmentSignedByEveryone(withOpenAmendment(), AMENDMENT_1, at(11));

            assertRefused(() -> allSigned.amendmentWithdrawn(AMENDMENT_1, LATER), "amendmentId",
                    ErrorCode.INVALID_STATE);
        }

        @Test
        void once_withdrawn_a_new_amendment_can_be_proposed() {
            Agreement withdrawn = withOpenAmendment().amendmentWithdrawn(AMENDMENT_1, at(11));

            assertThat(amendment(amend(withdrawn, AMENDMENT_2, LATER), AMENDMENT_2).number()).isEqualTo(2);
        }
    }
}
