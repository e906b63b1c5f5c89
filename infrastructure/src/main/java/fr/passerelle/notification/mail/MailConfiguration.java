package fr.passerelle.notification.mail;

import fr.passerelle.notification.port.out.Mailer;
import java.time.Clock;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The mailer: SMTP when a mail sender is configured ({@code spring.mail.host}, or the dev mode's in-process sink);
 * otherwise one that refuses, so mails are retried and then parked where administrators see them, never dropped.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    Mailer mailer(ObjectProvider<JavaMailSender> sender, MongoOperations mongo, Clock clock,
                  @Value("${passerelle.mail.from:Passerelle <no-reply@passerelle.invalid>}") String from) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            LoggerFactory.getLogger(MailConfiguration.class).warn("No SMTP server configured (spring.mail.host):"
                    + " mails will wait, retried then parked, until one is");
            return mail -> {
                throw new IllegalStateException("no SMTP server is configured (spring.mail.host)");
            };
        }
        return new SmtpMailer(smtp, mongo, clock, from);
    }
}
