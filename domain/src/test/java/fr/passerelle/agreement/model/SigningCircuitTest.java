package fr.passerelle.agreement.model;

import static fr.passerelle.agreement.model.AgreementModelTestData.COMPANY;
import static fr.passerelle.agreement.model.AgreementModelTestData.LEARNER;
import static fr.passerelle.agreement.model.AgreementModelTestData.REFERENT;
import static fr.passerelle.agreement.model.AgreementModelTestData.SCHOOL;
import static fr.passerelle.agreement.model.AgreementModelTestData.TUTOR;
import static fr.passerelle.agreement.model.AgreementModelTestData.TUTOR_DELEGATE;
import static fr.passerelle.agreement.model.AgreementModelTestData.circuit;
import static fr.passerelle.agreement.model.AgreementModelTestData.mixedCircuit;
import static fr.passerelle.agreement.model.AgreementModelTestData.signatory;
import static fr.passerelle.agreement.model.AgreementModelTestData.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import fr.passerelle.testing.Violations;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SigningCircuitTest {

    private static List<String> ids(List<Signatory> signatories) {
        return signatories.stream().map(Signatory::id).toList();
    }

    @Nested
    class Shape {

        @Test
        void the_signatories_are_listed_step_by_step_in_order() {
            assertThat(ids(mixedCircuit().signatories())).containsExactly(LEARNER, COMPANY, SCHOOL, TUTOR);
        }

        @Test
        void a_signatory_id_appears_once_in_the_whole_circuit() {
            List<Violation> violations = Violations.thrownBy(() -> circuit(step(LEARNER), step(COMPANY, LEARNER)));

            assertThat(violations).extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("circuit"), ErrorCode.DUPLICATE));
        }

        @Test
        void a_signatory_id_appears_once_within_a_step() {
            assertThat(Violations.thrownBy(() -> circuit(step(COMPANY, COMPANY))))
                    .extracting(Violation::code).containsExactly(ErrorCode.DUPLICATE);
        }

        @Test
        void every_step_names_someone() {
            List<Violation> violations = Violations.thrownBy(() -> circuit(step(LEARNER), step()));

            assertThat(violations).extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("circuit"), ErrorCode.INVALID));
        }

        @Test
        void a_circuit_has_at_least_one_step() {
            assertThat(Violations.thrownBy(() -> new SigningCircuit(List.of())))
                    .extracting(Violation::field).containsExactly(List.of("circuit"));
        }

        @Test
        void a_signatory_is_found_by_id() {
            assertThat(mixedCircuit().signatory(SCHOOL)).contains(signatory(SCHOOL));
            assertThat(mixedCircuit().signatory("nobody")).isEmpty();
        }

        @Test
        void the_roles_present_are_those_of_its_signatories() {
            assertThat(mixedCircuit().has(SignatoryRole.TUTOR)).isTrue();
            assertThat(mixedCircuit().has(SignatoryRole.REFERENT)).isFalse();
        }
    }

    @Nested
    class Order {

        @Test
        void nobody_signed_means_the_first_step_is_awaited() {
            assertThat(ids(mixedCircuit().awaiting(Set.of()))).containsExactly(LEARNER);
        }

        @Test
        void the_next_step_is_awaited_once_the_previous_one_is_complete() {
            assertThat(ids(mixedCircuit().awaiting(Set.of(LEARNER)))).containsExactly(COMPANY, SCHOOL);
        }

        @Test
        void the_signatories_of_a_step_sign_in_parallel_so_only_the_missing_ones_are_awaited() {
            assertThat(ids(mixedCircuit().awaiting(Set.of(LEARNER, SCHOOL)))).containsExactly(COMPANY);
        }

        @Test
        void a_later_step_signature_does_not_complete_an_earlier_step() {
            assertThat(ids(mixedCircuit().awaiting(Set.of(LEARNER, TUTOR)))).containsExactly(COMPANY, SCHOOL);
        }

        @Test
        void the_circuit_is_complete_only_when_every_signatory_signed() {
            assertThat(mixedCircuit().completeWith(Set.of(LEARNER, COMPANY, SCHOOL))).isFalse();
            assertThat(mixedCircuit().completeWith(Set.of(LEARNER, COMPANY, SCHOOL, TUTOR))).isTrue();
            assertThat(mixedCircuit().awaiting(Set.of(LEARNER, COMPANY, SCHOOL, TUTOR))).isEmpty();
        }

        @Test
        void a_strict_order_is_one_signatory_per_step() {
            SigningCircuit strict = circuit(step(TUTOR), step(REFERENT), step(LEARNER));

            assertThat(ids(strict.awaiting(Set.of(TUTOR)))).containsExactly(REFERENT);
        }
    }

    @Nested
    class Delegation {

        @Test
        void replacing_a_signatory_keeps_its_place_and_the_others() {
            Signatory delegated = signatory(COMPANY).delegatedTo(TUTOR_DELEGATE);

            SigningCircuit replaced = mixedCircuit().replacing(delegated);

            assertThat(replaced.steps()).extracting(s -> ids(s.signatories()))
                    .containsExactly(List.of(LEARNER), List.of(COMPANY, SCHOOL), List.of(TUTOR));
            assertThat(replaced.signatory(COMPANY)).contains(delegated);
            assertThat(replaced.signatory(SCHOOL)).contains(signatory(SCHOOL));
        }

        @Test
        void replacing_leaves_the_original_circuit_unchanged() {
            SigningCircuit original = mixedCircuit();

            original.replacing(signatory(TUTOR).delegatedTo(TUTOR_DELEGATE));

            assertThat(original).isEqualTo(mixedCircuit());
        }
    }
}
