package fr.passerelle.shared.validation;

import static fr.passerelle.testing.Sentences.english;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.testing.Sentences;
import fr.passerelle.testing.Violations;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The text rules every command applies through {@link Checks}: one line or prose, never a control character. */
class TextChecksTest {

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of(TextKind.LINE, "Jean-Pierre", "Jean-Pierre"),
                Arguments.of(TextKind.LINE, "O'Neil", "O'Neil"),
                Arguments.of(TextKind.LINE, "Müller", "Müller"),
                Arguments.of(TextKind.LINE, "Da Silva, née Moreau", "Da Silva, née Moreau"),
                Arguments.of(TextKind.LINE, "محمد العربي", "محمد العربي"),
                Arguments.of(TextKind.LINE, "CAP-MV", "CAP-MV"),
                Arguments.of(TextKind.LINE, "C++ (2 ans) = 100 %", "C++ (2 ans) = 100 %"),
                Arguments.of(TextKind.LINE, "\t Zoë \r\n", "Zoë"),
                Arguments.of(TextKind.PROSE, "Line one\nline two", "Line one\nline two"),
                Arguments.of(TextKind.PROSE, "Line one\r\nline two\rline three", "Line one\nline two\nline three"),
                Arguments.of(TextKind.PROSE, "Column\tcolumn", "Column\tcolumn"),
                Arguments.of(TextKind.PROSE, "- a first point\n- a second one", "- a first point\n- a second one"),
                Arguments.of(TextKind.PROSE, "Müller’s \u202Bرأي\u202C", "Müller’s \u202Bرأي\u202C"));
    }

    @ParameterizedTest(name = "{0} \"{1}\" is kept as \"{2}\"")
    @MethodSource("accepted")
    void honest_texts_are_kept_trimmed(TextKind kind, String raw, String kept) {
        var checks = new Checks();

        assertThat(checks.text("name", raw, Limits.NAME, kind)).isEqualTo(kept);
        checks.throwIfAny();
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(TextKind.LINE, "Jean\u0000Pierre", "This text must not contain control characters (found U+0000)."),
                Arguments.of(TextKind.LINE, "Bell\u0007", "This text must not contain control characters (found U+0007)."),
                Arguments.of(TextKind.LINE, "Jean\tPierre", "This text must not contain control characters (found U+0009)."),
                Arguments.of(TextKind.LINE, "Jean\nPierre", "This text must fit on a single line (no line break)."),
                Arguments.of(TextKind.LINE, "Jean\r\nPierre", "This text must fit on a single line (no line break)."),
                Arguments.of(TextKind.LINE, "Jean\u2028Pierre", "This text must fit on a single line (no line break)."),
                Arguments.of(TextKind.LINE, "=cmd|' /C calc'!A0",
                        "This text must not start with '=', which spreadsheets run as a formula."),
                Arguments.of(TextKind.LINE, "  +1+2", "This text must not start with '+', which spreadsheets run as a formula."),
                Arguments.of(TextKind.LINE, "-2+3", "This text must not start with '-', which spreadsheets run as a formula."),
                Arguments.of(TextKind.LINE, "@SUM(A1)", "This text must not start with '@', which spreadsheets run as a formula."),
                Arguments.of(TextKind.LINE, "\t=1+2", "This text must not start with '=', which spreadsheets run as a formula."),
                Arguments.of(TextKind.LINE, "invoice\u202Efdp.exe",
                        "This text must not contain Unicode direction overrides (found U+202E)."),
                Arguments.of(TextKind.LINE, "Zoë\uD800", "This text contains a broken Unicode character (a lone surrogate)."),
                Arguments.of(TextKind.PROSE, "A note\u0000", "This text must not contain control characters (found U+0000)."),
                Arguments.of(TextKind.PROSE, "Ring\u0007 the bell", "This text must not contain control characters (found U+0007)."),
                Arguments.of(TextKind.PROSE, "Escape \u001B[31m", "This text must not contain control characters (found U+001B)."));
    }

    @ParameterizedTest(name = "{0} \"{1}\": {2}")
    @MethodSource("refused")
    void forbidden_characters_and_formula_starts_are_invalid_under_the_field_path(TextKind kind, String raw,
                                                                                  String message) {
        var checks = new Checks();

        assertThat(checks.optionalText("company.legalName", raw, Limits.NAME, kind)).isNull();

        assertThat(Violations.thrownBy(checks::throwIfAny)).singleElement().satisfies(violation -> {
            assertThat(violation.field()).containsExactly("company", "legalName");
            assertThat(violation.code()).isEqualTo(ErrorCode.INVALID);
            assertThat(english(violation.message())).isEqualTo(message);
        });
    }

    @Test
    void a_text_without_a_kind_is_one_line() {
        var checks = new Checks();

        checks.text("title", "Stage\nmécanique", Limits.NAME);
        checks.optionalText("city", "=Lyon", Limits.NAME);
        checks.texts("skills", List.of("Freinage", "@Climatisation"), Limits.NAME);

        assertThat(Violations.pathsAndCodesThrownBy(checks::throwIfAny))
                .containsExactly("title INVALID", "city INVALID", "skills.1 INVALID");
    }

    @Test
    void the_length_is_judged_first_and_prose_lists_keep_their_line_breaks() {
        var checks = new Checks();

        assertThat(checks.texts("objectives", List.of("Diagnose\r\nand repair"), Limits.LONG_TEXT, TextKind.PROSE))
                .containsExactly("Diagnose\nand repair");
        checks.text("name", "\u0000".repeat(Limits.NAME + 1), Limits.NAME);

        assertThat(Violations.pathsAndCodesThrownBy(checks::throwIfAny)).containsExactly("name TOO_LONG");
    }

    @Test
    void a_phone_number_may_start_with_a_plus_and_is_kept_in_e164() {
        var checks = new Checks();

        assertThat(checks.phone("phone", " +33 6 12.34-56 (78) ")).isEqualTo("+33612345678");
        assertThat(checks.phone("phone", "+33\u00A06\u00A012\u00A034\u00A056\u00A078")).isEqualTo("+33612345678");
        assertThat(checks.phone("phone", "")).isNull();
        checks.throwIfAny();
    }

    @Test
    void a_phone_number_is_digits_only() {
        var checks = new Checks();

        checks.phone("phones.0", "=1+2");
        checks.phone("phones.1", "+33\u000061234567");
        checks.phone("phones.2", "+33 6\n12 34 56 78");

        assertThat(Violations.pathsAndCodesThrownBy(checks::throwIfAny))
                .containsExactly("phones.0 INVALID", "phones.1 INVALID", "phones.2 INVALID");
    }

    @Test
    void the_formula_starts_are_one_list_read_after_leading_spaces() {
        assertThat(FormulaPrefix.of("  =1+2").map(Sentences::english)).contains("'='");
        assertThat(FormulaPrefix.of("\t1").map(Sentences::french)).contains("une tabulation");
        assertThat(FormulaPrefix.of("\r1").map(Sentences::english)).contains("a carriage return");
        assertThat(FormulaPrefix.of("Jean-Pierre")).isEmpty();
        assertThat(FormulaPrefix.of("")).isEmpty();
    }
}
