package fr.passerelle.school.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.school.model.SchoolKind;
import fr.passerelle.school.model.SchoolProfile;
import fr.passerelle.shared.model.AddressDraft;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import fr.passerelle.testing.Violations;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SchoolProfileCommandTest {

    private static final AddressDraft PARIS = new AddressDraft("1 rue du Son", "75011", "Paris", "fr", 48.86, 2.38);

    private static SchoolProfileCommand command(String name, String website) {
        return new SchoolProfileCommand(name, SchoolKind.SOUND, PARIS, website, "contact@ecole-son.fr", "Une école");
    }

    @Test
    void valid_command_gives_a_clean_profile() {
        SchoolProfile profile = new SchoolProfileCommand("  École du Son ", SchoolKind.SOUND, PARIS,
                "https://ecole-son.fr", " Contact@Ecole-Son.FR ", "  Une école  ").validate();

        assertThat(profile.name()).isEqualTo("École du Son");
        assertThat(profile.kind()).isEqualTo(SchoolKind.SOUND);
        assertThat(profile.address().countryCode()).isEqualTo("FR");
        assertThat(profile.website().toString()).isEqualTo("https://ecole-son.fr");
        assertThat(profile.contactEmail()).isEqualTo(EmailAddress.of("contact@ecole-son.fr"));
        assertThat(profile.description()).isEqualTo("Une école");
    }

    @Test
    void optional_fields_may_be_left_out_or_blank() {
        SchoolProfile profile = new SchoolProfileCommand("École", SchoolKind.GENERAL, null, " ", "", null).validate();

        assertThat(profile.address()).isNull();
        assertThat(profile.website()).isNull();
        assertThat(profile.contactEmail()).isNull();
        assertThat(profile.description()).isNull();
    }

    @ParameterizedTest(name = "name \"{0}\" is required")
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void blank_name_is_required(String name) {
        assertThat(Violations.thrownBy(() -> command(name, null).validate()))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("name"), ErrorCode.REQUIRED));
    }

    @Test
    void name_of_200_characters_passes_and_201_is_too_long() {
        assertThat(command("n".repeat(200), null).validate().name()).hasSize(200);
        assertThat(Violations.thrownBy(() -> command("n".repeat(201), null).validate()))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("name"), ErrorCode.TOO_LONG));
    }

    @ParameterizedTest(name = "website \"{0}\" is invalid")
    @ValueSource(strings = {"javascript:alert(1)", "ftp://ecole.fr", "/relative"})
    void invalid_website_is_reported_on_website(String website) {
        assertThat(Violations.thrownBy(() -> command("École", website).validate()))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("website"), ErrorCode.INVALID));
    }

    @Test
    void every_problem_is_reported_at_once() {
        var bad = new SchoolProfileCommand(" ", null, null, "javascript:alert(1)", "no-at", "d".repeat(2_001));

        assertThat(Violations.thrownBy(bad::validate))
                .extracting(Violation::field, Violation::code)
                .containsExactly(
                        tuple(List.of("name"), ErrorCode.REQUIRED),
                        tuple(List.of("kind"), ErrorCode.REQUIRED),
                        tuple(List.of("website"), ErrorCode.INVALID),
                        tuple(List.of("contactEmail"), ErrorCode.INVALID),
                        tuple(List.of("description"), ErrorCode.TOO_LONG));
    }

    @Test
    void coordinate_problems_are_nested_under_address() {
        var halfCoordinates = new AddressDraft("1 rue du Son", "75011", "Paris", "FR", 48.86, null);

        assertThat(Violations.thrownBy(() -> new SchoolProfileCommand("École", SchoolKind.SOUND, halfCoordinates,
                        null, null, null).validate()))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("address", "longitude"), ErrorCode.REQUIRED));
    }

    @Test
    void address_field_problems_are_nested_under_address() {
        var noPostalCode = new AddressDraft("1 rue du Son", null, "Paris", "FR", null, null);

        assertThat(Violations.fieldsThrownBy(() -> new SchoolProfileCommand("École", SchoolKind.SOUND, noPostalCode,
                        null, null, null).validate()))
                .containsExactly(List.of("address", "postalCode"));
    }
}
