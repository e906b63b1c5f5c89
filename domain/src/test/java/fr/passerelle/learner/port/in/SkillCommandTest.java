package fr.passerelle.learner.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.learner.model.LearnerSkill;
import fr.passerelle.learner.model.LearnerSkill.EvidenceKind;
import fr.passerelle.learner.model.ProficiencyLevel;
import fr.passerelle.learner.port.in.SkillCommand.EvidenceInput;
import fr.passerelle.shared.model.WebAddress;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import fr.passerelle.testing.Violations;
import fr.passerelle.testing.Fixtures;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SkillCommandTest {

    private static final LocalDate IN_THREE_YEARS = LocalDate.of(2028, 3, 1);

    private static SkillCommand skill(String code, LocalDate expiresOn) {
        return new SkillCommand(code, ProficiencyLevel.INTERMEDIATE, List.of(), expiresOn);
    }

    private static SkillCommand evidencedBy(EvidenceInput... evidence) {
        return new SkillCommand("sound-mixing", ProficiencyLevel.ADVANCED, List.of(evidence), null);
    }

    @Test
    void valid_command_gives_the_catalogs_skill_with_its_evidence() {
        LearnerSkill skill = new SkillCommand(" sound-mixing ", ProficiencyLevel.ADVANCED, List.of(
                new EvidenceInput(EvidenceKind.PROJECT, " Mixage d'un court métrage ", " https://vimeo.com/1 "),
                new EvidenceInput(EvidenceKind.ASSESSMENT, "Évaluation de fin d'année", " ")), null).validate(Fixtures.TODAY);

        assertThat(skill).isEqualTo(new LearnerSkill("sound-mixing", ProficiencyLevel.ADVANCED, List.of(
                new LearnerSkill.Evidence(EvidenceKind.PROJECT, "Mixage d'un court métrage",
                        WebAddress.of("https://vimeo.com/1")),
                new LearnerSkill.Evidence(EvidenceKind.ASSESSMENT, "Évaluation de fin d'année", null)), null));
    }

    @ParameterizedTest(name = "code \"{0}\" is not in the catalog")
    @NullAndEmptySource
    @ValueSource(strings = {"juggling", "SOUND-MIXING", "sound mixing"})
    void an_unknown_code_is_invalid(String code) {
        assertThat(Violations.thrownBy(() -> skill(code, null).validate(Fixtures.TODAY)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("code"), ErrorCode.INVALID));
    }

    @Test
    void a_habilitation_needs_its_expiry_date() {
        assertThat(skill("elec-b1vl", IN_THREE_YEARS).validate(Fixtures.TODAY).expiresOn()).isEqualTo(IN_THREE_YEARS);
        assertThat(Violations.thrownBy(() -> skill("elec-b1vl", null).validate(Fixtures.TODAY)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("expiresOn"), ErrorCode.REQUIRED));
    }

    @ParameterizedTest(name = "{0} does not expire")
    @ValueSource(strings = {"auto-diagnostic", "pro-tools"})
    void other_skills_must_not_have_an_expiry_date(String code) {
        assertThat(skill(code, null).validate(Fixtures.TODAY).expiresOn()).isNull();
        assertThat(Violations.thrownBy(() -> skill(code, IN_THREE_YEARS).validate(Fixtures.TODAY)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("expiresOn"), ErrorCode.INVALID));
    }

    @Test
    void the_level_is_required() {
        assertThat(Violations.thrownBy(() -> new SkillCommand("sound-mixing", null, List.of(), null).validate(Fixtures.TODAY)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("level"), ErrorCode.REQUIRED));
    }

    @ParameterizedTest(name = "evidence description \"{0}\" is required")
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void evidence_needs_a_description(String description) {
        assertThat(Violations.thrownBy(() ->
                evidencedBy(new EvidenceInput(EvidenceKind.CERTIFICATE, description, null)).validate(Fixtures.TODAY)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("evidence", "0", "description"), ErrorCode.REQUIRED));
    }

    @Test
    void evidence_is_bounded() {
        assertThat(Violations.thrownBy(() -> evidencedBy(new EvidenceInput(EvidenceKind.CERTIFICATE,
                "d".repeat(201), null)).validate(Fixtures.TODAY)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("evidence", "0", "description"), ErrorCode.TOO_LONG));
        var tooMuch = new SkillCommand("sound-mixing", ProficiencyLevel.ADVANCED,
                Collections.nCopies(51, new EvidenceInput(EvidenceKind.PROJECT, "Projet", null)), null);
        assertThat(Violations.thrownBy(() -> tooMuch.validate(Fixtures.TODAY)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("evidence"), ErrorCode.OUT_OF_RANGE));
    }

    @Test
    void every_problem_is_reported_at_once_with_its_field() {
        var command = new SkillCommand("juggling", null, List.of(
                new EvidenceInput(EvidenceKind.PROJECT, "Projet", null),
                new EvidenceInput(null, "", "file:///etc/passwd")), IN_THREE_YEARS);

        assertThat(Violations.thrownBy(() -> command.validate(Fixtures.TODAY)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(
                        tuple(List.of("code"), ErrorCode.INVALID),
                        tuple(List.of("level"), ErrorCode.REQUIRED),
                        tuple(List.of("evidence", "1", "kind"), ErrorCode.REQUIRED),
                        tuple(List.of("evidence", "1", "description"), ErrorCode.REQUIRED),
                        tuple(List.of("evidence", "1", "url"), ErrorCode.INVALID));
    }

    @Test
    void a_habilitation_without_expiry_and_bad_evidence_are_reported_together() {
        var command = new SkillCommand("elec-b0l", ProficiencyLevel.BEGINNER,
                List.of(new EvidenceInput(EvidenceKind.CERTIFICATE, " ", null)), null);

        assertThat(Violations.fieldsThrownBy(() -> command.validate(Fixtures.TODAY)))
                .containsExactly(List.of("expiresOn"), List.of("evidence", "0", "description"));
    }
}
