package fr.passerelle.api.http;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The connector's limits on what one client may hold (see {@link ConnectionGuardValve}). */
@Configuration(proxyBeanMethods = false)
class TransportConfiguration {

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> connectionGuard(TransportSettings settings) {
        return factory -> factory.addContextCustomizers(
                context -> context.getPipeline().addValve(new ConnectionGuardValve(settings)));
    }
}
