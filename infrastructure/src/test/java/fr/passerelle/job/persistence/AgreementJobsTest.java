package fr.passerelle.job.persistence;

import static fr.passerelle.persistence.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.AgreementEvents;
import fr.passerelle.agreement.model.EvaluationKind;
import fr.passerelle.agreement.model.InternshipFollowUp;
import fr.passerelle.agreement.port.in.FollowUpUseCases;
import fr.passerelle.agreement.port.in.FollowUpUseCases.IssuedLink;
import fr.passerelle.agreement.port.out.Agreements;
import fr.passerelle.agreement.port.out.InternshipFollowUps;
import fr.passerelle.agreement.service.EvaluationMail;
import fr.passerelle.job.model.JobStatus;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.persistence.Fixtures;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.testing.RecordingMailSender;
import fr.passerelle.testing.TestDatabase;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.test.context.ContextConfiguration;

/**
 * Agreements through the queue, with an SMTP stand-in: the {@code agreement.signed} event opens the follow-up once
 * however often it is delivered; the tutor's evaluation link is mailed with the bundled template, its reminders are
 * scheduled as jobs, fire with theirs, and are cancelled with the link.
 */
@ContextConfiguration(initializers = InvitationMailJobsTest.WithSmtpServer.class)
class AgreementJobsTest extends JobsIntegrationTest {

    private static final String AGREEMENTS = "agreements";
    private static final String TUTOR = "marc.petit@atelier.example";

    @Autowired
    private RecordingMailSender smtp;

    @Autowired
    private JobRunner runner;

    @Autowired
    private Agreements agreements;

    @Autowired
    private InternshipFollowUps followUps;

    @Autowired
    private FollowUpUseCases followUpUseCases;

    @Autowired
    private EvaluationMail evaluationMail;

    @Autowired
    private Clock clock;

    @BeforeEach
    void emptySmtpServer() {
        smtp.clear();
    }

    @Test
    void theSignedEventOpensTheFollowUpOnceHoweverOftenItIsDelivered() {
        Agreement signed = agreements.insert(Fixtures.signedAgreement("agreement-1", "school-1",
                LocalDate.of(2026, 4, 6), LocalDate.of(2026, 6, 26)), Fixtures.event("event-signed",
                AgreementEvents.SIGNED, "Agreement", "agreement-1", 0, Initiator.system(), T0));
        List<Document> outbox = TestDatabase.rawOutbox(mongo, AGREEMENTS, "agreement-1");

        runner.runOnce();
        InternshipFollowUp opened = followUps.findById(signed.id()).orElseThrow();
        TestDatabase.putBackInOutbox(mongo, AGREEMENTS, "agreement-1", outbox);
        runner.runOnce();

        assertThat(opened.evaluations()).extracting(e -> e.kind())
                .containsExactly(EvaluationKind.MID_TERM, EvaluationKind.FINAL);
        assertThat(followUps.findById(signed.id())).contains(opened);
        assertThat(storedJobs()).filteredOn(job -> "followup-opener".equals(job.handler())).singleElement()
                .satisfies(job -> assertThat(job.status()).isEqualTo(JobStatus.DONE));
    }

    @Test
    void theTutorIsMailedTheLinkThenRemindedUntilTheLinkIsRevoked() {
        LocalDate today = PlatformCalendar.today(clock);
        Agreement agreement = agreements.insert(Fixtures.signedAgreement("agreement-1", "school-1",
                today.minusDays(10), today.plusDays(50)), Fixtures.event());
        followUps.insert(InternshipFollowUp.openedFor(agreement, clock.instant()), Fixtures.event());
        Actor staff = new Actor("sub-staff", "Staff", null, Set.of(), List.of(Fixtures.active("membership-1",
                Tenant.school("school-1"), "staff@lycee.example", "sub-staff")));

        IssuedLink issued = followUpUseCases.issueEvaluationLink(staff, "agreement-1", EvaluationKind.MID_TERM);

        LocalDate dueOn = issued.followUp().evaluation(EvaluationKind.MID_TERM).dueOn();
        String linkId = issued.followUp().evaluation(EvaluationKind.MID_TERM).link().id();
        assertThat(smtp.sent()).singleElement().satisfies(mail -> {
            assertThat(mail.getTo()).containsExactly(TUTOR);
            assertThat(mail.getSubject()).as("the subject names no one").isEqualTo(
                    "Évaluation de mi-parcours d'un stage chez Atelier du Son");
            assertThat(mail.getText()).contains("Léa Martin chez Atelier du Son", "avant le " + dueOn,
                    "\nhttp://localhost:8080/evaluation-forms/" + issued.token() + "\n");
        });
        for (int daysBefore : List.of(3, 1)) {
            JobDocument reminder = storedJob("reminder/evaluation/" + linkId + "/D-" + daysBefore);
            assertThat(reminder.status()).isEqualTo(JobStatus.SCHEDULED);
            assertThat(reminder.dueAt()).isEqualTo(dueOn.minusDays(daysBefore).atTime(9, 0)
                    .atZone(PlatformCalendar.ZONE).toInstant());
        }

        evaluationMail.fire(new Reminder("evaluation/" + linkId + "/D-3", "evaluation-reminder", clock.instant(),
                Map.of("followUp", "agreement-1", "evaluation", "MID_TERM", "link", linkId)));
        followUpUseCases.revokeEvaluationLink(staff, "agreement-1", EvaluationKind.MID_TERM);
        evaluationMail.fire(new Reminder("evaluation/" + linkId + "/D-1", "evaluation-reminder", clock.instant(),
                Map.of("followUp", "agreement-1", "evaluation", "MID_TERM", "link", linkId)));

        assertThat(smtp.sent()).extracting(SimpleMailMessage::getSubject).containsExactly(
                "Évaluation de mi-parcours d'un stage chez Atelier du Son",
                "Rappel : évaluation de stage à remplir avant le " + dueOn);
        assertThat(smtp.sent().get(1).getText()).contains("envoyée le " + today);
        assertThat(storedJob("reminder/evaluation/" + linkId + "/D-1").status()).isEqualTo(JobStatus.CANCELLED);
    }
}
