package fr.passerelle.internship.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import fr.passerelle.testing.Violations;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchWeightsTest {

    @Test
    void default_weights_add_up_to_the_total() {
        MatchWeights w = MatchWeights.DEFAULT;

        assertThat(w.skills() + w.distance() + w.dates() + w.specialisation() + w.partnership() + w.languages())
                .isEqualTo(MatchWeights.TOTAL)
                .isEqualTo(100);
    }

    @Test
    void default_weights_are_the_documented_ones() {
        assertThat(MatchWeights.DEFAULT).isEqualTo(new MatchWeights(40, 20, 15, 10, 5, 10));
    }

    @ParameterizedTest(name = "{0},{1},{2},{3},{4},{5}")
    @CsvSource({
            "100,   0,  0,  0,  0,  0",
            "  0,   0,  0,  0,  0, 100",
            " 50,  10, 10, 10, 10, 10",
    })
    void any_non_negative_weights_adding_up_to_100_are_accepted(int skills, int distance, int dates,
                                                                int specialisation, int partnership, int languages) {
        var weights = new MatchWeights(skills, distance, dates, specialisation, partnership, languages);

        assertThat(weights.skills()).isEqualTo(skills);
    }

    @ParameterizedTest(name = "{0},{1},{2},{3},{4},{5}")
    @CsvSource({
            "41,  20, 15, 10,  5, 10",   // 101
            "39,  20, 15, 10,  5, 10",   // 99
            " 0,   0,  0,  0,  0,  0",   // nothing
            "-5,  25, 15, 10,  5, 50",   // 100, but a negative weight
            "40,  20, 15, 10, -5, 20",   // 100, but a negative weight
            "200, -100, 0, 0,  0,  0",   // 100, but a negative weight
    })
    void negative_weights_or_a_sum_other_than_100_are_refused(int skills, int distance, int dates,
                                                              int specialisation, int partnership, int languages) {
        List<Violation> violations = Violations.thrownBy(
                () -> new MatchWeights(skills, distance, dates, specialisation, partnership, languages));

        assertThat(violations).extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("weights"), ErrorCode.INVALID));
    }
}
