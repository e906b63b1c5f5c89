package fr.passerelle.learner.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.learner.model.LearnerIdentity;
import fr.passerelle.shared.model.Address;
import fr.passerelle.shared.model.AddressDraft;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import fr.passerelle.testing.Violations;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityCommandTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);

    private static IdentityCommand withPhone(String phone) {
        return new IdentityCommand("Alice", "Martin", "alice@mail.test", phone, null, null);
    }

    private static IdentityCommand bornOn(LocalDate birthDate) {
        return new IdentityCommand("Alice", "Martin", "alice@mail.test", null, birthDate, null);
    }

    @Test
    void valid_command_gives_a_trimmed_identity_with_a_lower_case_email_and_a_compact_phone() {
        LearnerIdentity identity = new IdentityCommand(" Alice ", " Martin ", " Alice.Martin@Mail.TEST ",
                "+33 6.12-34 56 78", LocalDate.of(2004, 5, 6),
                new AddressDraft("12 rue des Studios", "75011", "Paris", null, null, null)).validate(TODAY);

        assertThat(identity).isEqualTo(new LearnerIdentity("Alice", "Martin",
                EmailAddress.of("alice.martin@mail.test"), "+33612345678", LocalDate.of(2004, 5, 6),
                new Address("12 rue des Studios", "75011", "Paris", "FR", null)));
    }

    @ParameterizedTest(name = "phone \"{0}\" is stored as {1}")
    @CsvSource({
            "'+33 6 12 34 56 78',   +33612345678",
            "'+33.6.12.34.56.78',   +33612345678",
            "'+33 (6) 12-34-56-78', +33612345678",
            "'+1-212-555-0100',     +12125550100",
            "'+32470123456',        +32470123456",
            "'+12345678',           +12345678",
            "'+123456789012345',    +123456789012345",
    })
    void phone_numbers_are_compacted_to_e164(String phone, String stored) {
        assertThat(withPhone(phone).validate(TODAY).phone()).isEqualTo(stored);
    }

    @ParameterizedTest(name = "phone \"{0}\" is no phone")
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void a_blank_phone_is_no_phone(String phone) {
        assertThat(withPhone(phone).validate(TODAY).phone()).isNull();
    }

    @ParameterizedTest(name = "phone \"{0}\" is invalid")
    @ValueSource(strings = {"06 12 34 56 78", "0033612345678", "+0612345678", "+1234567", "+1234567890123456",
            "+33 6 12 AB 56 78", "+33/612345678"})
    void a_phone_that_is_not_e164_is_invalid(String phone) {
        assertThat(Violations.thrownBy(() -> withPhone(phone).validate(TODAY)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("phone"), ErrorCode.INVALID));
    }

    @Test
    void learners_are_at_least_14_years_old() {
        assertThat(bornOn(TODAY.minusYears(14)).validate(TODAY).birthDate()).isEqualTo(TODAY.minusYears(14));
        for (LocalDate tooRecent : List.of(TODAY.minusYears(14).plusDays(1), TODAY, TODAY.plusDays(1))) {
            assertThat(Violations.thrownBy(() -> bornOn(tooRecent).validate(TODAY)))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("birthDate"), ErrorCode.OUT_OF_RANGE));
        }
    }

    @Test
    void learners_are_at_most_100_years_old() {
        assertThat(bornOn(TODAY.minusYears(100)).validate(TODAY).birthDate()).isEqualTo(TODAY.minusYears(100));
        assertThat(Violations.thrownBy(() -> bornOn(TODAY.minusYears(101)).validate(TODAY)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("birthDate"), ErrorCode.OUT_OF_RANGE));
    }
    @Test
    void someone_past_their_100th_birthday_is_still_100_years_old() {
        LocalDate turned100Yesterday = TODAY.minusYears(100).minusDays(1);

        assertThat(bornOn(turned100Yesterday).validate(TODAY).birthDate()).isEqualTo(turned100Yesterday);
    }

    @Test
    void a_missing_birth_date_is_fine() {
        assertThat(bornOn(null).validate(TODAY).birthDate()).isNull();
    }

    @Test
    void a_missing_email_is_required_and_a_malformed_one_invalid() {
        assertThat(Violations.thrownBy(() -> new IdentityCommand("Alice", "Martin", null, null, null, null)
                .validate(TODAY)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("email"), ErrorCode.REQUIRED));
        for (String malformed : List.of("alice", "alice@mail", "alice@@mail.test", "alice martin@mail.test")) {
            assertThat(Violations.thrownBy(() -> new IdentityCommand("Alice", "Martin", malformed, null, null, null)
                    .validate(TODAY)))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("email"), ErrorCode.INVALID));
        }
    }

    @Test
    void names_are_required_and_bounded_to_80_characters() {
        assertThat(new IdentityCommand("a".repeat(80), "b".repeat(80), "alice@mail.test", null, null, null)
                .validate(TODAY).displayName()).hasSize(161);
        assertThat(Violations.thrownBy(() -> new IdentityCommand("a".repeat(81), " ", "alice@mail.test", null, null,
                null).validate(TODAY)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of("firstName"), ErrorCode.TOO_LONG),
                        tuple(List.of("lastName"), ErrorCode.REQUIRED));
    }

    @Test
    void address_problems_are_reported_under_address() {
        var command = new IdentityCommand("Alice", "Martin", "alice@mail.test", null, null,
                new AddressDraft(null, " ", "Paris", "XX", 48.8, null));

        assertThat(Violations.thrownBy(() -> command.validate(TODAY)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(
                        tuple(List.of("address", "longitude"), ErrorCode.REQUIRED),
                        tuple(List.of("address", "postalCode"), ErrorCode.REQUIRED),
                        tuple(List.of("address", "countryCode"), ErrorCode.INVALID));
    }

    @Test
    void every_problem_is_reported_at_once_with_its_field() {
        var command = new IdentityCommand("", null, "not-an-email", "0612", TODAY.plusYears(1),
                new AddressDraft(null, "75011", "", null, null, null));

        assertThat(Violations.thrownBy(() -> command.validate(TODAY)))
                .extracting(Violation::field, Violation::code)
                .containsExactly(
                        tuple(List.of("firstName"), ErrorCode.REQUIRED),
                        tuple(List.of("lastName"), ErrorCode.REQUIRED),
                        tuple(List.of("email"), ErrorCode.INVALID),
                        tuple(List.of("phone"), ErrorCode.INVALID),
                        tuple(List.of("birthDate"), ErrorCode.OUT_OF_RANGE),
                        tuple(List.of("address", "city"), ErrorCode.REQUIRED));
    }
}
