package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Text inputs over GraphQL: a one-line field (a name, a title, a city…) refuses control characters, line breaks and a
 * spreadsheet formula start as a user error on its path; prose keeps its line breaks; nothing is written on refusal.
 */
class TextInputHygieneTest extends LearnerApiTest {

    private static final String REGISTER_COMPANY = """
            mutation($input: CompanyRegisterInput!) { companyRegister(input: $input) {
              userErrors { message field code } company { id legalName description } } }""";

    @Test
    void aCompanyWhoseLegalNameIsASpreadsheetFormulaIsAUserErrorOnTheField() {
        var reply = api.query("recruiter-y", REGISTER_COMPANY, Map.of("input", Map.of(
                "legalName", "=cmd|' /C calc'!A0", "siret", Fixtures.validSiret(), "kind", "STUDIO")));

        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        assertThat(reply.<List<String>>read("$.data.companyRegister.userErrors[0].field"))
                .containsExactly("input", "legalName");
        assertThat(reply.<String>read("$.data.companyRegister.userErrors[0].code")).isEqualTo("INVALID");
        assertThat(reply.<String>read("$.data.companyRegister.userErrors[0].message")).contains("formule");
        assertThat(reply.<Object>read("$.data.companyRegister.company")).isNull();
    }

    @Test
    void aOneLineNameRefusesALineBreakWhileADescriptionKeepsItsParagraphs() {
        var broken = api.query("recruiter-y", REGISTER_COMPANY, Map.of("input", Map.of(
                "legalName", "Studio\r\nInjecté SAS", "siret", Fixtures.validSiret(), "kind", "STUDIO")));
        assertThat(broken.<List<String>>read("$.data.companyRegister.userErrors[0].field"))
                .containsExactly("input", "legalName");

        var honest = api.query("recruiter-y", REGISTER_COMPANY, Map.of("input", Map.of(
                "legalName", "Studio O'Neil-Müller SAS", "siret", Fixtures.validSiret(), "kind", "STUDIO",
                "description", "- Prise de son\r\n- Mixage\tlive")));
        assertThat(honest.<List<Object>>read("$.data.companyRegister.userErrors")).as(honest.toString()).isEmpty();
        assertThat(honest.<String>read("$.data.companyRegister.company.legalName"))
                .isEqualTo("Studio O'Neil-Müller SAS");
        assertThat(honest.<String>read("$.data.companyRegister.company.description"))
                .isEqualTo("- Prise de son\n- Mixage\tlive");
    }

    @Test
    void aLearnerWhoseNameHoldsANulIsAUserErrorOnTheField() {
        var identity = identity("Jean\u0000Pierre", "Martin", Fixtures.freshEmail());
        var reply = api.query("school-admin-b", REGISTER, Map.of("input", registration(identity, SCHOOL_B)));

        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        assertThat(reply.<List<String>>read("$.data.learnerRegister.userErrors[0].field"))
                .containsExactly("input", "identity", "firstName");
        assertThat(reply.<String>read("$.data.learnerRegister.userErrors[0].code")).isEqualTo("INVALID");
        assertThat(reply.<String>read("$.data.learnerRegister.userErrors[0].message"))
                .isEqualTo("Ce texte ne doit pas contenir de caractère de contrôle (trouvé : U+0000).");
        assertThat(reply.<Object>read("$.data.learnerRegister.learner")).isNull();
    }

    @Test
    void aSearchTextWithAControlCharacterIsABadRequest() {
        var reply = api.query("advisor", """
                query($name: String) { companies(first: 3, filter: {nameContains: $name}) { edges { node { id } } } }""",
                Map.of("name", "Garage\u0000"));

        assertThat(reply.errorClassification()).as(reply.toString()).isEqualTo("BAD_REQUEST");
    }
}
