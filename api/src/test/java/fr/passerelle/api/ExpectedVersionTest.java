package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * One rule for optimistic locking: {@code expectedVersion} is a mutation argument beside the id. The deprecated
 * {@code input.expectedVersion} still works, and a stale version is reported where the client put it.
 */
class ExpectedVersionTest extends ApiTest {

    private static final String UPDATE = """
            mutation($id: ID!, $input: SchoolUpdateProfileInput!, $v: Int) {
              schoolUpdateProfile(id: $id, input: $input, expectedVersion: $v) {
                userErrors { field code } school { version name } } }""";

    @Test
    void aStaleVersionGivenAsTheArgumentIsRefusedOnTheArgument() {
        String school = school();
        assertThat(update(school, "Premier nom", 0, null).<Integer>read("$.data.schoolUpdateProfile.school.version"))
                .isEqualTo(1);

        var stale = update(school, "Nom périmé", 0, null);

        assertThat(stale.<List<Map<String, Object>>>read("$.data.schoolUpdateProfile.userErrors"))
                .containsExactly(Map.of("field", List.of("expectedVersion"), "code", "STALE_VERSION"));
        assertThat(nameOf(school)).startsWith("Premier nom");
    }

    @Test
    void theDeprecatedInputFieldStillWorksAndIsReportedInInput() {
        String school = school();
        update(school, "Premier nom", null, 0);

        var stale = update(school, "Nom périmé", null, 0);

        assertThat(stale.<List<Map<String, Object>>>read("$.data.schoolUpdateProfile.userErrors"))
                .containsExactly(Map.of("field", List.of("input", "expectedVersion"), "code", "STALE_VERSION"));
        assertThat(nameOf(school)).startsWith("Premier nom");
    }

    @Test
    void bothPlacesMayAgreeButNeverContradictEachOther() {
        String school = school();
        assertThat(update(school, "D'accord", 0, 0).<Integer>read("$.data.schoolUpdateProfile.school.version"))
                .isEqualTo(1);

        var contradiction = update(school, "Contradiction", 1, 0);

        assertThat(contradiction.errorClassification()).isEqualTo("BAD_REQUEST");
        assertThat(contradiction.errorMessage()).contains("expectedVersion");
        assertThat(nameOf(school)).startsWith("D'accord");
    }

    @Test
    void introspectionShowsTheArgumentAndTheDeprecatedInputField() {
        var reply = api.query("platform-admin", """
                { __type(name: "SchoolUpdateProfileInput") {
                    inputFields(includeDeprecated: true) { name isDeprecated deprecationReason } } }""");

        assertThat(reply.<List<Map<String, Object>>>read("$.data.__type.inputFields[?(@.name == 'expectedVersion')]"))
                .singleElement().satisfies(field -> assertThat(field).containsEntry("isDeprecated", true)
                        .extractingByKey("deprecationReason").asString().contains("argument"));
    }

    private GraphQlHttp.Reply update(String school, String name, Integer argument, Integer inInput) {
        var input = new HashMap<String, Object>(Map.of("name", name + " " + UUID.randomUUID(), "kind", "SOUND"));
        if (inInput != null) {
            input.put("expectedVersion", inInput);
        }
        var variables = new HashMap<String, Object>(Map.of("id", school, "input", input));
        if (argument != null) {
            variables.put("v", argument);
        }
        return api.query("platform-admin", UPDATE, variables);
    }

    private String school() {
        return given.succeed("platform-admin", """
                mutation($input: SchoolRegisterInput!) { schoolRegister(input: $input) { userErrors { code } school { id } } }""",
                Map.of("input", Map.of("name", "Versions " + UUID.randomUUID(), "kind", "SOUND")))
                .read("$.data.schoolRegister.school.id");
    }

    private String nameOf(String school) {
        return api.query("platform-admin", "query($id: ID!) { node(id: $id) { ... on School { name } } }",
                Map.of("id", school)).read("$.data.node.name");
    }
}
