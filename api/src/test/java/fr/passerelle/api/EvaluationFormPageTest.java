package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The tutor's evaluation link opens an HTML form in a browser (French, or English when the browser prefers it), which
 * works without script on a phone and posts the evaluation; a client asking for JSON still gets JSON. The internship
 * ends today, so its mid-term is past and the evaluation may be given.
 */
class EvaluationFormPageTest extends AgreementApiTest {

    private static final List<String> OBJECTIVES = List.of("Diagnostiquer une panne <électrique>",
            "Réaliser une vidange en autonomie");

    @Test
    void aBrowserGetsAnAccessibleFormInItsLanguageAndAJsonClientStillGetsJson() {
        String path = "/evaluation-forms/" + link();

        var french = page(path, null);
        assertThat(french.status()).isEqualTo(200);
        assertThat(french.headers().get("Content-Type")).singleElement().asString().startsWith("text/html");
        assertThat(french.headers().get("Content-Security-Policy")).singleElement().asString()
                .contains("default-src 'none'", "style-src 'self'", "form-action 'self'").doesNotContain("script-src");
        assertThat(french.headers().get("Cache-Control")).containsExactly("no-store");
        assertThat(french.headers().get("Referrer-Policy")).as("the token never leaves this origin")
                .containsExactly("same-origin");
        assertThat(french.body()).contains("<html lang=\"fr\"", "Évaluation de mi-parcours",
                        "name=\"viewport\"", "<legend>Diagnostiquer une panne &lt;électrique&gt;</legend>",
                        "<label for=\"level-1-MASTERED\">", "<label class=\"text\" for=\"comment\">", "<form method=\"post\"")
                .as("the token is in the address only").doesNotContain(path.substring(path.lastIndexOf('/') + 1))
                .doesNotContain("<script");

        var english = page(path, "en-GB,en;q=0.9,fr;q=0.5");
        assertThat(english.body()).contains("<html lang=\"en\"", "Mid-term evaluation", "Not acquired");
        assertThat(page(path, "de-DE").body()).as("a language Passerelle does not speak: French")
                .contains("<html lang=\"fr\"");

        var json = api.get(path, Map.of("Accept", "application/json"));
        assertThat(json.<String>read("$.kind")).isEqualTo("MID_TERM");
        assertThat(api.get(path, Map.of()).<String>read("$.kind")).as("no Accept header: JSON, as before")
                .isEqualTo("MID_TERM");

        var css = api.get("/evaluation-forms/form.css", Map.of());
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.headers().get("Content-Type")).singleElement().asString().startsWith("text/css");
    }

    @Test
    void aPostedFormMissingALevelIsShownAgainWithItsErrorAndTheLinkStaysOpen() {
        String path = "/evaluation-forms/" + link();

        var refused = post(path, Map.of("level-0", "ACQUIRED", "note-0", "Autonome <vraiment>", "comment", "Bien."));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("role=\"alert\"", "href=\"#level-1-NOT_ACQUIRED\"",
                "Réaliser une vidange en autonomie", "value=\"ACQUIRED\" checked", "Autonome &lt;vraiment&gt;",
                ">Bien.</textarea>");
        assertThat(api.get(path, Map.of("Accept", "application/json")).status()).isEqualTo(200);

        var sent = post(path, Map.of("level-0", "ACQUIRED", "level-1", "MASTERED", "comment", "Bien."));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        assertThat(sent.body()).contains("role=\"status\"", "Merci");
        var again = page(path, null);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.body()).contains("Ce lien n'ouvre plus de formulaire");
    }

    @Test
    void theTutorFillsAndSendsTheFormInHeadlessChromiumOnAPhone() {
        String token = link();
        String url = "http://localhost:" + port + "/evaluation-forms/" + token;
        try (var browser = HeadlessChromium.launch()) {
            browser.emulatePhone().open(url);
            assertThat(browser.text("document.documentElement.lang")).as(browser.text("document.body.innerText"))
                    .isEqualTo("en");
            assertThat(browser.text("document.querySelector('h1').textContent")).isEqualTo("Mid-term evaluation");
            assertThat(browser.evaluate("getComputedStyle(document.querySelector('button')).width").asString())
                    .as("the stylesheet applies: a full-width button on a phone").isNotEqualTo("auto");
            assertThat(browser.evaluate("document.documentElement.scrollWidth <= innerWidth").asBoolean())
                    .as("nothing wider than the phone").isTrue();
            assertThat(browser.evaluate("[...document.querySelectorAll('input, textarea')]"
                    + ".every(c => c.labels && c.labels.length > 0)").asBoolean()).as("every control has a label")
                    .isTrue();

            browser.evaluate("document.getElementById('level-0-ACQUIRED').click()");
            browser.evaluate("document.getElementById('level-1-IN_PROGRESS').click()");
            browser.evaluate("document.getElementById('note-0').value = 'Autonome.'");
            browser.evaluate("document.getElementById('comment').value = 'Stagiaire impliqué, très à l’écoute.'");
            browser.evaluateAndWaitForLoad("document.querySelector('button[type=submit]').click()");

            assertThat(browser.text("document.body.innerText")).as(browser.problems().toString())
                    .startsWith("Thank you!");
            assertThat(browser.text("document.querySelector('[role=status]').textContent"))
                    .contains("evaluation of").contains("is recorded");
            assertThat(browser.problems()).as("no script error, no CSP violation").isEmpty();
        }
        var evaluation = asList(asMap(agreement(agreementId).get("followUp")).get("evaluations")).get(0);
        assertThat(evaluation).containsEntry("kind", "MID_TERM").containsEntry("submitted", true)
                .containsEntry("comment", "Stagiaire impliqué, très à l’écoute.");
        assertThat(asList(evaluation.get("ratings"))).extracting(r -> r.get("objectiveId"), r -> r.get("level"),
                r -> r.get("comment")).containsExactly(tuple("1", "ACQUIRED", "Autonome."),
                tuple("2", "IN_PROGRESS", null));
    }

    @Test
    void everyTextOfTheFormIsInBothLanguages() throws Exception {
        var french = new java.util.Properties();
        var english = new java.util.Properties();
        try (var fr = getClass().getResourceAsStream("/evaluation-form/messages.properties");
             var en = getClass().getResourceAsStream("/evaluation-form/messages_en.properties")) {
            french.load(new java.io.InputStreamReader(fr, StandardCharsets.UTF_8));
            english.load(new java.io.InputStreamReader(en, StandardCharsets.UTF_8));
        }
        assertThat(english.keySet()).isEqualTo(french.keySet());
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private String agreementId;

    /** A signed internship of four weeks ending today, its objectives set, and a mid-term link issued. */
    private String link() {
        LocalDate end = today();
        Internship internship = signed(fullTime(end.minusWeeks(4).plusDays(1), end));
        agreementId = internship.id();
        given.succeed("school-admin-a", OBJECTIVES_SET, Map.of("id", agreementId, "objectives", OBJECTIVES));
        return given.succeed("school-admin-a", LINK_ISSUE, Map.of("id", agreementId, "kind", "MID_TERM"))
                .read("$.data.evaluationLinkIssue.link.token");
    }

    /** What a browser asks for: HTML, in these languages. */
    private GraphQlHttp.Reply page(String path, String languages) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").GET();
        if (languages != null) {
            request.header("Accept-Language", languages);
        }
        return api.send(request);
    }

    /** What a browser posts: the form's fields, URL-encoded. */
    private GraphQlHttp.Reply post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(field -> field.getKey() + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
