package fr.passerelle.agreement.model;

import static fr.passerelle.agreement.model.AgreementModelTestData.DOCUMENTED_MOVES;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class AgreementStatusTest {

    /** Every (from, to) pair of statuses, 64 in all, with whether the documented lifecycle allows it. */
    static Stream<Arguments> everyPair() {
        return Arrays.stream(AgreementStatus.values()).flatMap(from -> Arrays.stream(AgreementStatus.values())
                .map(to -> Arguments.of(from, to, DOCUMENTED_MOVES.get(from).contains(to))));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("everyPair")
    void the_status_moves_only_along_the_documented_lifecycle(AgreementStatus from, AgreementStatus to,
                                                              boolean documented) {
        assertThat(from.canMoveTo(to)).isEqualTo(documented);
    }

    @ParameterizedTest(name = "{0}: binding {1}")
    @CsvSource({
        "DRAFT,             false",
        "UNDER_VALIDATION,  false",
        "OUT_FOR_SIGNATURE, false",
        "SIGNED,            true",
        "IN_PROGRESS,       true",
        "COMPLETED,         true",
        "INTERRUPTED,       true",
        "CANCELLED,         false"})
    void an_agreement_binds_its_parties_from_the_last_signature_on_unless_cancelled(AgreementStatus status,
                                                                                    boolean binding) {
        assertThat(status.isBinding()).isEqualTo(binding);
    }
}
