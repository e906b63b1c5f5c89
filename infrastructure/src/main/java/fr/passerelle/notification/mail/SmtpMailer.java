package fr.passerelle.notification.mail;

import fr.passerelle.notification.model.OutgoingMail;
import fr.passerelle.notification.port.out.Mailer;
import java.time.Clock;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends through SMTP and remembers each sent key in {@code mail_log} (the key and the time only, no address or
 * content), so a retried job does not mail twice. A crash between handing the mail over and recording it sends it
 * again on retry: at least once, like SMTP itself.
 */
class SmtpMailer implements Mailer {

    static final String LOG = "mail_log";

    private final JavaMailSender sender;
    private final SentMailLog log;
    private final String from;

    SmtpMailer(JavaMailSender sender, MongoOperations mongo, Clock clock, String from) {
        this.sender = sender;
        this.log = new SentMailLog(mongo, clock, LOG);
        this.from = from;
    }

    @Override
    public void send(OutgoingMail mail) {
        log.sendOnce(mail.key(), () -> deliver(mail));
    }

    private void deliver(OutgoingMail mail) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.to().value());
        message.setSubject(mail.text().title());
        message.setText(mail.text().body());
        sender.send(message);
    }
}
