package fr.passerelle.marketing.mail;

import fr.passerelle.marketing.model.MarketingMail;
import fr.passerelle.marketing.port.out.MarketingMailer;
import fr.passerelle.notification.mail.SentMailLog;
import jakarta.mail.MessagingException;
import java.time.Clock;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The marketing stream over SMTP: its own sender address, its own log of sent keys ({@code marketing_mail_log}: key
 * and time only), and the RFC 8058 headers a mailbox provider shows as an "unsubscribe" button and POSTs to.
 */
class SmtpMarketingMailer implements MarketingMailer {

    static final String LOG = "marketing_mail_log";

    private final JavaMailSender sender;
    private final SentMailLog log;
    private final String from;

    SmtpMarketingMailer(JavaMailSender sender, MongoOperations mongo, Clock clock, String from) {
        this.sender = sender;
        this.log = new SentMailLog(mongo, clock, LOG);
        this.from = from;
    }

    @Override
    public void send(MarketingMail mail) {
        log.sendOnce(mail.key(), () -> deliver(mail));
    }

    private void deliver(MarketingMail mail) {
        sender.send(message -> {
            try {
                MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
                helper.setFrom(from);
                helper.setTo(mail.to().value());
                helper.setSubject(mail.text().title());
                helper.setText(mail.text().body());
                message.setHeader("List-Unsubscribe", mail.listUnsubscribe());
                message.setHeader("List-Unsubscribe-Post", MarketingMail.ONE_CLICK);
            } catch (MessagingException e) {
                throw new MailPreparationException(e);
            }
        });
    }
}
