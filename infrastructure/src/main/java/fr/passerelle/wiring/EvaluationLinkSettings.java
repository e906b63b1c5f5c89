package fr.passerelle.wiring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The tutor's evaluation links ({@code passerelle.evaluation-links.*}).
 *
 * @param formBaseUrl where the links point when the form is not the API's own (an SPA's form page), to which the
 *                    link's token is appended as is (so it ends with {@code /} or {@code =}); blank: the API's form,
 *                    {@code <public base URL>/evaluation-forms/<token>}
 */
@ConfigurationProperties("passerelle.evaluation-links")
record EvaluationLinkSettings(String formBaseUrl) {

    EvaluationLinkSettings {
        formBaseUrl = formBaseUrl == null || formBaseUrl.isBlank() ? null : formBaseUrl.strip();
    }
}
