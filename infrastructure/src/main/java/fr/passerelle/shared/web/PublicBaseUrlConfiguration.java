package fr.passerelle.shared.web;

import fr.passerelle.shared.port.PublicBaseUrl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The one {@link PublicBaseUrl} every absolute link starts from ({@code passerelle.public-base-url}). */
@Configuration(proxyBeanMethods = false)
class PublicBaseUrlConfiguration {

    @Bean
    PublicBaseUrl publicBaseUrl(@Value("${passerelle.public-base-url:}") String configured, Environment environment) {
        return new ServerPublicBaseUrl(configured, environment);
    }
}
