package fr.passerelle.job.persistence;

import static fr.passerelle.persistence.Fixtures.T0;
import static fr.passerelle.persistence.Fixtures.event;
import static fr.passerelle.persistence.Fixtures.invited;
import static fr.passerelle.persistence.Fixtures.manager;
import static fr.passerelle.persistence.Fixtures.memberOf;
import static fr.passerelle.persistence.Fixtures.minimalSchool;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.job.model.JobStatus;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipEvents;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.notification.model.Notification;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.notification.port.out.Notifications;
import fr.passerelle.notification.service.InvitationMail;
import fr.passerelle.persistence.Fixtures;
import fr.passerelle.school.model.SchoolEvents;
import fr.passerelle.school.port.out.Schools;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.testing.RecordingMailSender;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.test.context.ContextConfiguration;

/**
 * Invitations end to end through the queue, with an SMTP stand-in: the invitation mail when invited, the reminder
 * mail once its reminder falls due, nothing more when passes repeat, and no reminder once the invitation is accepted
 * (whose managers are told in-app instead).
 */
@ContextConfiguration(initializers = InvitationMailJobsTest.WithSmtpServer.class)
class InvitationMailJobsTest extends JobsIntegrationTest {

    private static final String INVITEE = "prof@son.example.fr";

    @Autowired
    private RecordingMailSender smtp;

    @Autowired
    private JobRunner runner;

    @Autowired
    private Schools schools;

    @Autowired
    private Memberships memberships;

    @Autowired
    private Notifications notifications;

    @Autowired
    private Clock clock;

    @BeforeEach
    void emptySmtpServer() {
        smtp.clear();
        schools.insert(minimalSchool("school-1", "École du Son"), event("event-school", SchoolEvents.REGISTERED,
                "School", "school-1", 0, memberOf("school:school-1", "sub-admin"), T0));
    }

    @Test
    void invitationIsMailedAndItsOverdueReminderIsMailedOnce() {
        invite(T0);

        runner.runOnce();
        runner.runOnce();

        assertThat(smtp.sent()).extracting(SimpleMailMessage::getSubject).containsExactly(
                "Invitation à rejoindre École du Son sur Passerelle",
                "Rappel : votre invitation à rejoindre École du Son");
        assertThat(smtp.sent()).allSatisfy(mail -> assertThat(mail.getTo()).containsExactly(INVITEE));
        JobDocument reminder = storedJob("reminder/invitation/membership-1");
        assertThat(reminder.status()).isEqualTo(JobStatus.DONE);
        assertThat(reminder.dueAt()).isEqualTo(T0.plus(InvitationMail.REMINDER_DELAY));
        assertThat(mailLog()).as("one remembered key per mail sent").hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void acceptingTheInvitationBeforeItsReminderIsDueCancelsTheReminderAndTellsTheManagers() {
        memberships.insert(manager("membership-admin", Tenant.school("school-1"), "admin@son.example.fr",
                "sub-admin"), Fixtures.event());
        Instant now = clock.instant();
        Membership invitation = invite(now);
        runner.runOnce();
        assertThat(storedJob("reminder/invitation/membership-1").status()).isEqualTo(JobStatus.SCHEDULED);

        memberships.update(invitation.activate("sub-prof", clock.instant()), event("event-accept",
                MembershipEvents.ACTIVATED, "Membership", "membership-1", 1, memberOf("school:school-1", "sub-prof"),
                clock.instant()));
        runner.runOnce();

        assertThat(storedJob("reminder/invitation/membership-1").status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(smtp.sent()).extracting(SimpleMailMessage::getSubject)
                .containsExactly("Invitation à rejoindre École du Son sur Passerelle");
        assertThat(notifications.page("sub-admin", false, Paging.first(10, null)).items()).singleElement()
                .satisfies(notification -> {
                    assertThat(notification.kind()).isEqualTo(NotificationKind.MEMBER_JOINED);
                    assertThat(notification.body())
                            .isEqualTo("Un nouveau membre a rejoint École du Son sur Passerelle.");
                    assertThat(notification.id()).isEqualTo(Notification.idFor("event-accept", "sub-admin"));
                });
        assertThat(notifications.countUnread("sub-prof")).isZero();
    }

    private Membership invite(Instant at) {
        return memberships.insert(invited("membership-1", Tenant.school("school-1"), INVITEE), event("event-invite",
                MembershipEvents.INVITED, "Membership", "membership-1", 0, memberOf("school:school-1", "sub-admin"),
                at));
    }

    private List<Object> mailLog() {
        return mongo.getCollection("mail_log").find().map(entry -> entry.get("_id")).into(new ArrayList<>());
    }

    /** Gives this test's application an SMTP server: the recording stand-in, as its JavaMailSender. */
    static final class WithSmtpServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getBeanFactory().registerSingleton("recordingMailSender", new RecordingMailSender());
        }
    }
}
