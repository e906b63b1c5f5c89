package fr.passerelle.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PersistenceTestApplication;
import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.InternshipFollowUp;
import fr.passerelle.agreement.port.in.AgreementUseCases;
import fr.passerelle.agreement.port.in.FollowUpUseCases;
import fr.passerelle.enrollment.port.in.ContractUseCases;
import fr.passerelle.agreement.port.out.Agreements;
import fr.passerelle.agreement.port.out.InternshipFollowUps;
import fr.passerelle.agreement.port.out.SignatureProvider;
import fr.passerelle.agreement.service.EvaluationMail;
import fr.passerelle.agreement.service.FollowUpOpener;
import fr.passerelle.audit.model.AuditEntry;
import fr.passerelle.audit.port.in.AuditUseCases;
import fr.passerelle.audit.port.out.AuditTrail;
import fr.passerelle.company.port.in.CompanyUseCases;
import fr.passerelle.enrollment.port.in.FundingUseCases;
import fr.passerelle.enrollment.port.in.EnrollmentUseCases;
import fr.passerelle.job.port.in.JobUseCases;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.port.in.MembershipUseCases;
import fr.passerelle.notification.port.in.NotificationUseCases;
import fr.passerelle.notification.service.InvitationMail;
import fr.passerelle.persistence.Fixtures;
import fr.passerelle.school.port.in.SchoolUseCases;
import fr.passerelle.shared.event.EventSubscriber;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.port.PublicBaseUrl;
import fr.passerelle.shared.port.ReminderHandler;
import fr.passerelle.shared.port.Reminders;
import fr.passerelle.testing.TestDatabase;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.TestPropertySource;

/**
 * The use cases and background subscribers as the application wires them. Subscriber names and reminder kinds are
 * stored in job ids and documents, so they are part of the data: renaming one would orphan its queued jobs.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
@TestPropertySource(properties = "passerelle.mongodb.in-memory=true")
class UseCaseWiringTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private List<EventSubscriber> subscribers;

    @Autowired
    private List<ReminderHandler> reminderHandlers;

    @Test
    void everyUseCaseIsABean() {
        for (Class<?> useCases : List.of(SchoolUseCases.class, CompanyUseCases.class, MembershipUseCases.class,
                AuditUseCases.class, NotificationUseCases.class, JobUseCases.class, AgreementUseCases.class,
                FollowUpUseCases.class, FundingUseCases.class, ContractUseCases.class,
                EnrollmentUseCases.class)) {
            assertThat(context.getBeansOfType(useCases)).as(useCases.getSimpleName()).hasSize(1);
        }
    }

    @Test
    void eventsGoToEverySubscriber() {
        assertThat(subscribers).extracting(EventSubscriber::name)
                .containsExactlyInAnyOrder("audit", "notifications", "invitation-mail", "followup-opener",
                        "agreement-signature-notices", "agreement-amendment-notices", "agreement-end-notices",
                        "agreement-gratification-notices",
                        "followup-notices", "followup-step-reminders", "application-notices", "interview-notices",
                        "hiring-notices", "offer-filled-notices", "offer-expiry-reminders",
                        "refused-host-offers", "webhooks", "signed-originals", "crm-learner-contacts", "crm-company-contacts",
                        "crm-task-overdue-reminders", "crm-deal-sla-reminders", "crm-deals-contact-merges",
                        "crm-automations", "crm-automation-events", "crm-timeline",
                        "crm-contact-merges", "catalog-session-notices",
                        "enrollment-learners", "enrollment-deals", "enrollment-contact-merges",
                        "enrollment-learner-accounts",
                        "catalog-seats-contact-merges",
                        "enrollment-funding-notices", "enrollment-dossier-notices",
                        "enrollment-contract-notices",
                        "enrollment-contract-recalls",
                        "enrollment-payment-receivables", "enrollment-payment-refunds", "enrollment-invoices",
                        "enrollment-advancer", "enrollment-withdrawal-ends", "enrollment-notices");
        assertThat(subscribers).filteredOn(s -> s.name().equals("followup-opener")).singleElement()
                .isSameAs(context.getBean(FollowUpOpener.class));
    }

    @Test
    void everyReminderKindHasItsHandler() {
        InvitationMail invitationMail = context.getBean(InvitationMail.class);

        assertThat(reminderHandlers).extracting(ReminderHandler::kind)
                .containsExactlyInAnyOrder("invitation", "evaluation-reminder", "notice-mail", "notice-push",
                        "notice-digest", "followup-step", "offer-expiring", "privacy-request-due",
                        "webhook-attempt", "newsletter", "newsletter-mail", "retention", "crm-task-overdue",
                        "crm-deal-sla", "crm-automation-run", "crm-no-reply-check", "dossier-document-expiry",
                        "enrollment-payment-dunning", "enrollment-withdrawal-end",
                        "enrollment-funding-follow-up");
        assertThat(reminderHandlers).filteredOn(h -> h.kind().equals("invitation")).singleElement()
                .isSameAs(invitationMail);
        assertThat(reminderHandlers).filteredOn(h -> h.kind().equals("evaluation-reminder")).singleElement()
                .isSameAs(context.getBean(EvaluationMail.class));
        assertThat(subscribers).filteredOn(s -> s.name().equals("invitation-mail")).singleElement()
                .isSameAs(invitationMail);
    }

    @Test
    void agreementsAreSignedInPlatformAndEvaluationLinksPointToTheApisFormByDefault() {
        assertThat(context.getBean(SignatureProvider.class).getClass().getSimpleName())
                .isEqualTo("InPlatformSignatureProvider");
        assertThat(context.getBean(EvaluationLinkSettings.class).formBaseUrl()).as("no SPA form configured").isNull();
        assertThat(context.getBean(PublicBaseUrl.class).resolve("/evaluation-forms/t")).as("no web server here")
                .isEqualTo("http://localhost:8080/evaluation-forms/t");
    }

    /** The audit's readers: whoever reads an agreement or its follow-up reads its history, and nobody else. */
    @Test
    void theHistoryOfAnAgreementAndOfItsFollowUpIsReadByThoseWhoReadThem() {
        TestDatabase.clear(context.getBean(MongoOperations.class));
        Agreement agreement = context.getBean(Agreements.class).insert(Fixtures.signedAgreement("agreement-history",
                "school-history", LocalDate.of(2026, 4, 6), LocalDate.of(2026, 6, 26)), Fixtures.event());
        context.getBean(InternshipFollowUps.class).insert(InternshipFollowUp.openedFor(agreement, Fixtures.T0),
                Fixtures.event());
        AuditTrail trail = context.getBean(AuditTrail.class);
        for (String type : List.of("Agreement", "InternshipFollowUp")) {
            trail.append(new AuditEntry(type + "-event", "test.changed", type, agreement.id(), 0,
                    Initiator.system(), List.of("status"), Fixtures.T0));
        }
        AuditUseCases audit = context.getBean(AuditUseCases.class);
        Actor schoolStaff = staffOf("school-history");
        Actor otherSchool = staffOf("school-other");

        for (String type : List.of("Agreement", "InternshipFollowUp")) {
            assertThat(audit.historyOf(schoolStaff, type, agreement.id(), Paging.first(10, null)).items())
                    .as(type).hasSize(1);
            assertThat(audit.historyOf(otherSchool, type, agreement.id(), Paging.first(10, null)).items())
                    .as(type).isEmpty();
        }
    }

    @Test
    void remindersAreStoredByOneAdapter() {
        assertThat(context.getBeansOfType(Reminders.class)).hasSize(1);
    }

    @Test
    void clockTicksInMillisecondsAsMongoDbStoresTime() {
        Clock clock = context.getBean(Clock.class);

        for (int i = 0; i < 20; i++) {
            assertThat(clock.instant().getNano() % 1_000_000).isZero();
        }
    }

    private static Actor staffOf(String schoolId) {
        return new Actor("sub-staff", "Staff", null, Set.of(), List.of(Fixtures.active("membership-" + schoolId,
                Tenant.school(schoolId), "staff@school.example", "sub-staff")));
    }
}
