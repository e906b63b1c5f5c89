package fr.passerelle.marketing.mail;

import fr.passerelle.marketing.port.out.MarketingMailer;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The marketing mailer: SMTP when a mail sender is configured, otherwise one that refuses (the mail job is retried,
 * then parked), as for service mail. Its sender address is its own ({@code passerelle.mail.marketing-from}), so
 * mailbox providers judge the two streams' reputations apart.
 */
@Configuration(proxyBeanMethods = false)
class MarketingMailConfiguration {

    @Bean
    MarketingMailer marketingMailer(ObjectProvider<JavaMailSender> sender, MongoOperations mongo, Clock clock,
                                    @Value("${passerelle.mail.marketing-from:Passerelle <newsletter@passerelle.invalid>}")
                                    String from) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            return mail -> {
                throw new IllegalStateException("no SMTP server is configured (spring.mail.host)");
            };
        }
        return new SmtpMarketingMailer(smtp, mongo, clock, from);
    }
}
