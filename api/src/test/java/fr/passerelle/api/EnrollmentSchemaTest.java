package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The enrollment parts' mutations read alike for client developers: the enrollment by {@code enrollmentId} (core's
 * own lifecycle mutations excepted: the enrollment is their object, {@code id}), every {@code expectedVersion} naming
 * whose version it is, and the batched parts of an enrollment nullable.
 */
@SuppressWarnings("unchecked")
class EnrollmentSchemaTest extends ApiTest {

    private static final String MUTATIONS = """
            { __type(name: "Mutation") { fields { name args { name description } } } }""";
    private static final String ENROLLMENT = """
            { __type(name: "Enrollment") { fields { name type { kind } } } }""";

    @Test
    void thePartsMutationsTakeEnrollmentIdAndSayWhoseVersionTheyExpect() {
        List<Map<String, Object>> mutations = api.query("platform-admin", MUTATIONS).read("$.data.__type.fields");
        List<Map<String, Object>> parts = mutations.stream().filter(field -> {
            String name = (String) field.get("name");
            return name.startsWith("enrollmentPayment") || name.startsWith("enrollmentDocument")
                    || name.startsWith("enrollmentFunding") || name.startsWith("enrollmentContract");
        }).toList();

        assertThat(parts).extracting(field -> field.get("name"))
                .contains("enrollmentPaymentStart", "enrollmentPaymentRecord", "enrollmentPaymentFunderRecord")
                .doesNotContain("enrollmentFunderPaymentRecord");
        for (Map<String, Object> mutation : parts) {
            List<Map<String, Object>> args = (List<Map<String, Object>>) mutation.get("args");
            assertThat(args).extracting(arg -> arg.get("name")).as("%s", mutation.get("name"))
                    .contains("enrollmentId").doesNotContain("id");
        }
        for (Map<String, Object> mutation : mutations) {
            boolean enrollments = ((String) mutation.get("name")).startsWith("enrollment");
            for (Map<String, Object> arg : (List<Map<String, Object>>) mutation.get("args")) {
                if (enrollments && "expectedVersion".equals(arg.get("name"))) {
                    assertThat((String) arg.get("description")).as("%s's expectedVersion", mutation.get("name"))
                            .containsAnyOf("`Enrollment.version`", "`Funding.version`", "`DossierItem.version`");
                }
            }
        }
    }

    @Test
    void theEnrollmentsBatchedPartsAreNullable() {
        List<Map<String, Object>> fields = api.query("platform-admin", ENROLLMENT).read("$.data.__type.fields");

        assertThat(fields).filteredOn(field -> List.of("dossier", "funding", "contract", "payments")
                .contains(field.get("name"))).hasSize(4)
                .allSatisfy(field -> assertThat(((Map<?, ?>) field.get("type")).get("kind")).isEqualTo("OBJECT"));
    }
}
