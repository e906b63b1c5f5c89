package fr.passerelle.notification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.company.model.Company;
import fr.passerelle.company.model.CompanyKind;
import fr.passerelle.company.model.CompanyProfile;
import fr.passerelle.company.model.Siret;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.port.in.InviteMember;
import fr.passerelle.membership.service.TenantMembers;
import fr.passerelle.notification.model.OutgoingMail;
import fr.passerelle.notification.model.Text;
import fr.passerelle.school.model.School;
import fr.passerelle.school.model.SchoolKind;
import fr.passerelle.school.model.SchoolProfile;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.DomainEvents;
import fr.passerelle.testing.FakeTexts;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryCompanies;
import fr.passerelle.testing.InMemoryMemberships;
import fr.passerelle.testing.InMemorySchools;
import fr.passerelle.testing.RecordingMailer;
import fr.passerelle.testing.RecordingReminders;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvitationMailTest {

    private static final Tenant SCHOOL_A = Tenant.school("school-a");
    private static final Tenant COMPANY_C = Tenant.company("company-c");

    private final InMemorySchools schools = new InMemorySchools();
    private final InMemoryCompanies companies = new InMemoryCompanies();
    private final InMemoryMemberships memberships = new InMemoryMemberships();
    private final RecordingMailer mailer = new RecordingMailer();
    private final RecordingReminders reminders = new RecordingReminders();
    private final TenantMembers members =
            new TenantMembers(memberships, Fixtures.countingIds("membership-"), Fixtures.events(), Fixtures.CLOCK);
    private final InvitationMail invitationMail = new InvitationMail(memberships,
            new OrganisationNames(schools, companies), mailer, new FakeTexts(), reminders);

    private Membership invitation;
    private DomainEvent invited;

    @BeforeEach
    void anInvitationIntoSchoolA() {
        schools.seed(School.register(SCHOOL_A.id(), new SchoolProfile("École A", SchoolKind.SOUND, null, null, null,
                null), "seed", Fixtures.NOW));
        companies.seed(Company.register(COMPANY_C.id(), new CompanyProfile("Garage Central SARL", "Central Auto",
                Siret.of("81234567800013"), CompanyKind.INDEPENDENT_GARAGE, null, null), "seed", Fixtures.NOW));
        invitation = invite(SCHOOL_A, "invitee", MembershipRole.SCHOOL_STAFF);
        invited = lastEvent();
    }

    private Membership invite(Tenant tenant, String subject, MembershipRole role) {
        return members.invite(Actors.platformAdmin(), tenant, new InviteMember(Actors.emailOf(subject), role));
    }

    private DomainEvent lastEvent() {
        return memberships.events().get(memberships.events().size() - 1);
    }

    /** The invitee accepts: the membership is activated and its event written. */
    private DomainEvent accept(Membership pending, String subject) {
        members.activate(Actors.learner(subject), pending);
        return lastEvent();
    }

    private static Text rendered(String template, String organisation) {
        String title = FakeTexts.title(template, Map.of("organisation", organisation));
        return new Text(title, "fr|" + title);
    }

    private Reminder scheduledReminder() {
        return reminders.findById("invitation/" + invitation.id()).orElseThrow();
    }

    @Nested
    class WhenInvited {

        @Test
        void the_invitee_gets_one_mail_naming_the_organisation() {
            invitationMail.on(invited);

            assertThat(mailer.sent()).singleElement().satisfies(mail -> {
                assertThat(mail.to()).isEqualTo(Actors.emailOf("invitee"));
                assertThat(mail.text()).isEqualTo(rendered("invitation", "École A"));
            });
        }

        @Test
        void a_reminder_is_scheduled_three_days_after_the_invitation() {
            invitationMail.on(invited);

            assertThat(reminders.pending()).containsExactly(new Reminder("invitation/" + invitation.id(),
                    invitationMail.kind(), Instant.parse("2025-03-04T09:00:00Z"),
                    Map.of("membership", invitation.id())));
        }

        @Test
        void a_company_is_named_by_its_trade_name() {
            invite(COMPANY_C, "tutor", MembershipRole.TUTOR);

            invitationMail.on(lastEvent());

            assertThat(mailer.sent()).extracting(OutgoingMail::to, OutgoingMail::text)
                    .containsExactly(tuple(Actors.emailOf("tutor"),
                            rendered("invitation", "Central Auto")));
        }

        @Test
        void delivering_the_event_twice_sends_one_mail_and_schedules_one_reminder() {
            invitationMail.on(invited);
            invitationMail.on(invited);

            assertThat(mailer.sent()).hasSize(1);
            assertThat(reminders.all()).hasSize(1);
        }

        @Test
        void two_invitations_are_two_mails() {
            invitationMail.on(invited);
            invite(SCHOOL_A, "other", MembershipRole.SCHOOL_STAFF);

            invitationMail.on(lastEvent());

            assertThat(mailer.sent()).extracting(OutgoingMail::to)
                    .containsExactly(Actors.emailOf("invitee"), Actors.emailOf("other"));
        }

        @Test
        void an_invitation_accepted_before_its_event_arrives_sends_nothing() {
            accept(invitation, "invitee");

            invitationMail.on(invited);

            assertThat(mailer.sent()).isEmpty();
            assertThat(reminders.all()).isEmpty();
        }
    }

    @Nested
    class WhenAccepted {

        @Test
        void the_reminder_is_cancelled_and_nothing_is_sent() {
            invitationMail.on(invited);

            invitationMail.on(accept(invitation, "invitee"));

            assertThat(reminders.isCancelled("invitation/" + invitation.id())).isTrue();
            assertThat(reminders.pending()).isEmpty();
            assertThat(mailer.sent()).hasSize(1);
        }

        @Test
        void an_activation_without_invitation_mail_is_harmless() {
            members.enrol(Actors.learner("founder"), COMPANY_C, MembershipRole.RECRUITER);

            invitationMail.on(lastEvent());

            assertThat(mailer.sent()).isEmpty();
            assertThat(reminders.all()).isEmpty();
        }
    }

    @Nested
    class WhenTheReminderFires {

        @Test
        void a_pending_invitee_is_reminded() {
            invitationMail.on(invited);

            invitationMail.fire(scheduledReminder());

            assertThat(mailer.sent()).last().satisfies(mail -> {
                assertThat(mail.to()).isEqualTo(Actors.emailOf("invitee"));
                assertThat(mail.text()).isEqualTo(rendered("invitation_reminder", "École A"));
            });
        }

        @Test
        void the_reminder_mail_has_its_own_key_and_firing_twice_sends_it_once() {
            invitationMail.on(invited);

            invitationMail.fire(scheduledReminder());
            invitationMail.fire(scheduledReminder());

            assertThat(mailer.sent()).hasSize(2).extracting(OutgoingMail::key).doesNotHaveDuplicates();
        }

        @Test
        void an_invitation_accepted_meanwhile_is_not_reminded() {
            invitationMail.on(invited);
            Reminder reminder = scheduledReminder();
            accept(invitation, "invitee");

            invitationMail.fire(reminder);

            assertThat(mailer.sent()).extracting(mail -> mail.text().title())
                    .containsExactly(rendered("invitation", "École A").title());
        }

        @Test
        void a_reminder_of_a_missing_membership_sends_nothing() {
            invitationMail.fire(new Reminder("invitation/membership-404", invitationMail.kind(), Fixtures.NOW,
                    Map.of("membership", "membership-404")));

            assertThat(mailer.sent()).isEmpty();
        }
    }

    @Nested
    class Subscription {

        @ParameterizedTest
        @ValueSource(strings = {"membership.invited", "membership.activated"})
        void it_accepts_the_membership_events(String type) {
            assertThat(invitationMail.accepts(DomainEvents.delivered("e", type, "Membership", "m-1"))).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"company.verified", "school.tier_changed", "school.registered"})
        void it_declines_the_others(String type) {
            assertThat(invitationMail.accepts(DomainEvents.delivered("e", type, "Any", "a-1"))).isFalse();
        }

        @Test
        void its_names_are_stable() {
            assertThat(invitationMail.name()).isEqualTo("invitation-mail");
            assertThat(invitationMail.kind()).isEqualTo("invitation");
        }
    }
}
