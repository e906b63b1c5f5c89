package fr.passerelle.company.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.company.model.CompanyKind;
import fr.passerelle.company.model.CompanyProfile;
import fr.passerelle.company.model.Siret;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import fr.passerelle.testing.Violations;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CompanyProfileCommandTest {

    private static final String SIRET = "81234567800013";

    private static CompanyProfileCommand command(String legalName, String siret, String website) {
        return new CompanyProfileCommand(legalName, "Garage D", siret, CompanyKind.INDEPENDENT_GARAGE, website, null);
    }

    @Test
    void valid_command_gives_a_clean_profile() {
        CompanyProfile profile = new CompanyProfileCommand(" Garage Dupont SARL ", "  ", "812 345 678 00013",
                CompanyKind.INDEPENDENT_GARAGE, "https://garage-dupont.fr", " Réparation ").validate();

        assertThat(profile.legalName()).isEqualTo("Garage Dupont SARL");
        assertThat(profile.tradeName()).isNull();
        assertThat(profile.siret()).isEqualTo(Siret.of(SIRET));
        assertThat(profile.website().toString()).isEqualTo("https://garage-dupont.fr");
        assertThat(profile.description()).isEqualTo("Réparation");
    }

    @ParameterizedTest(name = "legal name \"{0}\" is required")
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void blank_legal_name_is_required(String legalName) {
        assertThat(Violations.thrownBy(() -> command(legalName, SIRET, null).validate()))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("legalName"), ErrorCode.REQUIRED));
    }

    @Test
    void legal_name_of_201_characters_is_too_long() {
        assertThat(command("n".repeat(200), SIRET, null).validate().legalName()).hasSize(200);
        assertThat(Violations.thrownBy(() -> command("n".repeat(201), SIRET, null).validate()))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("legalName"), ErrorCode.TOO_LONG));
    }

    @Test
    void trade_name_of_201_characters_is_too_long() {
        var tooLong = new CompanyProfileCommand("Garage", "t".repeat(201), SIRET, CompanyKind.OTHER, null, null);

        assertThat(Violations.thrownBy(tooLong::validate))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("tradeName"), ErrorCode.TOO_LONG));
    }

    @Test
    void invalid_website_is_reported_on_website() {
        assertThat(Violations.thrownBy(() -> command("Garage", SIRET, "javascript:alert(1)").validate()))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("website"), ErrorCode.INVALID));
    }

    @ParameterizedTest(name = "SIRET \"{0}\" is invalid")
    @ValueSource(strings = {"81234567800014", "8123456780001", "81234567800O13"})
    void bad_siret_is_reported_on_siret(String siret) {
        assertThat(Violations.thrownBy(() -> command("Garage", siret, null).validate()))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("siret"), ErrorCode.INVALID));
    }

    @ParameterizedTest(name = "SIRET \"{0}\" is required")
    @NullAndEmptySource
    void missing_siret_is_required(String siret) {
        assertThat(Violations.thrownBy(() -> command("Garage", siret, null).validate()))
                .extracting(Violation::field)
                .first()
                .isEqualTo(List.of("siret"));
    }

    @Test
    void every_problem_is_reported_at_once() {
        var bad = new CompanyProfileCommand("", "t".repeat(201), "123", null, "ftp://x", "d".repeat(2_001));

        assertThat(Violations.thrownBy(bad::validate))
                .extracting(Violation::field, Violation::code)
                .containsExactly(
                        tuple(List.of("legalName"), ErrorCode.REQUIRED),
                        tuple(List.of("tradeName"), ErrorCode.TOO_LONG),
                        tuple(List.of("siret"), ErrorCode.INVALID),
                        tuple(List.of("kind"), ErrorCode.REQUIRED),
                        tuple(List.of("website"), ErrorCode.INVALID),
                        tuple(List.of("description"), ErrorCode.TOO_LONG));
    }
}
