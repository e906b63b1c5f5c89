package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GraphiQL in dev works offline: the page, GraphiQL and React are served by the application (this machine's network
 * is closed, so a CDN would leave it on "Loading…"), it loads the schema through the full introspection query, the
 * token helper puts a persona's token into the headers, and a query runs with it — in headless Chromium, without a
 * script error or a CSP violation.
 */
class GraphiqlPageTest extends ApiTest {

    private static final String QUERY_EDITOR = "document.querySelector('.graphiql-query-editor .CodeMirror')";
    private static final String RESPONSE = "document.querySelector('.graphiql-response .CodeMirror')";

    @Test
    void everyAssetComesFromTheApplication() {
        for (String asset : new String[] {"graphiql.min.js", "graphiql.min.css", "react.production.min.js",
                "react-dom.production.min.js", "start.js", "start.css"}) {
            assertThat(api.get("/graphiql/assets/" + asset, Map.of()).status()).as(asset).isEqualTo(200);
        }
    }

    @Test
    void graphiqlRendersLoadsTheSchemaAndRunsAQueryWithAPersonasToken() {
        try (var browser = HeadlessChromium.launch()) {
            browser.open("http://localhost:" + port + "/graphiql?path=/graphql");
            browser.waitUntil("document.querySelector('.graphiql-container')")
                    .waitUntil("document.querySelectorAll('#persona option').length > 1");

            browser.evaluate("document.getElementById('persona').value = 'advisor'");
            browser.evaluate("document.getElementById('use-token').click()");
            browser.waitUntil("document.getElementById('token-status').value.includes('advisor')")
                    .waitUntil(QUERY_EDITOR);
            browser.evaluate(QUERY_EDITOR + ".CodeMirror.setValue('{ viewer { roles } }')");
            browser.evaluate("document.querySelector('.graphiql-execute-button').click()");
            browser.waitUntil(RESPONSE + " && " + RESPONSE + ".CodeMirror.getValue().includes('ADVISOR')");

            browser.evaluate("document.querySelector('[aria-label=\"Show Documentation Explorer\"]').click()");
            browser.waitUntil("document.querySelector('.graphiql-doc-explorer') && document.querySelector("
                    + "'.graphiql-doc-explorer').textContent.includes('Query')");
            assertThat(browser.problems()).as("no script error, no CSP violation; only the schema query sent before a"
                    + " token was chosen is refused").allMatch(problem -> problem.contains("status of 401")
                    && problem.endsWith("/graphql"));
        }
    }
}
