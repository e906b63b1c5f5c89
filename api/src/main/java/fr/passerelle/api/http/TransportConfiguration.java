package fr.passerelle.api.http;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What one client may take: the connector's limits on workers and body time ({@link ConnectionGuardValve}), and the
 * request budget the security filter chains apply ({@link RequestBudgetFilter}).
 */
@Configuration(proxyBeanMethods = false)
class TransportConfiguration {

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> connectionGuard(TransportSettings settings) {
        return factory -> factory.addContextCustomizers(
                context -> context.getPipeline().addValve(new ConnectionGuardValve(settings)));
    }

    @Bean
    RequestBudgets requestBudgets(RequestBudgetSettings settings) {
        return new RequestBudgets(settings);
    }
}
