package fr.passerelle.agreement.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.passerelle.shared.i18n.Message;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * D124-4: "la convention de stage est signée par le chef d'établissement ou son délégué, le représentant de
 * l'organisme d'accueil, le stagiaire (et son représentant légal s'il est mineur), l'enseignant référent et le tuteur".
 */
class RequiredSignatoriesTest {

    private static final Party PERSON = new Party("Alex Martin", "alex@example.test", null);
    private static final Parties ADULT = new Parties(PERSON, null, PERSON, null, PERSON, PERSON, PERSON, PERSON, PERSON);
    private static final Parties MINOR = new Parties(PERSON, PERSON, PERSON, null, PERSON, PERSON, PERSON, PERSON,
            PERSON);

    @Test
    void five_parties_sign_for_an_adult_six_for_a_minor() {
        assertThat(RequiredSignatories.of(ADULT)).containsExactlyInAnyOrder(SignatoryRole.SCHOOL_SIGNATORY,
                SignatoryRole.COMPANY_SIGNATORY, SignatoryRole.LEARNER, SignatoryRole.REFERENT, SignatoryRole.TUTOR);
        assertThat(RequiredSignatories.of(MINOR)).containsExactlyInAnyOrderElementsOf(
                EnumSet.allOf(SignatoryRole.class));
    }

    @Test
    void any_order_and_grouping_of_every_party_is_accepted() {
        SigningCircuit oneStepEach = circuit(List.of(SignatoryRole.TUTOR), List.of(SignatoryRole.SCHOOL_SIGNATORY),
                List.of(SignatoryRole.LEARNER), List.of(SignatoryRole.REFERENT), List.of(SignatoryRole.COMPANY_SIGNATORY));
        SigningCircuit allTogether = circuit(List.of(SignatoryRole.values()));

        assertThatCode(() -> RequiredSignatories.requireAllIn(oneStepEach, ADULT)).doesNotThrowAnyException();
        assertThatCode(() -> RequiredSignatories.requireAllIn(allTogether, MINOR)).doesNotThrowAnyException();
    }

    @Test
    void a_circuit_of_the_school_alone_is_refused_naming_each_missing_party() {
        var refused = catchThrowableOfType(BusinessRuleViolation.class,
                () -> RequiredSignatories.requireAllIn(circuit(List.of(SignatoryRole.SCHOOL_SIGNATORY)), MINOR));

        assertThat(refused.violations()).extracting(Violation::code).containsOnly(ErrorCode.REQUIRED);
        assertThat(refused.violations()).extracting(v -> v.message().arguments().get(0)).containsExactly(
                Message.of("error.circuit.party.learner"), Message.of("error.circuit.party.legal-representative"),
                Message.of("error.circuit.party.company-signatory"), Message.of("error.circuit.party.tutor"),
                Message.of("error.circuit.party.referent"));
    }

    @SafeVarargs
    private static SigningCircuit circuit(List<SignatoryRole>... steps) {
        return new SigningCircuit(Arrays.stream(steps).map(step -> new SigningCircuit.Step(step.stream()
                .map(role -> new Signatory(role.name().toLowerCase(Locale.ROOT), role, "Alex Martin", null, null,
                        null)).toList())).toList());
    }
}
