package fr.passerelle.notification.service.marketplace;

import static fr.passerelle.internship.service.MarketplaceScene.COMPANY_C;
import static fr.passerelle.internship.service.MarketplaceScene.SCHOOL_A;
import static fr.passerelle.internship.service.MarketplaceScene.TUTOR_MEMBERSHIP;
import static fr.passerelle.internship.service.MarketplaceScene.offer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.internship.model.Application;
import fr.passerelle.internship.model.InternshipOffer;
import fr.passerelle.internship.model.ProfilePart;
import fr.passerelle.internship.port.in.ApplicationCommand;
import fr.passerelle.internship.port.in.InterviewCommand;
import fr.passerelle.internship.service.MarketplaceScene;
import fr.passerelle.internship.service.MarketplaceScene.Who;
import fr.passerelle.learner.model.ProficiencyLevel;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.PlatformRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.notification.model.Notification;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.notification.service.OrganisationNames;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventSubscriber;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.i18n.Language;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.DomainEvents;
import fr.passerelle.testing.Deliveries;
import fr.passerelle.testing.FakeTexts;
import fr.passerelle.testing.InMemoryNotificationSettings;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryNotifications;
import fr.passerelle.testing.RecordingReminders;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every marketplace notification, driven by the real use cases: their events are relayed to the subscribers as the
 * job runner would, and each test names exactly who is told. The scene has company C (recruiters recruiter-c and
 * recruiter-c2, tutor tutor-c), company D (recruiter-d), school A (admin-a, staff-a: alice's school), school B
 * (staff-b: carol's school) and bob, an independent learner: anyone not named in a test's expected recipients — the
 * other company, the other school — gets nothing.
 */
class MarketplaceNoticesTest {

    private static final Map<String, String> ABOUT_C_OFFER = Map.of("offer", "Assistant son", "company",
            "Studio Rhône");
    private static final InterviewCommand TWO_SLOTS = new InterviewCommand(List.of(
            new InterviewCommand.SlotInput(Fixtures.NOW.plus(Duration.ofDays(2)), null, "Europe/Paris"),
            new InterviewCommand.SlotInput(Fixtures.NOW.plus(Duration.ofDays(3)), 30, "Europe/Paris")), "Studio B");

    private final MarketplaceScene scene = new MarketplaceScene();
    private final InMemoryNotifications notifications = new InMemoryNotifications();
    private final InMemoryNotificationSettings settings = new InMemoryNotificationSettings();
    private final RecordingReminders reminders = new RecordingReminders();
    private final MarketplaceNotices notices = new MarketplaceNotices(
            Deliveries.inApp(notifications, settings),
            scene.applications, scene.offers, new OrganisationNames(scene.schools, scene.companies));
    private final MarketplaceAudience audience = new MarketplaceAudience(scene.memberships, scene.applications);
    private final OfferExpiryReminders expiry = new OfferExpiryReminders(scene.offers, notices, audience, reminders,
            Fixtures.CLOCK);
    private final List<EventSubscriber> subscribers = List.of(new ApplicationNotices(notices, audience),
            new InterviewNotices(notices, audience), new HiringNotices(notices, audience),
            new OfferFilledNotices(notices, audience), expiry);
    /** The events relayed so far, renamed with unique ids (each fake store's event factory counts on its own). */
    private final List<DomainEvent> relayed = new ArrayList<>();
    private int offerEvents;
    private int applicationEvents;

    private Actor recruiterC2;

    @BeforeEach
    void moreOfTheirPeople() {
        recruiterC2 = Actors.member(scene.memberships, "recruiter-c2", Tenant.company(COMPANY_C),
                MembershipRole.RECRUITER);
        Actors.member(scene.memberships, "admin-a", Tenant.school(SCHOOL_A), MembershipRole.SCHOOL_ADMIN);
        Actors.member(scene.memberships, "admin-b", Tenant.school(MarketplaceScene.SCHOOL_B),
                MembershipRole.SCHOOL_ADMIN);
    }

    /** Delivers the events written since the last relay to every subscriber that accepts them. */
    private void relay() {
        List<DomainEvent> fresh = new ArrayList<>(scene.offers.events().subList(offerEvents,
                scene.offers.events().size()));
        fresh.addAll(scene.applications.events().subList(applicationEvents, scene.applications.events().size()));
        offerEvents = scene.offers.events().size();
        applicationEvents = scene.applications.events().size();
        for (DomainEvent event : fresh) {
            DomainEvent renamed = new DomainEvent("relayed-" + relayed.size(), event.type(), event.aggregateType(),
                    event.aggregateId(), event.version(), event.initiator(), event.occurredAt(),
                    event.changedFields(), event.attributes());
            relayed.add(renamed);
            deliver(renamed);
        }
    }

    private void deliver(DomainEvent event) {
        subscribers.stream().filter(subscriber -> subscriber.accepts(event)).forEach(subscriber -> subscriber.on(event));
    }

    /** The recipients of the notifications of this kind, after relaying what happened. */
    private List<String> told(NotificationKind kind) {
        relay();
        return notifications.all().stream().filter(n -> n.kind() == kind).map(Notification::recipient).toList();
    }

    private List<Notification> notificationsOf(NotificationKind kind) {
        relay();
        return notifications.all().stream().filter(n -> n.kind() == kind).toList();
    }

    private InternshipOffer tutoredOffer() {
        return scene.published(offer().tutor(TUTOR_MEMBERSHIP));
    }

    private Application applied(Who learner, InternshipOffer offer) {
        return scene.apply(learner, offer, ProfilePart.values());
    }

    private Actor recruiterC() {
        return scene.as(Who.RECRUITER_OF_C);
    }

    @Nested
    class ApplicationSteps {

        @Test
        void an_application_reaches_the_companys_recruiters_and_the_offers_tutor_naming_no_one() {
            Application application = applied(Who.ALICE, tutoredOffer());

            List<Notification> received = notificationsOf(NotificationKind.APPLICATION_RECEIVED);

            assertThat(received).extracting(Notification::recipient)
                    .containsExactlyInAnyOrder("recruiter-c", "recruiter-c2", "tutor-c");
            assertThat(received).allSatisfy(notification -> {
                assertThat(notification.title()).isEqualTo(FakeTexts.title("application_received", ABOUT_C_OFFER));
                assertThat(notification.targetType()).isEqualTo("Application");
                assertThat(notification.targetId()).isEqualTo(application.id());
            });
            assertThat(notifications.all()).hasSize(3);
        }

        @Test
        void without_a_tutor_named_the_companys_tutors_are_not_told_of_applications() {
            applied(Who.ALICE, scene.published(offer()));

            assertThat(told(NotificationKind.APPLICATION_RECEIVED))
                    .containsExactlyInAnyOrder("recruiter-c", "recruiter-c2");
        }

        @Test
        void a_company_member_applying_to_their_own_companys_offer_is_not_told_of_their_own_application() {
            scene.seed(MarketplaceScene.learner("learner-c2", "recruiter-c2", "Roux", null, MarketplaceScene.LYON,
                    20, MarketplaceScene.skill(MarketplaceScene.SOUND_MIXING,
                            ProficiencyLevel.ADVANCED)));
            Actor asLearner = Actors.resolve(scene.memberships, "recruiter-c2", PlatformRole.LEARNER);
            scene.applicationService.apply(asLearner, scene.published(offer()).id(),
                    new ApplicationCommand(null, List.of()));

            assertThat(told(NotificationKind.APPLICATION_RECEIVED)).containsExactly("recruiter-c");
        }

        @Test
        void a_shortlist_reaches_the_learner_only() {
            Application application = applied(Who.ALICE, tutoredOffer());
            relay();
            scene.applicationService.shortlist(recruiterC(), application.id());

            assertThat(notificationsOf(NotificationKind.APPLICATION_SHORTLISTED)).singleElement()
                    .satisfies(notification -> {
                        assertThat(notification.recipient()).isEqualTo("alice");
                        assertThat(notification.title())
                                .isEqualTo(FakeTexts.title("application_shortlisted", ABOUT_C_OFFER));
                        assertThat(notification.targetId()).isEqualTo(application.id());
                    });
        }

        @Test
        void a_rejected_learner_is_told_the_offer_and_company_and_nothing_of_the_other_candidates() {
            InternshipOffer offer = tutoredOffer();
            Application alices = applied(Who.ALICE, offer);
            applied(Who.BOB, offer);
            relay();
            scene.applicationService.reject(recruiterC2, alices.id(), "Profil trop junior pour ce poste");

            assertThat(notificationsOf(NotificationKind.APPLICATION_REJECTED)).singleElement()
                    .satisfies(notification -> {
                        assertThat(notification.recipient()).isEqualTo("alice");
                        assertThat(notification.title())
                                .isEqualTo(FakeTexts.title("application_rejected", ABOUT_C_OFFER));
                    });
        }

        @Test
        void a_withdrawal_reaches_the_companys_recruiters_only() {
            Application application = applied(Who.ALICE, tutoredOffer());
            relay();
            scene.applicationService.withdraw(scene.as(Who.ALICE), application.id(), null);

            assertThat(told(NotificationKind.APPLICATION_WITHDRAWN))
                    .containsExactlyInAnyOrder("recruiter-c", "recruiter-c2");
        }
    }

    @Nested
    class InterviewSteps {

        private Application application;

        @BeforeEach
        void aliceApplied() {
            application = applied(Who.ALICE, tutoredOffer());
            relay();
        }

        @Test
        void proposed_slots_reach_the_learner_only_and_new_ones_reach_her_again() {
            scene.applicationService.proposeInterview(recruiterC(), application.id(), TWO_SLOTS);
            relay();
            scene.applicationService.proposeInterview(recruiterC(), application.id(), TWO_SLOTS);

            assertThat(told(NotificationKind.INTERVIEW_PROPOSED)).containsExactly("alice", "alice");
        }

        @Test
        void a_picked_slot_reaches_the_recruiters_and_the_interviewer_who_proposed_it() {
            scene.applicationService.proposeInterview(Actors.platformAdmin(), application.id(), TWO_SLOTS);
            scene.applicationService.pickInterviewSlot(scene.as(Who.ALICE), application.id(), "1");

            assertThat(told(NotificationKind.INTERVIEW_CONFIRMED))
                    .containsExactlyInAnyOrder("recruiter-c", "recruiter-c2", "platform-admin");
            assertThat(told(NotificationKind.INTERVIEW_PROPOSED)).containsExactly("alice");
        }

        @Test
        void a_learners_cancellation_reaches_the_company_side() {
            scene.applicationService.proposeInterview(recruiterC2, application.id(), TWO_SLOTS);
            scene.applicationService.cancelInterview(scene.as(Who.ALICE), application.id(), "Empêchée");

            assertThat(told(NotificationKind.INTERVIEW_CANCELLED))
                    .containsExactlyInAnyOrder("recruiter-c", "recruiter-c2");
        }

        @Test
        void a_companys_cancellation_reaches_the_learner_and_not_the_recruiter_who_cancelled() {
            scene.applicationService.proposeInterview(recruiterC(), application.id(), TWO_SLOTS);
            scene.applicationService.pickInterviewSlot(scene.as(Who.ALICE), application.id(), "2");
            scene.applicationService.cancelInterview(recruiterC(), application.id(), null);

            assertThat(told(NotificationKind.INTERVIEW_CANCELLED)).containsExactly("alice");
        }
    }

    @Nested
    class HiringSteps {

        @Test
        void an_offered_position_reaches_the_learner_only() {
            Application application = applied(Who.ALICE, tutoredOffer());
            relay();
            scene.applicationService.makeOffer(recruiterC(), application.id());

            assertThat(notificationsOf(NotificationKind.OFFER_EXTENDED)).singleElement().satisfies(notification -> {
                assertThat(notification.recipient()).isEqualTo("alice");
                assertThat(notification.title()).isEqualTo(FakeTexts.title("offer_extended", ABOUT_C_OFFER));
                assertThat(notification.targetType()).isEqualTo("Application");
            });
        }

        @Test
        void an_acceptance_reaches_the_recruiters_the_tutor_and_the_learners_school_and_no_other_school() {
            Application application = scene.offered(Who.ALICE, tutoredOffer());
            relay();
            scene.applicationService.accept(scene.as(Who.ALICE), application.id(), 1);

            assertThat(told(NotificationKind.OFFER_ACCEPTED)).containsExactlyInAnyOrder("recruiter-c",
                    "recruiter-c2", "tutor-c", "admin-a", "staff-a");
        }

        @Test
        void an_independent_learners_acceptance_reaches_the_company_only() {
            Application application = scene.offered(Who.BOB, scene.published(offer()));
            relay();
            scene.applicationService.accept(scene.as(Who.BOB), application.id(), 1);

            assertThat(told(NotificationKind.OFFER_ACCEPTED)).containsExactlyInAnyOrder("recruiter-c",
                    "recruiter-c2");
        }

        @Test
        void accepting_withdraws_the_learners_other_applications_and_their_companies_hear_of_it() {
            Application application = scene.offered(Who.ALICE, tutoredOffer());
            applied(Who.ALICE, scene.publishedByD());
            relay();
            scene.applicationService.accept(scene.as(Who.ALICE), application.id(), 1);

            assertThat(told(NotificationKind.APPLICATION_WITHDRAWN)).containsExactly("recruiter-d");
        }

        @Test
        void a_declined_position_reaches_the_recruiters_only() {
            Application application = scene.offered(Who.ALICE, tutoredOffer());
            relay();
            scene.applicationService.decline(scene.as(Who.ALICE), application.id(), null);

            assertThat(told(NotificationKind.OFFER_DECLINED)).containsExactlyInAnyOrder("recruiter-c",
                    "recruiter-c2");
        }
    }

    @Nested
    class OfferSteps {

        @Test
        void a_filled_offer_reaches_the_applicants_still_waiting_and_not_who_took_it_nor_who_left() {
            InternshipOffer offer = scene.published(offer().positions(1));
            Application alices = scene.offered(Who.ALICE, offer);
            applied(Who.CAROL, offer);
            Application bobs = applied(Who.BOB, offer);
            scene.applicationService.withdraw(scene.as(Who.BOB), bobs.id(), null);
            relay();
            scene.applicationService.accept(scene.as(Who.ALICE), alices.id(), 1);

            assertThat(notificationsOf(NotificationKind.OFFER_FILLED)).singleElement().satisfies(notification -> {
                assertThat(notification.recipient()).isEqualTo("carol");
                assertThat(notification.title()).isEqualTo(FakeTexts.title("offer_filled", ABOUT_C_OFFER));
                assertThat(notification.targetType()).isEqualTo("InternshipOffer");
                assertThat(notification.targetId()).isEqualTo(offer.id());
            });
        }

        @Test
        void a_position_taken_that_leaves_others_open_tells_no_applicant() {
            InternshipOffer offer = scene.published(offer().positions(2));
            Application alices = scene.offered(Who.ALICE, offer);
            applied(Who.CAROL, offer);
            scene.applicationService.accept(scene.as(Who.ALICE), alices.id(), 1);

            assertThat(told(NotificationKind.OFFER_FILLED)).isEmpty();
        }

        @Test
        void publishing_schedules_a_reminder_three_days_before_the_start_in_the_morning() {
            InternshipOffer offer = scene.published(offer().startingIn(10));
            relay();

            assertThat(reminders.pending()).singleElement().satisfies(reminder -> {
                assertThat(reminder.kind()).isEqualTo("offer-expiring");
                assertThat(reminder.dueAt()).isEqualTo(Instant.parse("2025-03-08T08:00:00Z"));
                assertThat(reminder.attributes()).isEqualTo(Map.of("offer", offer.id(), "startDate", "2025-03-11"));
            });
        }

        @Test
        void the_reminder_reaches_the_companys_recruiters_with_the_start_date() {
            scene.published(offer().startingIn(10));
            relay();
            expiry.fire(reminders.pending().get(0));

            Map<String, String> about = Map.of("offer", "Assistant son", "company", "Studio Rhône",
                    "deadline", "2025-03-11");
            assertThat(notifications.all()).extracting(Notification::recipient)
                    .containsExactlyInAnyOrder("recruiter-c", "recruiter-c2");
            assertThat(notifications.all()).allSatisfy(notification -> {
                assertThat(notification.kind()).isEqualTo(NotificationKind.OFFER_EXPIRING);
                assertThat(notification.title()).isEqualTo(FakeTexts.title("offer_expiring", about));
                assertThat(notification.targetType()).isEqualTo("InternshipOffer");
            });
        }

        @Test
        void closing_the_offer_cancels_its_reminder_and_a_reminder_firing_anyway_tells_nobody() {
            InternshipOffer offer = scene.published(offer().startingIn(10));
            relay();
            Reminder reminder = reminders.pending().get(0);
            scene.offerService.close(recruiterC(), offer.id());
            relay();

            assertThat(reminders.isCancelled(reminder.key())).isTrue();
            expiry.fire(reminder);
            assertThat(notifications.all()).isEmpty();
        }

        @Test
        void the_reminder_of_a_filled_offer_fires_moot() {
            InternshipOffer offer = scene.published(offer().startingIn(10).positions(1));
            relay();
            Application application = scene.offered(Who.ALICE, offer);
            scene.applicationService.accept(scene.as(Who.ALICE), application.id(), 1);
            relay();

            expiry.fire(reminders.pending().get(0));
            assertThat(told(NotificationKind.OFFER_EXPIRING)).isEmpty();
        }

        @Test
        void moving_the_start_date_sets_a_new_reminder_and_the_old_one_fires_moot() {
            InternshipOffer offer = scene.published(offer().startingIn(10));
            relay();
            Reminder old = reminders.pending().get(0);
            scene.offerService.update(recruiterC(), offer.id(), offer().startingIn(20).build(), null);
            relay();

            assertThat(reminders.pending()).extracting(Reminder::key)
                    .containsExactly(old.key(), OfferExpiryReminders.key(scene.stored(offer)));
            expiry.fire(old);
            assertThat(notifications.all()).isEmpty();
        }

        @Test
        void an_offer_published_too_close_to_its_start_gets_no_reminder() {
            scene.published(offer().startingIn(2));
            relay();

            assertThat(reminders.all()).isEmpty();
        }
    }

    @Nested
    class Delivery {

        @Test
        void each_reader_gets_the_text_in_their_language_french_by_default() {
            settings.readsIn("recruiter-c2", Language.EN);
            applied(Who.ALICE, tutoredOffer());

            assertThat(notificationsOf(NotificationKind.APPLICATION_RECEIVED))
                    .extracting(Notification::recipient, notification -> notification.body().substring(0, 3))
                    .containsExactlyInAnyOrder(tuple("recruiter-c", "fr|"),
                            tuple("recruiter-c2", "en|"),
                            tuple("tutor-c", "fr|"));
        }

        @Test
        void relaying_every_event_again_and_firing_a_reminder_twice_notifies_nobody_twice() {
            InternshipOffer offer = scene.published(offer().tutor(TUTOR_MEMBERSHIP).startingIn(10));
            Application application = applied(Who.ALICE, offer);
            scene.applicationService.shortlist(recruiterC(), application.id());
            scene.applicationService.proposeInterview(recruiterC(), application.id(), TWO_SLOTS);
            scene.applicationService.pickInterviewSlot(scene.as(Who.ALICE), application.id(), "1");
            scene.applicationService.makeOffer(recruiterC(), application.id());
            relay();
            expiry.fire(reminders.pending().get(0));
            List<Notification> once = notifications.all();
            // received 3, shortlisted 1, proposed 1, confirmed 2 (the interviewer is a recruiter), extended 1, expiring 2

            relayed.forEach(MarketplaceNoticesTest.this::deliver);
            expiry.fire(reminders.all().get(0));

            assertThat(notifications.all()).isEqualTo(once).hasSize(3 + 1 + 1 + 2 + 1 + 2);
        }

        @Test
        void an_application_or_offer_that_no_longer_exists_notifies_nobody() {
            subscribers.forEach(subscriber -> {
                for (String type : List.of("application.submitted", "application.interview_proposed",
                        "offer.position_taken")) {
                    DomainEvent event = new DomainEvent("event-1", type, "Any", "gone", 1,
                            Initiator.system(), Fixtures.NOW, List.of("status"),
                            Map.of("status", "ACCEPTED"));
                    if (subscriber.accepts(event)) {
                        subscriber.on(event);
                    }
                }
            });

            assertThat(notifications.all()).isEmpty();
        }

        @Test
        void each_subscriber_refuses_the_events_it_does_not_route_and_keeps_a_stable_name() {
            DomainEvent other = DomainEvents.delivered("event-1", "company.verified", "Company", COMPANY_C);

            assertThat(subscribers).allSatisfy(subscriber -> {
                assertThat(subscriber.accepts(other)).isFalse();
                assertThatThrownBy(() -> subscriber.on(other)).isInstanceOf(IllegalArgumentException.class);
            });
            assertThat(subscribers).extracting(EventSubscriber::name).containsExactly("application-notices",
                    "interview-notices", "hiring-notices", "offer-filled-notices", "offer-expiry-reminders");
        }
    }
}
