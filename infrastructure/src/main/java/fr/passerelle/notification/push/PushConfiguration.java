package fr.passerelle.notification.push;

import fr.passerelle.notification.port.out.PushGateway;
import java.time.Clock;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The push gateway. No push service is reachable from here, so the fake stands in unless a real adapter (one class
 * implementing {@link PushGateway}, e.g. an FCM HTTP v1 client enabled by its credentials' property) is a bean.
 */
@Configuration(proxyBeanMethods = false)
class PushConfiguration {

    @Bean
    @ConditionalOnMissingBean(PushGateway.class)
    FakePushGateway fakePushGateway(Clock clock) {
        LoggerFactory.getLogger(PushConfiguration.class).info("Pushes are recorded by the fake push gateway, not"
                + " sent (no real push adapter is configured); dev mode lists them at GET /dev/push");
        return new FakePushGateway(clock);
    }
}
