package fr.passerelle.learner.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.learner.model.Background;
import fr.passerelle.learner.model.Background.ExperienceKind;
import fr.passerelle.learner.port.in.BackgroundCommand.CertificationInput;
import fr.passerelle.learner.port.in.BackgroundCommand.ExperienceInput;
import fr.passerelle.shared.model.WebAddress;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import fr.passerelle.testing.Violations;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackgroundCommandTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);

    private static BackgroundCommand certified(CertificationInput... certifications) {
        return new BackgroundCommand(List.of(certifications), List.of(), List.of());
    }

    private static BackgroundCommand experienced(ExperienceInput... experiences) {
        return new BackgroundCommand(List.of(), List.of(experiences), List.of());
    }

    private static ExperienceInput internship(LocalDate start, LocalDate end) {
        return new ExperienceInput("Stagiaire son", "Studio Ferber", ExperienceKind.INTERNSHIP, start, end, null);
    }

    @Test
    void valid_command_gives_a_trimmed_background_without_duplicate_links() {
        Background background = new BackgroundCommand(
                List.of(new CertificationInput(" CACES R489 ", " ", TODAY, TODAY.plusYears(5))),
                List.of(new ExperienceInput(" Stagiaire son ", " Studio Ferber ", ExperienceKind.INTERNSHIP,
                        TODAY.minusMonths(6), null, " Prise de son ")),
                List.of("https://alice.example.fr", " https://alice.example.fr ", "https://vimeo.com/alice"))
                .validate(TODAY);

        assertThat(background).isEqualTo(new Background(
                List.of(new Background.Certification("CACES R489", null, TODAY, TODAY.plusYears(5))),
                List.of(new Background.Experience("Stagiaire son", "Studio Ferber", ExperienceKind.INTERNSHIP,
                        TODAY.minusMonths(6), null, "Prise de son")),
                List.of(WebAddress.of("https://alice.example.fr"), WebAddress.of("https://vimeo.com/alice"))));
    }

    @Test
    void null_lists_are_empty() {
        assertThat(new BackgroundCommand(null, null, null).validate(TODAY)).isEqualTo(Background.NONE);
    }

    @Test
    void a_certification_is_not_obtained_in_the_future() {
        assertThat(certified(new CertificationInput("CAP", null, TODAY, null)).validate(TODAY).certifications())
                .hasSize(1);
        assertThat(Violations.thrownBy(() ->
                certified(new CertificationInput("CAP", null, TODAY.plusDays(1), null)).validate(TODAY)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("certifications", "0", "obtainedOn"), ErrorCode.OUT_OF_RANGE));
    }

    @Test
    void a_certification_does_not_expire_before_it_is_obtained() {
        assertThat(certified(new CertificationInput("CAP", null, TODAY, TODAY)).validate(TODAY).certifications())
                .hasSize(1);
        assertThat(Violations.thrownBy(() -> certified(new CertificationInput("CAP", null, TODAY,
                TODAY.minusDays(1))).validate(TODAY)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("certifications", "0", "expiresOn"), ErrorCode.INVALID));
    }

    @Test
    void a_certification_needs_its_name_and_date() {
        assertThat(Violations.thrownBy(() -> certified(new CertificationInput(" ", null, null, null)).validate(TODAY)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(
                        tuple(List.of("certifications", "0", "name"), ErrorCode.REQUIRED),
                        tuple(List.of("certifications", "0", "obtainedOn"), ErrorCode.REQUIRED));
    }

    @Test
    void an_experience_does_not_start_in_the_future_but_may_end_there() {
        assertThat(experienced(internship(TODAY, TODAY.plusMonths(2))).validate(TODAY).experiences()).hasSize(1);
        assertThat(Violations.thrownBy(() -> experienced(internship(TODAY.plusDays(1), null)).validate(TODAY)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("experiences", "0", "startDate"), ErrorCode.OUT_OF_RANGE));
    }

    @Test
    void an_experience_does_not_end_before_it_starts() {
        assertThat(experienced(internship(TODAY.minusDays(1), TODAY.minusDays(1))).validate(TODAY).experiences())
                .hasSize(1);
        assertThat(Violations.thrownBy(() ->
                experienced(internship(TODAY.minusDays(1), TODAY.minusDays(2))).validate(TODAY)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("experiences", "0", "endDate"), ErrorCode.INVALID));
    }

    @Test
    void lists_hold_at_most_50_items() {
        var tooMany = new BackgroundCommand(
                Collections.nCopies(51, new CertificationInput("CAP", null, TODAY, null)),
                Collections.nCopies(51, internship(TODAY, null)),
                Collections.nCopies(51, "https://alice.example.fr"));

        assertThat(Violations.thrownBy(() -> tooMany.validate(TODAY)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(
                        tuple(List.of("certifications"), ErrorCode.OUT_OF_RANGE),
                        tuple(List.of("experiences"), ErrorCode.OUT_OF_RANGE),
                        tuple(List.of("portfolio"), ErrorCode.OUT_OF_RANGE));
    }

    @Test
    void dates_stay_within_a_lifetime() {
        var far = LocalDate.of(99_999, 12, 31);

        assertThat(Violations.pathsAndCodesThrownBy(() -> new BackgroundCommand(
                List.of(new CertificationInput("CAP", null, LocalDate.MIN, far)),
                List.of(internship(TODAY.minusYears(101), far)), List.of()).validate(TODAY)))
                .containsExactly("certifications.0.obtainedOn OUT_OF_RANGE", "certifications.0.expiresOn OUT_OF_RANGE",
                        "experiences.0.startDate OUT_OF_RANGE", "experiences.0.endDate OUT_OF_RANGE");
    }

    @Test
    void every_problem_is_reported_at_once_with_its_field() {
        var command = new BackgroundCommand(
                List.of(new CertificationInput("CAP", null, TODAY, null),
                        new CertificationInput("", "i".repeat(201), TODAY.plusDays(1), TODAY)),
                List.of(new ExperienceInput(" ", null, null, null, null, "d".repeat(2_001)),
                        internship(TODAY.plusDays(3), TODAY.plusDays(2))),
                List.of("https://alice.example.fr", "javascript:alert(1)"));

        assertThat(Violations.thrownBy(() -> command.validate(TODAY)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(
                        tuple(List.of("certifications", "1", "name"), ErrorCode.REQUIRED),
                        tuple(List.of("certifications", "1", "issuer"), ErrorCode.TOO_LONG),
                        tuple(List.of("certifications", "1", "obtainedOn"), ErrorCode.OUT_OF_RANGE),
                        tuple(List.of("certifications", "1", "expiresOn"), ErrorCode.INVALID),
                        tuple(List.of("experiences", "0", "title"), ErrorCode.REQUIRED),
                        tuple(List.of("experiences", "0", "employer"), ErrorCode.REQUIRED),
                        tuple(List.of("experiences", "0", "kind"), ErrorCode.REQUIRED),
                        tuple(List.of("experiences", "0", "startDate"), ErrorCode.REQUIRED),
                        tuple(List.of("experiences", "0", "description"), ErrorCode.TOO_LONG),
                        tuple(List.of("experiences", "1", "startDate"), ErrorCode.OUT_OF_RANGE),
                        tuple(List.of("experiences", "1", "endDate"), ErrorCode.INVALID),
                        tuple(List.of("portfolio", "1"), ErrorCode.INVALID));
    }
}
