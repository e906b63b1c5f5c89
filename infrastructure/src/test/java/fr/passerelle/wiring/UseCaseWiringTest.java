package fr.passerelle.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PersistenceTestApplication;
import fr.passerelle.audit.port.in.AuditUseCases;
import fr.passerelle.company.port.in.CompanyUseCases;
import fr.passerelle.job.port.in.JobUseCases;
import fr.passerelle.membership.port.in.MembershipUseCases;
import fr.passerelle.notification.port.in.NotificationUseCases;
import fr.passerelle.notification.service.InvitationMail;
import fr.passerelle.school.port.in.SchoolUseCases;
import fr.passerelle.shared.event.EventSubscriber;
import fr.passerelle.shared.port.ReminderHandler;
import fr.passerelle.shared.port.Reminders;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
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
                AuditUseCases.class, NotificationUseCases.class, JobUseCases.class)) {
            assertThat(context.getBeansOfType(useCases)).as(useCases.getSimpleName()).hasSize(1);
        }
    }

    @Test
    void eventsGoToTheAuditTheNotificationsAndTheInvitationMails() {
        assertThat(subscribers).extracting(EventSubscriber::name)
                .containsExactlyInAnyOrder("audit", "notifications", "invitation-mail");
    }

    @Test
    void invitationMailAlsoFiresTheInvitationReminders() {
        InvitationMail invitationMail = context.getBean(InvitationMail.class);

        assertThat(reminderHandlers).singleElement().satisfies(handler -> {
            assertThat(handler.kind()).isEqualTo("invitation");
            assertThat(handler).isSameAs(invitationMail);
        });
        assertThat(subscribers).filteredOn(s -> s.name().equals("invitation-mail")).singleElement()
                .isSameAs(invitationMail);
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
}
