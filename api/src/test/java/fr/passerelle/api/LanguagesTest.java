package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every sentence is written in the reader's language: French by default, English when the request's
 * {@code Accept-Language} prefers it (nobody has chosen a language of their own yet). Codes and fields never change.
 */
class LanguagesTest extends LearnerApiTest {

    private static final Map<String, String> ENGLISH = Map.of("Accept-Language", "en-GB,en;q=0.9,fr;q=0.5");
    private static final Map<String, String> GERMAN_THEN_FRENCH = Map.of("Accept-Language", "de-DE, fr;q=0.8");
    private static final String MY_ADVICE = "{ viewer { learnerProfile { readiness { parts { criterion advice } } } } }";

    @Test
    void theSameBadMutationIsAnsweredInFrenchByDefaultAndInEnglishWhenAsked() {
        Caller learner = newLearner();
        selfRegister(learner, "Éloïse", "Indépendante");
        var again = Map.<String, Object>of("input", registration(identity("Éloïse", "Bis", learner.email()), null));

        var french = api.queryWithToken(learner.token(), REGISTER, again, Map.of());
        var english = api.queryWithToken(learner.token(), REGISTER, again, ENGLISH);
        var unspoken = api.queryWithToken(learner.token(), REGISTER, again, GERMAN_THEN_FRENCH);

        assertThat(userErrorsOf(french)).singleElement().satisfies(error -> assertThat(error)
                .containsEntry("code", "DUPLICATE").containsEntry("field", List.of("input", "identity"))
                .containsEntry("message", "Vous avez déjà un profil d'apprenant."));
        assertThat(userErrorsOf(english)).singleElement().satisfies(error -> assertThat(error)
                .containsEntry("code", "DUPLICATE").containsEntry("field", List.of("input", "identity"))
                .containsEntry("message", "You already have a learner profile."));
        assertThat(userErrorsOf(unspoken)).extracting(error -> error.get("message"))
                .containsExactly("Vous avez déjà un profil d'apprenant.");
    }

    @Test
    void aFieldCheckIsASentenceThatLeavesTheFieldToItsPath() {
        String document = """
                mutation($input: CompanyRegisterInput!) { companyRegister(input: $input) {
                  userErrors { message field code } company { id } } }""";
        var input = Map.<String, Object>of("input", Map.of("legalName", "=cmd|' /C calc'!A0",
                "siret", Fixtures.validSiret(), "kind", "STUDIO"));

        var english = api.queryWithToken(api.token("recruiter-y"), document, input, ENGLISH);

        assertThat(english.<List<String>>read("$.data.companyRegister.userErrors[0].field"))
                .containsExactly("input", "legalName");
        assertThat(english.<String>read("$.data.companyRegister.userErrors[0].message"))
                .isEqualTo("This text must not start with '=', which spreadsheets run as a formula.");
        assertThat(api.query("recruiter-y", document, input).<String>read("$.data.companyRegister.userErrors[0].message"))
                .isEqualTo("Ce texte ne doit pas commencer par « = », qu'un tableur exécute comme une formule.");
    }

    @Test
    void notFoundEchoesTheIdSentInTheReadersLanguage() {
        String sent = globalId("School", "no-such-school-for-languages");
        String document = "mutation($id: ID!) { schoolChangeTier(id: $id, input: {tier: DISCOVERY}) { userErrors { message } } }";

        var french = api.query("platform-admin", document, Map.of("id", sent));
        var english = api.queryWithToken(api.token("platform-admin"), document, Map.of("id", sent), ENGLISH);

        assertThat(french.errorClassification()).isEqualTo("NOT_FOUND");
        assertThat(french.errorMessage())
                .isEqualTo("Rien n'a été trouvé pour l'identifiant « " + sent + " », ou rien que vous puissiez voir.");
        assertThat(english.errorMessage())
                .isEqualTo("Nothing was found for the id \"" + sent + "\", or nothing you may see.");
    }

    @Test
    void overWebSocketTheConnectionInitPayloadSaysTheLanguage() {
        String sent = globalId("School", "no-such-school-over-websocket");
        String document = "mutation($id: ID!) { schoolChangeTier(id: $id, input: {tier: DISCOVERY}) { userErrors { message } } }";
        try (GraphQlWebSocket socket = GraphQlWebSocket.open(port)) {
            socket.initWith(Map.of("Authorization", "Bearer " + api.token("platform-admin"), "Accept-Language", "en"));
            assertThat(socket.next(Duration.ofSeconds(10))).get().extracting(GraphQlWebSocket.Message::type)
                    .isEqualTo("connection_ack");

            String id = socket.subscribe(document, Map.of("id", sent));
            var answer = socket.await(message -> id.equals(message.id()) && message.type().equals("next"),
                    Duration.ofSeconds(10));

            assertThat(answer.<String>read("$.payload.errors[0].message"))
                    .isEqualTo("Nothing was found for the id \"" + sent + "\", or nothing you may see.");
        }
    }

    @Test
    void readinessAdviceIsWrittenInTheReadersLanguage() {
        Caller learner = newLearner();
        selfRegister(learner, "Ada", "Conseil");

        var french = api.queryWithToken(learner.token(), MY_ADVICE, Map.of(), Map.of());
        var english = api.queryWithToken(learner.token(), MY_ADVICE, Map.of(), ENGLISH);

        assertThat(french.<String>read("$.data.viewer.learnerProfile.readiness.parts[3].advice"))
                .isEqualTo("Cumulez 183 jours d'expérience de plus (stage, alternance, emploi).");
        assertThat(english.<String>read("$.data.viewer.learnerProfile.readiness.parts[3].advice"))
                .isEqualTo("Add 183 days of experience (internship, apprenticeship, job).");
    }
}
