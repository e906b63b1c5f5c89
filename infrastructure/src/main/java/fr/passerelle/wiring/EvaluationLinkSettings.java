package fr.passerelle.wiring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The tutor's evaluation links ({@code passerelle.evaluation-links.*}).
 *
 * @param formBaseUrl the address of the evaluation form as the tutor's mail shows it, to which the link's token is
 *                    appended as is (so it ends with {@code /} or {@code =}); defaults to the local web client's
 *                    {@value #DEFAULT_FORM_BASE_URL}
 */
@ConfigurationProperties("passerelle.evaluation-links")
record EvaluationLinkSettings(String formBaseUrl) {

    static final String DEFAULT_FORM_BASE_URL = "http://localhost:8080/evaluation-forms/";

    EvaluationLinkSettings {
        formBaseUrl = formBaseUrl == null || formBaseUrl.isBlank() ? DEFAULT_FORM_BASE_URL : formBaseUrl.strip();
    }
}
