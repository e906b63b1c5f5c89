package fr.passerelle.webhook.http;

import fr.passerelle.audit.port.out.AuditTrail;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.port.Reminders;
import fr.passerelle.webhook.model.WebhookPolicy;
import fr.passerelle.webhook.port.out.SecretBox;
import fr.passerelle.webhook.port.out.WebhookAddresses;
import fr.passerelle.webhook.port.out.WebhookDeliveries;
import fr.passerelle.webhook.port.out.WebhookEndpoints;
import fr.passerelle.webhook.port.out.WebhookTransport;
import fr.passerelle.webhook.service.WebhookAttempts;
import fr.passerelle.webhook.service.WebhookEndpointService;
import fr.passerelle.webhook.service.WebhookFanOut;
import fr.passerelle.webhook.service.WebhookUrls;
import java.net.InetAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Webhooks: the SSRF rules, the HTTP transport, the sealing of secrets, and the use cases wired on them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookSettings.class)
class WebhookConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookConfiguration.class);

    @Bean
    WebhookPolicy webhookPolicy(WebhookSettings settings) {
        return settings.policy();
    }

    @Bean
    WebhookAddresses webhookAddresses(WebhookSettings settings) {
        if (settings.allowLoopback()) {
            LOG.warn("Webhooks may call loopback addresses (passerelle.webhooks.allow-loopback): development only");
        }
        return new ResolvedAddresses(settings.allowLoopback(), InetAddress::getAllByName);
    }

    @Bean
    WebhookTransport webhookTransport(WebhookAddresses addresses, WebhookSettings settings) {
        return new JdkWebhookTransport(addresses, settings.timeout());
    }

    @Bean
    SecretBox webhookSecretBox(WebhookSettings settings) {
        if (settings.encryptionKey() != null && !settings.encryptionKey().isBlank()) {
            return new AesSecretBox(Base64.getDecoder().decode(settings.encryptionKey().strip()));
        }
        LOG.warn("No PASSERELLE_WEBHOOKS_ENCRYPTION_KEY: webhook secrets are sealed with a key of this process only; "
                + "after a restart every endpoint's secret must be rotated");
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new AesSecretBox(key);
    }

    @Bean
    WebhookUrls webhookUrls(WebhookAddresses addresses) {
        return new WebhookUrls(addresses);
    }

    @Bean
    WebhookAttempts webhookAttempts(WebhookDeliveries deliveries, WebhookEndpoints endpoints,
                                    WebhookTransport transport, SecretBox secrets, Reminders reminders,
                                    NoticeDelivery notices, WebhookPolicy policy, Clock clock) {
        return new WebhookAttempts(deliveries, endpoints, transport, secrets, reminders, notices, policy, clock);
    }

    @Bean
    WebhookFanOut webhookFanOut(WebhookEndpoints endpoints, WebhookDeliveries deliveries, WebhookAttempts attempts,
                                Clock clock) {
        return new WebhookFanOut(endpoints, deliveries, attempts, clock);
    }

    @Bean
    WebhookEndpointService webhookEndpointService(WebhookEndpoints endpoints, WebhookDeliveries deliveries,
                                                  WebhookUrls urls, SecretBox secrets, WebhookAttempts attempts,
                                                  AuditTrail audit, IdGenerator ids, WebhookPolicy policy,
                                                  Clock clock) {
        return new WebhookEndpointService(endpoints, deliveries, urls, secrets, attempts, audit, ids, policy, clock);
    }
}
