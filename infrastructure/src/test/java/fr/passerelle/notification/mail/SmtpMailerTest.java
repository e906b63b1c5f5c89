package fr.passerelle.notification.mail;

import static fr.passerelle.persistence.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.PersistenceTestApplication;
import fr.passerelle.notification.model.OutgoingMail;
import fr.passerelle.notification.model.Text;
import fr.passerelle.notification.port.out.Mailer;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.testing.MutableClock;
import fr.passerelle.testing.RecordingMailSender;
import fr.passerelle.testing.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.TestPropertySource;

/**
 * The mailer: SMTP through a {@link JavaMailSender} (here a recording stand-in), at most one mail per key, keys
 * remembered in {@code mail_log} without any personal data; without a sender, a mailer that refuses so the job is
 * retried rather than the mail dropped.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
@TestPropertySource(properties = "passerelle.mongodb.in-memory=true")
class SmtpMailerTest {

    private static final String FROM = "Passerelle <no-reply@passerelle.example>";
    private static final OutgoingMail INVITATION = new OutgoingMail("invitation/event-1",
            EmailAddress.of("prof@son.example.fr"),
            new Text("Invitation à rejoindre École du Son", "Bonjour,\n\nVous êtes invité(e)."));

    @Autowired
    private MongoOperations mongo;

    /** The application's own mailer: this test application configures no SMTP server. */
    @Autowired
    private Mailer applicationMailer;

    private final RecordingMailSender smtp = new RecordingMailSender();
    private final MutableClock clock = new MutableClock(T0);
    private SmtpMailer mailer;

    @BeforeEach
    void emptyMailLog() {
        TestDatabase.clear(mongo);
        mailer = new SmtpMailer(smtp, mongo, clock, FROM);
    }

    @Test
    void mailIsHandedToTheSmtpServerFromTheConfiguredSender() {
        mailer.send(INVITATION);

        assertThat(smtp.sent()).singleElement().satisfies(message -> {
            assertThat(message.getFrom()).isEqualTo(FROM);
            assertThat(message.getTo()).containsExactly("prof@son.example.fr");
            assertThat(message.getSubject()).isEqualTo("Invitation à rejoindre École du Son");
            assertThat(message.getText()).isEqualTo("Bonjour,\n\nVous êtes invité(e).");
        });
    }

    @Test
    void sendingTheSameKeyAgainSendsNothing() {
        mailer.send(INVITATION);
        clock.advance(Duration.ofMinutes(5));

        mailer.send(INVITATION);
        mailer.send(new OutgoingMail(INVITATION.key(), EmailAddress.of("other@example.fr"), new Text("x", "y")));

        assertThat(smtp.sent()).hasSize(1);
    }

    @Test
    void mailsWithDifferentKeysAreEachSent() {
        mailer.send(INVITATION);
        mailer.send(new OutgoingMail("invitation/membership-1", INVITATION.to(), INVITATION.text()));

        assertThat(smtp.sent()).hasSize(2);
    }

    @Test
    void mailLogHoldsTheKeyAndTimeOnlyNoAddressNorContent() {
        mailer.send(INVITATION);

        List<Document> log = mongo.getCollection(SmtpMailer.LOG).find().into(new ArrayList<>());
        assertThat(log).singleElement().satisfies(entry -> {
            assertThat(entry.keySet()).containsExactlyInAnyOrder("_id", "sentAt");
            assertThat(entry.get("_id")).isEqualTo("invitation/event-1");
            assertThat(entry.get("sentAt")).isEqualTo(Date.from(T0));
            assertThat(entry.toJson()).doesNotContain("prof@son.example.fr", "École", "Bonjour");
        });
    }

    @Test
    void mailTheServerRefusedIsNotRememberedSoTheRetrySendsIt() {
        smtp.refuse(true);

        assertThatThrownBy(() -> mailer.send(INVITATION)).isInstanceOf(MailSendException.class);
        assertThat(mongo.getCollection(SmtpMailer.LOG).countDocuments()).isZero();

        smtp.refuse(false);
        mailer.send(INVITATION);
        assertThat(smtp.sent()).hasSize(1);
    }

    @Test
    void applicationWithoutSmtpServerHasAMailerThatRefusesEveryMail() {
        assertThatThrownBy(() -> applicationMailer.send(INVITATION))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no SMTP server is configured");
        assertThat(mongo.getCollection(SmtpMailer.LOG).countDocuments()).isZero();
    }

    @Test
    void configurationWithAMailSenderProvidesTheSmtpMailerFromTheDefaultSender() {
        mailConfiguration().withBean(JavaMailSender.class, () -> smtp).run(context -> {
            context.getBean(Mailer.class).send(INVITATION);

            assertThat(context.getBean(Mailer.class)).isInstanceOf(SmtpMailer.class);
            assertThat(smtp.sent()).extracting(SimpleMailMessage::getFrom)
                    .containsExactly("Passerelle <no-reply@passerelle.invalid>");
        });
    }

    @Test
    void configuredSenderAddressIsUsed() {
        mailConfiguration().withBean(JavaMailSender.class, () -> smtp)
                .withPropertyValues("passerelle.mail.from=École du Son <ecole@son.example.fr>").run(context -> {
                    context.getBean(Mailer.class).send(INVITATION);

                    assertThat(smtp.sent()).extracting(SimpleMailMessage::getFrom)
                            .containsExactly("École du Son <ecole@son.example.fr>");
                });
    }

    @Test
    void configurationWithoutAMailSenderProvidesAMailerThatRefuses() {
        mailConfiguration().run(context -> assertThatThrownBy(() -> context.getBean(Mailer.class).send(INVITATION))
                .isInstanceOf(IllegalStateException.class));
    }

    private ApplicationContextRunner mailConfiguration() {
        return new ApplicationContextRunner()
                .withUserConfiguration(MailConfiguration.class)
                .withBean(MongoOperations.class, () -> mongo)
                .withBean(Clock.class, () -> clock);
    }
}
