package fr.passerelle.internship.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.internship.model.ProfilePart;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import fr.passerelle.shared.validation.Violation;
import fr.passerelle.testing.Violations;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ApplicationCommandTest {

    @Test
    void the_message_is_trimmed_and_the_parts_become_a_set() {
        var command = new ApplicationCommand("  Bonjour !  ",
                List.of(ProfilePart.SKILLS, ProfilePart.CONTACT, ProfilePart.SKILLS));

        ApplicationCommand.Valid valid = command.validate();

        assertThat(valid.message()).isEqualTo("Bonjour !");
        assertThat(valid.sharedParts()).containsExactlyInAnyOrder(ProfilePart.SKILLS, ProfilePart.CONTACT);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void a_message_is_optional(String message) {
        assertThat(new ApplicationCommand(message, List.of()).validate().message()).isNull();
    }

    @Test
    void a_message_may_be_a_long_text() {
        String longest = "x".repeat(Limits.LONG_TEXT);

        assertThat(new ApplicationCommand(longest, List.of()).validate().message()).isEqualTo(longest);
    }

    @Test
    void a_longer_message_is_refused() {
        var command = new ApplicationCommand("x".repeat(Limits.LONG_TEXT + 1), List.of());

        assertThat(Violations.thrownBy(command::validate)).extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("message"), ErrorCode.TOO_LONG));
    }

    @Test
    void sharing_nothing_is_an_empty_set() {
        assertThat(new ApplicationCommand(null, null).validate().sharedParts()).isEqualTo(Set.of());
    }
}
