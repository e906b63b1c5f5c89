package fr.passerelle.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class EvaluationLinkSettingsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class);

    @Test
    void theFormBaseUrlIsTakenFromTheProperty() {
        runner.withPropertyValues("passerelle.evaluation-links.form-base-url= https://passerelle.example/e/ ")
                .run(context -> assertThat(context.getBean(EvaluationLinkSettings.class).formBaseUrl())
                        .isEqualTo("https://passerelle.example/e/"));
    }

    @Test
    void unsetOrBlankTheLinksPointToTheApisOwnForm() {
        runner.run(context -> assertThat(context.getBean(EvaluationLinkSettings.class).formBaseUrl()).isNull());
        runner.withPropertyValues("passerelle.evaluation-links.form-base-url= ")
                .run(context -> assertThat(context.getBean(EvaluationLinkSettings.class).formBaseUrl()).isNull());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(EvaluationLinkSettings.class)
    static class Settings {
    }
}
