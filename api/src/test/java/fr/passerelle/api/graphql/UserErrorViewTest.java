package fr.passerelle.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.shared.i18n.Message;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a user error points: under the command's root, at the mutation's own arguments, or at no field at all. */
class UserErrorViewTest {

    @Test
    void a_field_of_the_command_is_under_its_root() {
        assertThat(UserErrorView.of(BusinessRuleViolation.of("address.city", ErrorCode.REQUIRED, "error.value.required"),
                "input")).containsExactly(new UserErrorView(Message.of("error.value.required"), List.of("input",
                "address", "city"), ErrorCode.REQUIRED));
    }

    @Test
    void a_violation_about_no_field_points_at_none_not_even_the_root() {
        assertThat(UserErrorView.of(BusinessRuleViolation.of("", ErrorCode.STALE_VERSION,
                "error.version.contention"), "input"))
                .containsExactly(new UserErrorView(Message.of("error.version.contention"), null,
                        ErrorCode.STALE_VERSION));
    }
}
