package fr.passerelle.learner.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.learner.model.Academic;
import fr.passerelle.learner.model.CefrLevel;
import fr.passerelle.learner.port.in.AcademicCommand.LanguageInput;
import fr.passerelle.learner.port.in.AcademicCommand.ProjectInput;
import fr.passerelle.shared.model.WebAddress;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import fr.passerelle.testing.Violations;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AcademicCommandTest {

    private static final LocalDate THIS_YEAR = LocalDate.of(2025, 6, 1);
    private static final String SCHOOL = "school-a";

    private static AcademicCommand graduating(Integer year) {
        return new AcademicCommand("A-001", "BTS-SON", year, List.of(), List.of(), List.of());
    }

    private static AcademicCommand speaking(LanguageInput... languages) {
        return new AcademicCommand(null, null, null, List.of(), List.of(), List.of(languages));
    }

    @Test
    void valid_command_gives_a_trimmed_academic_part_of_the_school() {
        Academic academic = new AcademicCommand(" A-001 ", " BTS-SON ", 2026, List.of(" Prise de son ", "Mixage",
                "Prise de son"), List.of(new ProjectInput(" Court métrage ", " ", 2024, " https://vimeo.com/1 ")),
                List.of(new LanguageInput(" FR ", CefrLevel.NATIVE), new LanguageInput("en", CefrLevel.B2)))
                .validate(SCHOOL, THIS_YEAR);

        assertThat(academic).isEqualTo(new Academic(SCHOOL, "A-001", "BTS-SON", 2026,
                List.of("Prise de son", "Mixage"),
                List.of(new Academic.Project("Court métrage", null, 2024, WebAddress.of("https://vimeo.com/1"))),
                List.of(new Academic.Language("fr", CefrLevel.NATIVE), new Academic.Language("en", CefrLevel.B2))));
    }

    @Test
    void an_independent_learner_has_no_external_student_id() {
        assertThat(graduating(2026).validate(null, THIS_YEAR))
                .isEqualTo(new Academic(null, null, "BTS-SON", 2026, List.of(), List.of(), List.of()));
    }

    @Test
    void null_lists_are_empty() {
        assertThat(new AcademicCommand(null, null, null, null, null, null).validate(SCHOOL, THIS_YEAR))
                .isEqualTo(new Academic(SCHOOL, null, null, null, List.of(), List.of(), List.of()));
    }

    @Test
    void graduation_years_go_60_years_back_and_8_ahead() {
        assertThat(graduating(1965).validate(SCHOOL, THIS_YEAR).graduationYear()).isEqualTo(1965);
        assertThat(graduating(2033).validate(SCHOOL, THIS_YEAR).graduationYear()).isEqualTo(2033);
        for (int outside : List.of(1964, 2034, 0, -2025)) {
            assertThat(Violations.thrownBy(() -> graduating(outside).validate(SCHOOL, THIS_YEAR)))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("graduationYear"), ErrorCode.OUT_OF_RANGE));
        }
    }

    @Test
    void a_projects_year_falls_within_a_lifetime() {
        assertThat(Violations.pathsAndCodesThrownBy(() -> new AcademicCommand(null, null, null, List.of(),
                List.of(new ProjectInput("Court métrage", null, 99_999, null)), List.of()).validate(SCHOOL, THIS_YEAR)))
                .containsExactly("projects.0.year OUT_OF_RANGE");
    }

    @ParameterizedTest(name = "language code \"{0}\" is invalid")
    @NullAndEmptySource
    @ValueSource(strings = {"f", "fra", "f1", "fr-FR", "é"})
    void a_language_code_has_two_letters(String code) {
        assertThat(Violations.thrownBy(() -> speaking(new LanguageInput(code, CefrLevel.B1))
                .validate(SCHOOL, THIS_YEAR)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("languages", "0", "code"), ErrorCode.INVALID));
    }
    @ParameterizedTest(name = "language code \"{0}\" is not ISO 639-1")
    @ValueSource(strings = {"zz", "xx", "qq"})
    void a_language_code_is_one_of_iso_639_1(String code) {
        assertThat(Violations.thrownBy(() -> speaking(new LanguageInput(code, CefrLevel.B1))
                .validate(SCHOOL, THIS_YEAR)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("languages", "0", "code"), ErrorCode.INVALID));
    }

    @Test
    void a_language_listed_twice_in_any_case_is_a_duplicate_on_the_second() {
        assertThat(Violations.thrownBy(() -> speaking(new LanguageInput("fr", CefrLevel.NATIVE),
                new LanguageInput("en", CefrLevel.B2), new LanguageInput(" FR ", CefrLevel.C1))
                .validate(SCHOOL, THIS_YEAR)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("languages", "2", "code"), ErrorCode.DUPLICATE));
    }

    @Test
    void a_language_needs_its_level() {
        assertThat(Violations.thrownBy(() -> speaking(new LanguageInput("fr", null)).validate(SCHOOL, THIS_YEAR)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("languages", "0", "level"), ErrorCode.REQUIRED));
    }

    @Test
    void lists_hold_at_most_50_items() {
        List<String> fifty = IntStream.rangeClosed(1, 50).mapToObj(i -> "Spécialité " + i).toList();
        List<ProjectInput> fiftyProjects = Collections.nCopies(50, new ProjectInput("Projet", null, null, null));
        List<String> twoLetters = List.of(Locale.getISOLanguages());
        List<LanguageInput> fiftyLanguages = twoLetters.stream().limit(50)
                .map(code -> new LanguageInput(code, CefrLevel.A1)).toList();

        assertThat(new AcademicCommand(null, null, null, fifty, fiftyProjects, fiftyLanguages)
                .validate(SCHOOL, THIS_YEAR).languages()).hasSize(50);

        List<LanguageInput> fiftyOneLanguages = twoLetters.stream().limit(51)
                .map(code -> new LanguageInput(code, CefrLevel.A1)).toList();
        var tooMany = new AcademicCommand(null, null, null,
                IntStream.rangeClosed(1, 51).mapToObj(i -> "Spécialité " + i).toList(),
                Collections.nCopies(51, new ProjectInput("Projet", null, null, null)), fiftyOneLanguages);
        assertThat(Violations.thrownBy(() -> tooMany.validate(SCHOOL, THIS_YEAR)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(
                        tuple(List.of("specialisations"), ErrorCode.OUT_OF_RANGE),
                        tuple(List.of("projects"), ErrorCode.OUT_OF_RANGE),
                        tuple(List.of("languages"), ErrorCode.OUT_OF_RANGE));
    }

    @Test
    void texts_are_bounded() {
        var tooLong = new AcademicCommand("x".repeat(41), "y".repeat(41), null, List.of("s".repeat(81), " "),
                List.of(new ProjectInput("t".repeat(201), "d".repeat(2_001), null, null)), List.of());

        assertThat(Violations.thrownBy(() -> tooLong.validate(SCHOOL, THIS_YEAR)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(
                        tuple(List.of("externalStudentId"), ErrorCode.TOO_LONG),
                        tuple(List.of("programCode"), ErrorCode.TOO_LONG),
                        tuple(List.of("specialisations", "0"), ErrorCode.TOO_LONG),
                        tuple(List.of("specialisations", "1"), ErrorCode.REQUIRED),
                        tuple(List.of("projects", "0", "title"), ErrorCode.TOO_LONG),
                        tuple(List.of("projects", "0", "description"), ErrorCode.TOO_LONG));
    }

    @Test
    void every_problem_is_reported_at_once_with_its_field() {
        var command = new AcademicCommand(null, null, 2100, List.of(),
                List.of(new ProjectInput(" ", null, 2024, "javascript:alert(1)")),
                List.of(new LanguageInput("french", null), new LanguageInput("fr", CefrLevel.B1),
                        new LanguageInput("FR", CefrLevel.C1)));

        assertThat(Violations.thrownBy(() -> command.validate(SCHOOL, THIS_YEAR)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(
                        tuple(List.of("graduationYear"), ErrorCode.OUT_OF_RANGE),
                        tuple(List.of("projects", "0", "title"), ErrorCode.REQUIRED),
                        tuple(List.of("projects", "0", "url"), ErrorCode.INVALID),
                        tuple(List.of("languages", "0", "code"), ErrorCode.INVALID),
                        tuple(List.of("languages", "0", "level"), ErrorCode.REQUIRED),
                        tuple(List.of("languages", "2", "code"), ErrorCode.DUPLICATE));
    }
}
