package fr.passerelle.api;

import static fr.passerelle.api.Fixtures.delivery;
import static fr.passerelle.api.Fixtures.eventually;
import static fr.passerelle.api.Fixtures.freshEmail;
import static fr.passerelle.api.Fixtures.localIdOf;
import static fr.passerelle.api.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Invitations travel by e-mail, through the dev SMTP sink (read back at {@code GET /dev/mailbox}): one French mail
 * per invitation naming the organisation only, and a reminder three days later that accepting cancels.
 */
class MailAndRemindersTest extends ApiTest {

    private static final String LEARNER_EMAIL = "learner@passerelle.dev";

    @Test
    void aSchoolInvitationSendsOneFrenchMailNamingTheSchoolAndNotTheInviter() {
        String school = unique("École Courrier");
        String invitee = freshEmail();
        String invitation = given.inviteToSchool("platform-admin", given.newSchool(school), invitee, "SCHOOL_STAFF");
        awaitInvitationMailSent(invitation);

        var mails = given.mailbox(invitee);
        assertThat(mails).hasSize(1);
        assertInvitationMail(mails.get(0), invitee, school, "platform-admin@passerelle.dev", "Paula Admin");
    }

    @Test
    void aCompanyInvitationSendsOneFrenchMailNamingTheCompanyAndNotTheInviter() {
        String company = unique("Courrier Logistique SAS");
        String invitee = freshEmail();
        // The learner registers the company, so a recruiter (not an admin) is the inviter here.
        String invitation = given.inviteToCompany("learner", given.newCompany("learner", company), invitee, "TUTOR");
        awaitInvitationMailSent(invitation);

        var mails = given.mailbox(invitee);
        assertThat(mails).hasSize(1);
        assertInvitationMail(mails.get(0), invitee, company, LEARNER_EMAIL, "Léa Apprenante");
    }

    @Test
    void invitingAgainSendsNoSecondMail() {
        String company = given.newCompany("platform-admin", unique("Relance SARL"));
        String invitee = freshEmail();
        String invitation = given.inviteToCompany("platform-admin", company, invitee, "RECRUITER");
        awaitInvitationMailSent(invitation);

        assertThat(given.inviteToCompany("platform-admin", company, invitee, "RECRUITER")).isEqualTo(invitation);
        // A second invitation would be a second event of the membership (and a second mail): there is none.
        given.awaitAuditOf(invitation, 1);
        assertThat(given.auditTrail(Map.of("objectId", invitation))).extracting(entry -> entry.get("action"))
                .containsExactly("membership.invited");
        assertThat(given.mailbox(invitee)).hasSize(1);
    }

    @Test
    void anInvitationSchedulesAReminderInThreeDaysThatAcceptingCancels() {
        String school = unique("École Rappel");
        String invitation = given.inviteToSchool("platform-admin", given.newSchool(school), LEARNER_EMAIL, "SCHOOL_STAFF");
        Instant invitedAt = Instant.parse(api.query("learner", "query($id: ID!) { node(id: $id) { ... on Membership { invitedAt } } }",
                Map.of("id", invitation)).read("$.data.node.invitedAt"));
        String reminderKey = "invitation/" + localIdOf(invitation);

        var reminder = given.awaitJob("SCHEDULED", job -> reminderKey.equals(job.get("reminderKey")));
        assertThat(reminder.get("kind")).isEqualTo("REMINDER");
        assertThat(reminder.get("handler")).isEqualTo("invitation");
        assertThat(reminder.get("attempts")).isEqualTo(0);
        assertThat(Instant.parse((String) reminder.get("dueAt")))
                .isCloseTo(invitedAt.plus(Duration.ofDays(3)), within(1, ChronoUnit.MINUTES));
        List<Map<String, Object>> mails = eventually(() -> mailsAbout(LEARNER_EMAIL, school), found -> !found.isEmpty());
        assertThat(mails).as("one invitation mail").hasSize(1);

        given.accept("learner", invitation);

        var cancelled = given.awaitJob("CANCELLED", job -> reminder.get("id").equals(job.get("id")));
        assertThat(cancelled.get("reminderKey")).isEqualTo(reminderKey);
        assertThat(cancelled.get("finishedAt")).isNotNull();
        assertThat(cancelled.get("attempts")).as("it never ran").isEqualTo(0);
        assertThat(given.job("SCHEDULED", job -> reminder.get("id").equals(job.get("id")))).isEmpty();
        assertThat(mailsAbout(LEARNER_EMAIL, school)).as("no reminder mail").hasSize(1);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    /** Once the invitation's delivery to the mailer is done, its mail is sent and no other is coming. */
    private void awaitInvitationMailSent(String invitation) {
        var job = given.awaitJob("DONE", delivery(invitation, "membership.invited", "invitation-mail"));
        assertThat(job.get("lastError")).isNull();
    }

    private List<Map<String, Object>> mailsAbout(String email, String organisation) {
        return given.mailbox(email).stream().filter(mail -> ((String) mail.get("subject")).contains(organisation)).toList();
    }

    private static void assertInvitationMail(Map<String, Object> mail, String invitee, String organisation,
                                             String inviterEmail, String inviterName) {
        String subject = (String) mail.get("subject");
        String body = (String) mail.get("body");
        assertThat(mail.get("to")).isEqualTo(List.of(invitee));
        assertThat(subject).isEqualTo("Invitation à rejoindre " + organisation + " sur Passerelle");
        assertThat(body).startsWith("Bonjour,")
                .contains("Vous êtes invité(e) à rejoindre " + organisation + " sur Passerelle")
                .contains("Connectez-vous avec cette adresse e-mail pour accepter l'invitation.");
        assertThat(subject + "\n" + body).as("the inviter stays in the platform")
                .doesNotContain(inviterEmail, inviterName, "@passerelle.dev");
    }
}
