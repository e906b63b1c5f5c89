package fr.passerelle.agreement.service;

import static fr.passerelle.agreement.service.AgreementScene.COMPANY_C;
import static fr.passerelle.agreement.service.AgreementScene.COMPANY_SIGNATORY;
import static fr.passerelle.agreement.service.AgreementScene.LEARNER;
import static fr.passerelle.agreement.service.AgreementScene.SCHOOL_A;
import static fr.passerelle.agreement.service.AgreementScene.REFERENT;
import static fr.passerelle.agreement.service.AgreementScene.SCHOOL_SIGNATORY;
import static fr.passerelle.agreement.service.AgreementScene.TUTOR;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.EvaluationKind;
import fr.passerelle.agreement.model.FollowUpItem;
import fr.passerelle.agreement.model.FollowUpKind;
import fr.passerelle.agreement.model.ObjectiveRating;
import fr.passerelle.agreement.model.ObjectiveRating.Level;
import fr.passerelle.agreement.model.Signatory;
import fr.passerelle.agreement.model.SignatoryRole;
import fr.passerelle.agreement.port.in.AgreementDraft;
import fr.passerelle.agreement.port.in.FollowUpUseCases.ItemUpdate;
import fr.passerelle.agreement.port.out.AgreementLinks;
import fr.passerelle.agreement.service.AgreementScene.Who;
import fr.passerelle.internship.model.ApplicationStatus;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.notification.model.Notification;
import fr.passerelle.notification.model.NotificationKind;
import fr.passerelle.notification.model.OutgoingMail;
import fr.passerelle.notification.service.ChannelDelivery;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventSubscriber;
import fr.passerelle.shared.i18n.Language;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.AgreementDrafts;
import fr.passerelle.testing.FakeTexts;
import fr.passerelle.testing.InMemoryNotificationSettings;
import fr.passerelle.testing.InMemoryPushDevices;
import fr.passerelle.testing.RecordingReminders;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryNotifications;
import fr.passerelle.testing.RecordingMailer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Who hears of each step of an agreement and its follow-up. The use cases of {@link AgreementScene} write their
 * events; {@link #relay()} hands them to the notice subscribers as the job runner does, and the notices go through
 * the real {@link fr.passerelle.notification.service.ChannelDelivery} (in the app to account holders in their
 * language, by e-mail to the others). People
 * of the scene: Léa the intern ({@code lea}, an account), school A's administrator ({@code admin-a}) and the staff
 * member who wrote the agreement ({@code staff-a}), company C's recruiter ({@code recruiter-c}); the company and
 * school signatories, the tutor and the referent have no account (e-mail). School B's staff, company D's recruiter
 * and Théo belong to other tenants and must never hear a thing.
 */
class AgreementNoticesTest {

    private static final String CLAIRE = AgreementDrafts.COMPANY_SIGNATORY.email();
    private static final String MARC = AgreementDrafts.TUTOR.email();
    private static final String NADIA = AgreementDrafts.SCHOOL_SIGNATORY.email();
    private static final String HUGO = AgreementDrafts.REFERENT.email();
    /** Everyone of another tenant. */
    private static final Set<String> OUTSIDERS = Set.of("staff-b", "recruiter-d", "theo");

    private final AgreementScene scene = new AgreementScene();
    private final InMemoryNotifications notifications = new InMemoryNotifications();
    private final RecordingMailer mails = new RecordingMailer();
    private final InMemoryNotificationSettings settings = new InMemoryNotificationSettings();
    private final NoticeDelivery delivery = new ChannelDelivery(notifications, settings, new InMemoryPushDevices(),
            new RecordingReminders(), mails, new FakeTexts(), scene.clock);
    private final AgreementLinks links = new AgreementLinks() {
        @Override
        public String agreementDocument(String agreementId, int version) {
            return "https://passerelle.test/agreements/" + agreementId + "/document?version=" + version;
        }

        @Override
        public String amendmentDocument(String agreementId, int number) {
            return "https://passerelle.test/agreements/" + agreementId + "/amendments/" + number + "/document";
        }
    };
    private final FollowUpStepReminders steps = new FollowUpStepReminders(scene.agreements, scene.followUps,
            scene.memberships, delivery, scene.reminders, scene.clock);
    private final List<EventSubscriber> subscribers = List.of(
            new SignatureNotices(scene.agreements, scene.memberships, delivery, links),
            new AmendmentNotices(scene.agreements, scene.memberships, delivery, links),
            new AgreementEndNotices(scene.agreements, scene.memberships, delivery),
            new GratificationNowDueNotices(scene.agreements, scene.memberships, delivery),
            new FollowUpNotices(scene.agreements, scene.followUps, scene.memberships, delivery), steps);
    private final Set<String> relayed = new HashSet<>();
    private final Set<String> forgotten = new HashSet<>();

    @BeforeEach
    void schoolAHasAnAdministratorAndTheOtherTenantsTheirPeople() {
        Actors.member(scene.memberships, "admin-a", Tenant.school(SCHOOL_A), MembershipRole.SCHOOL_ADMIN);
    }

    // ---- the relay and what it produced --------------------------------------------------------------------------

    /** Hands every event written since the last relay to the subscribers that accept it, as the job runner does. */
    private void relay() {
        for (DomainEvent event : Stream.concat(scene.agreements.events().stream(), scene.followUps.events().stream())
                .toList()) {
            if (relayed.add(event.id())) {
                subscribers.stream().filter(s -> s.accepts(event)).forEach(s -> s.on(event));
            }
        }
    }

    /** Delivers every event written so far again: at-least-once delivery. */
    private void relayAgain() {
        relayed.clear();
        relay();
    }

    /** Who was told this kind: account subjects in the app and addresses by e-mail. */
    private Set<String> told(NotificationKind kind) {
        String template = kind.name().toLowerCase(Locale.ROOT) + "|";
        return Stream.concat(
                inbox().stream().filter(n -> n.kind() == kind).map(Notification::recipient),
                outbox().stream().filter(m -> m.text().title().startsWith(template)).map(m -> m.to().value()))
                .collect(Collectors.toSet());
    }

    private Set<String> everyoneTold() {
        return Stream.concat(inbox().stream().map(Notification::recipient),
                outbox().stream().map(m -> m.to().value())).collect(Collectors.toSet());
    }

    /** Sets aside what was told so far: the next assertions see only what comes after. */
    private void forget() {
        notifications.all().forEach(n -> forgotten.add(n.id()));
        mails.sent().forEach(m -> forgotten.add(m.key()));
    }

    /** The notifications created since the last {@link #forget()}. */
    private List<Notification> inbox() {
        return notifications.all().stream().filter(n -> !forgotten.contains(n.id())).toList();
    }

    /** The mails sent since the last {@link #forget()}. */
    private List<OutgoingMail> outbox() {
        return mails.sent().stream().filter(m -> !forgotten.contains(m.key())).toList();
    }

    private Agreement sign(Who who, Agreement agreement, String signatoryId) {
        return scene.sign(who, agreement, signatoryId);
    }

    private Agreement sentAndRelayed() {
        Agreement out = scene.outForSignature();
        relay();
        forget();
        return out;
    }

    /** The tutor has an account: a member of the host under the e-mail the agreement gives. */
    private void tutorIsAMemberOfTheHost() {
        scene.memberships.seed(Membership.invite("membership-marc", Tenant.company(COMPANY_C), MembershipRole.TUTOR,
                EmailAddress.of(MARC), "recruiter-c", Fixtures.NOW).activate("marc", Fixtures.NOW));
    }

    @Nested
    class YourTurnToSign {

        @Test
        void sending_tells_the_first_step_only_in_the_app_with_the_document_of_that_version() {
            Agreement out = scene.outForSignature();
            relay();

            assertThat(told(NotificationKind.AGREEMENT_TO_SIGN)).containsExactly("lea");
            assertThat(everyoneTold()).containsExactly("lea");
            assertThat(inbox()).singleElement().satisfies(n -> {
                assertThat(n.targetType()).isEqualTo("InternshipAgreement");
                assertThat(n.targetId()).isEqualTo(out.id());
                assertThat(n.title()).isEqualTo(FakeTexts.title("agreement_to_sign", Map.of("company", "Studio Rhône",
                        "school", "École A", "url", links.agreementDocument(out.id(), 1))));
                assertThat(n.body()).startsWith("fr|");
            });
        }

        @Test
        void each_completed_step_tells_exactly_the_next_one_outside_signatories_by_e_mail() {
            Agreement out = sentAndRelayed();

            sign(Who.LEARNER, out, LEARNER);
            relay();
            assertThat(told(NotificationKind.AGREEMENT_TO_SIGN)).containsExactlyInAnyOrder(CLAIRE, MARC);
            assertThat(outbox()).filteredOn(m -> m.text().title().startsWith("agreement_to_sign|"))
                    .allSatisfy(m -> assertThat(m.text().title()).contains("url=" + links.agreementDocument(out.id(), 1)));
            forget();

            sign(Who.COMPANY_SIGNATORY, out, COMPANY_SIGNATORY);
            relay();
            assertThat(told(NotificationKind.AGREEMENT_TO_SIGN)).as("the tutor has not signed: the step goes on").isEmpty();
            forget();

            sign(Who.TUTOR, out, TUTOR);
            relay();
            assertThat(told(NotificationKind.AGREEMENT_TO_SIGN)).containsExactly(HUGO);
            forget();

            sign(Who.REFERENT, out, REFERENT);
            relay();
            assertThat(told(NotificationKind.AGREEMENT_TO_SIGN)).containsExactly(NADIA);
        }

        @Test
        void the_circuit_the_school_chose_sets_the_order() {
            scene.outForSignature(scene.draft(AgreementDrafts.valid().circuit(List.of(SignatoryRole.SCHOOL_SIGNATORY),
                    List.of(SignatoryRole.LEARNER), List.of(SignatoryRole.COMPANY_SIGNATORY, SignatoryRole.TUTOR,
                            SignatoryRole.REFERENT))));
            relay();

            assertThat(everyoneTold()).containsExactly(NADIA);
        }

        @Test
        void a_signatory_with_an_account_is_told_in_the_app() {
            tutorIsAMemberOfTheHost();
            Agreement out = sentAndRelayed();

            sign(Who.LEARNER, out, LEARNER);
            relay();

            assertThat(told(NotificationKind.AGREEMENT_TO_SIGN)).containsExactlyInAnyOrder(CLAIRE, "marc");
            assertThat(outbox()).extracting(m -> m.to().value()).doesNotContain(MARC);
        }

        @Test
        void a_delegate_is_told_instead_of_the_signatory() {
            Agreement out = sentAndRelayed();
            scene.service.delegate(scene.as(Who.COMPANY_SIGNATORY), out.id(), COMPANY_SIGNATORY,
                    new Signatory.Delegate("Paul Roux", "paul.roux@studio-rhone.example", null, "Congés"));

            sign(Who.LEARNER, out, LEARNER);
            relay();

            assertThat(told(NotificationKind.AGREEMENT_TO_SIGN))
                    .containsExactlyInAnyOrder("paul.roux@studio-rhone.example", MARC);
        }

        @Test
        void a_late_delivery_tells_nobody_whose_turn_has_passed() {
            Agreement out = sentAndRelayed();
            sign(Who.LEARNER, out, LEARNER);
            sign(Who.COMPANY_SIGNATORY, out, COMPANY_SIGNATORY);
            sign(Who.TUTOR, out, TUTOR);
            sign(Who.REFERENT, out, REFERENT);

            relay();

            assertThat(told(NotificationKind.AGREEMENT_TO_SIGN)).as("only the school signatory, once")
                    .containsExactly(NADIA);
            assertThat(outbox()).filteredOn(m -> m.to().value().equals(NADIA)
                    && m.text().title().startsWith("agreement_to_sign|")).hasSize(1);
        }

        @Test
        void a_version_recalled_before_delivery_asks_nobody_to_sign_it() {
            Agreement out = scene.outForSignature();
            scene.service.returnToDraft(scene.as(Who.STAFF_A), out.id());

            relay();

            assertThat(told(NotificationKind.AGREEMENT_TO_SIGN)).isEmpty();
        }

        @Test
        void delivering_again_notifies_and_mails_nobody_twice() {
            Agreement out = sentAndRelayed();
            sign(Who.LEARNER, out, LEARNER);
            relay();
            int inApp = notifications.size();
            int mailed = mails.size();

            relayAgain();

            assertThat(notifications.size()).isEqualTo(inApp);
            assertThat(mails.size()).isEqualTo(mailed);
        }

        @Test
        void an_intern_who_reads_english_reads_it_in_english() {
            settings.readsIn("lea", Language.EN);

            scene.outForSignature();
            relay();

            assertThat(inbox()).singleElement()
                    .satisfies(n -> assertThat(n.body()).startsWith("en|agreement_to_sign|"));
        }
    }

    @Nested
    class SignedByAParty {

        @Test
        void the_other_signatories_and_the_schools_managers_hear_of_it_with_the_count() {
            Agreement out = sentAndRelayed();

            sign(Who.LEARNER, out, LEARNER);
            relay();

            assertThat(told(NotificationKind.AGREEMENT_SIGNED_BY_PARTY)).as("not those whose turn it is now: told so")
                    .containsExactlyInAnyOrder(HUGO, NADIA, "admin-a", "staff-a");
            assertThat(inbox()).filteredOn(n -> n.kind() == NotificationKind.AGREEMENT_SIGNED_BY_PARTY)
                    .allSatisfy(n -> assertThat(n.title()).contains("signed=1", "total=5"));
            assertThat(everyoneTold()).doesNotContain("lea", "recruiter-c").doesNotContainAnyElementsOf(OUTSIDERS);
        }

        @Test
        void a_signature_within_a_step_tells_who_signed_before_and_who_signs_after() {
            Agreement out = sentAndRelayed();
            sign(Who.LEARNER, out, LEARNER);
            relay();
            forget();

            sign(Who.COMPANY_SIGNATORY, out, COMPANY_SIGNATORY);
            relay();

            assertThat(told(NotificationKind.AGREEMENT_SIGNED_BY_PARTY))
                    .containsExactlyInAnyOrder("lea", MARC, HUGO, NADIA, "admin-a", "staff-a");
        }
    }

    @Nested
    class FullySigned {

        @Test
        void every_party_hears_of_it_but_the_last_signer_and_no_other_tenant() {
            Agreement out = sentAndRelayed();
            sign(Who.LEARNER, out, LEARNER);
            sign(Who.COMPANY_SIGNATORY, out, COMPANY_SIGNATORY);
            sign(Who.TUTOR, out, TUTOR);
            sign(Who.REFERENT, out, REFERENT);
            relay();
            forget();

            sign(Who.SCHOOL_SIGNATORY, out, SCHOOL_SIGNATORY);
            relay();

            assertThat(told(NotificationKind.AGREEMENT_SIGNED))
                    .containsExactlyInAnyOrder("lea", CLAIRE, MARC, HUGO, "admin-a", "staff-a", "recruiter-c");
            assertThat(everyoneTold()).doesNotContain(NADIA).doesNotContainAnyElementsOf(OUTSIDERS);
            assertThat(told(NotificationKind.AGREEMENT_SIGNED_BY_PARTY)).isEmpty();
        }
    }

    @Nested
    class Recalled {

        @Test
        void who_signed_that_version_and_whose_turn_it_was_hear_of_it_and_not_the_later_steps() {
            Agreement out = sentAndRelayed();
            sign(Who.LEARNER, out, LEARNER);
            relay();
            forget();

            scene.service.returnToDraft(scene.as(Who.STAFF_A), out.id());
            relay();

            assertThat(told(NotificationKind.AGREEMENT_RECALLED)).containsExactlyInAnyOrder("lea", CLAIRE, MARC);
            assertThat(everyoneTold()).doesNotContain(NADIA, "staff-a");
        }

        @Test
        void sending_back_from_validation_recalls_nothing_nobody_was_asked_to_sign() {
            Agreement draft = scene.draft();
            scene.service.submit(scene.as(Who.STAFF_A), draft.id());
            scene.service.returnToDraft(scene.as(Who.STAFF_A), draft.id());

            relay();

            assertThat(everyoneTold()).isEmpty();
        }
    }

    @Nested
    class Amendments {

        private Agreement proposed() {
            Agreement signed = scene.signed();
            relay();
            forget();
            scene.service.proposeAmendment(scene.as(Who.RECRUITER), signed.id(), "Deux semaines de plus",
                    AgreementDrafts.terms().dates(AgreementDrafts.START, AgreementDrafts.END.plusDays(7)).build());
            relay();
            return scene.stored(signed);
        }

        @Test
        void the_first_step_is_told_its_turn_and_the_later_steps_that_it_is_coming() {
            Agreement agreement = proposed();

            assertThat(told(NotificationKind.AMENDMENT_TO_SIGN)).containsExactly("lea");
            assertThat(told(NotificationKind.AMENDMENT_PROPOSED)).containsExactlyInAnyOrder(CLAIRE, MARC, HUGO, NADIA);
            assertThat(everyoneTold()).doesNotContain("recruiter-c").doesNotContainAnyElementsOf(OUTSIDERS);
            assertThat(inbox()).allSatisfy(n -> assertThat(n.title()).contains("number=1",
                    "url=" + links.amendmentDocument(agreement.id(), 1)));
        }

        @Test
        void each_step_then_the_next_and_once_in_force_every_party_but_the_last_signer() {
            Agreement agreement = proposed();
            String amendment = agreement.amendments().get(0).id();
            String sha = agreement.amendments().get(0).signing().documentSha256();
            forget();

            scene.service.sign(scene.as(Who.LEARNER), agreement.id(), amendment, LEARNER, sha);
            relay();
            assertThat(told(NotificationKind.AMENDMENT_TO_SIGN)).containsExactlyInAnyOrder(CLAIRE, MARC);
            forget();

            scene.service.sign(scene.as(Who.COMPANY_SIGNATORY), agreement.id(), amendment, COMPANY_SIGNATORY, sha);
            scene.service.sign(scene.as(Who.TUTOR), agreement.id(), amendment, TUTOR, sha);
            relay();
            assertThat(told(NotificationKind.AMENDMENT_TO_SIGN)).containsExactly(HUGO);
            forget();

            scene.service.sign(scene.as(Who.REFERENT), agreement.id(), amendment, REFERENT, sha);
            relay();
            assertThat(told(NotificationKind.AMENDMENT_TO_SIGN)).containsExactly(NADIA);
            forget();

            scene.service.sign(scene.as(Who.SCHOOL_SIGNATORY), agreement.id(), amendment, SCHOOL_SIGNATORY, sha);
            relay();
            assertThat(told(NotificationKind.AMENDMENT_IN_FORCE))
                    .containsExactlyInAnyOrder("lea", CLAIRE, MARC, HUGO, "admin-a", "staff-a", "recruiter-c");
            assertThat(everyoneTold()).doesNotContain(NADIA).doesNotContainAnyElementsOf(OUTSIDERS);
        }

        @Test
        void an_amendment_withdrawn_before_delivery_asks_nobody() {
            Agreement signed = scene.signed();
            relay();
            forget();
            Agreement amended = scene.service.proposeAmendment(scene.as(Who.RECRUITER), signed.id(), "Plus long",
                    AgreementDrafts.terms().dates(AgreementDrafts.START, AgreementDrafts.END.plusDays(7)).build());
            scene.service.withdrawAmendment(scene.as(Who.RECRUITER), signed.id(), amended.amendments().get(0).id());

            relay();

            assertThat(everyoneTold()).isEmpty();
        }
    }

    @Nested
    class Endings {

        @Test
        void an_interruption_reaches_every_party_but_who_interrupted() {
            Agreement running = scene.inProgress();
            relay();
            forget();

            scene.service.interrupt(scene.as(Who.RECRUITER), running.id(), "Fermeture du studio", null, null);
            relay();

            assertThat(told(NotificationKind.AGREEMENT_INTERRUPTED))
                    .containsExactlyInAnyOrder("lea", CLAIRE, MARC, NADIA, HUGO, "admin-a", "staff-a");
            assertThat(everyoneTold()).doesNotContain("recruiter-c").doesNotContainAnyElementsOf(OUTSIDERS);
        }

        @Test
        void a_cancelled_draft_nobody_was_asked_to_sign_tells_nobody_and_a_cancelled_signing_everyone() {
            Agreement draft = scene.draft();
            scene.service.cancel(scene.as(Who.STAFF_A), draft.id());
            relay();
            assertThat(everyoneTold()).isEmpty();

            Agreement out = theosAgreementSent();
            scene.service.cancel(scene.as(Who.STAFF_B), out.id());
            relay();
            assertThat(told(NotificationKind.AGREEMENT_CANCELLED)).contains("theo").doesNotContain("staff-b", "lea");
        }
    }

    /** Théo's agreement with company C, written and sent for signature by school B's staff. */
    private Agreement theosAgreementSent() {
        scene.application(scene.theo, ApplicationStatus.ACCEPTED);
        Agreement draft = scene.service.createFromApplication(scene.as(Who.STAFF_B), "application-" + scene.theo.id(),
                AgreementDrafts.valid().build());
        scene.service.submit(scene.as(Who.STAFF_B), draft.id());
        Agreement out = scene.service.sendForSignature(scene.as(Who.STAFF_B), draft.id());
        relay();
        forget();
        return out;
    }

    @Nested
    class FollowUpSteps {

        private Agreement signed;

        @BeforeEach
        void signedAndOpened() {
            signed = scene.signed();
            relay();
            forget();
        }

        private Reminder reminder(FollowUpKind kind, String stage) {
            FollowUpItem item = scene.followUpOf(signed).item(kind);
            String key = FollowUpStepReminders.key(scene.followUpOf(signed), item, stage);
            return scene.reminders.findById(key).orElseThrow(() -> new AssertionError("no reminder " + key));
        }

        @Test
        void opening_schedules_each_step_two_days_before_and_the_day_after_at_nine_in_paris() {
            var item = scene.followUpOf(signed).item(FollowUpKind.ADAPTATION_CALL);

            assertThat(reminder(FollowUpKind.ADAPTATION_CALL, "soon").dueAt()).isEqualTo(
                    item.dueOn().minusDays(2).atTime(9, 0).atZone(PlatformCalendar.ZONE).toInstant());
            assertThat(reminder(FollowUpKind.ADAPTATION_CALL, "overdue").dueAt()).isEqualTo(
                    item.dueOn().plusDays(1).atTime(9, 0).atZone(PlatformCalendar.ZONE).toInstant());
            assertThat(scene.reminders.pending()).filteredOn(r -> r.kind().equals(FollowUpStepReminders.KIND))
                    .hasSize(2 * scene.followUpOf(signed).items().size());
        }

        @Test
        void due_soon_reaches_who_takes_part_in_the_step() {
            steps.fire(reminder(FollowUpKind.ADAPTATION_CALL, "soon"));
            assertThat(told(NotificationKind.FOLLOW_UP_STEP_DUE_SOON)).containsExactlyInAnyOrder(HUGO, "lea");
            forget();

            steps.fire(reminder(FollowUpKind.SKILLS_EVALUATION, "soon"));
            assertThat(told(NotificationKind.FOLLOW_UP_STEP_DUE_SOON)).containsExactly(MARC);
            forget();

            steps.fire(reminder(FollowUpKind.TRIPARTITE_REVIEW, "soon"));
            assertThat(told(NotificationKind.FOLLOW_UP_STEP_DUE_SOON)).containsExactlyInAnyOrder(HUGO, "lea", MARC);
            assertThat(everyoneTold()).doesNotContainAnyElementsOf(OUTSIDERS);
        }

        @Test
        void overdue_reaches_them_and_the_managers_of_who_records_the_step() {
            steps.fire(reminder(FollowUpKind.VISIT, "overdue"));
            assertThat(told(NotificationKind.FOLLOW_UP_STEP_OVERDUE))
                    .containsExactlyInAnyOrder(HUGO, "lea", MARC, "admin-a", "staff-a");
            forget();

            steps.fire(reminder(FollowUpKind.SKILLS_EVALUATION, "overdue"));
            assertThat(told(NotificationKind.FOLLOW_UP_STEP_OVERDUE)).containsExactlyInAnyOrder(MARC, "recruiter-c");
        }

        @Test
        void a_step_done_meanwhile_makes_its_reminders_moot_and_cancels_them() {
            Reminder overdue = reminder(FollowUpKind.ADAPTATION_CALL, "overdue");
            scene.followUpService.updateItem(scene.as(Who.STAFF_A), signed.id(), FollowUpKind.ADAPTATION_CALL,
                    new ItemUpdate(FollowUpItem.Status.DONE, null, Fixtures.NOW.atZone(PlatformCalendar.ZONE)
                            .toLocalDate(), "Appel fait"));
            relay();

            steps.fire(overdue);

            assertThat(everyoneTold()).isEmpty();
            assertThat(scene.reminders.isCancelled(overdue.key())).isTrue();
        }

        @Test
        void a_step_moved_to_another_day_is_reminded_on_that_day_and_not_on_the_old_one() {
            Reminder old = reminder(FollowUpKind.VISIT, "soon");
            LocalDate later = scene.followUpOf(signed).item(FollowUpKind.VISIT).dueOn().plusDays(3);
            scene.followUpService.updateItem(scene.as(Who.STAFF_A), signed.id(), FollowUpKind.VISIT,
                    new ItemUpdate(FollowUpItem.Status.PLANNED, later, null, null));
            relay();

            steps.fire(old);
            assertThat(everyoneTold()).isEmpty();

            steps.fire(reminder(FollowUpKind.VISIT, "soon"));
            assertThat(told(NotificationKind.FOLLOW_UP_STEP_DUE_SOON)).containsExactlyInAnyOrder(HUGO, "lea", MARC);
        }

        @Test
        void a_reminder_fired_twice_tells_once() {
            Reminder soon = reminder(FollowUpKind.ADAPTATION_CALL, "soon");
            steps.fire(soon);
            int mailed = mails.size();

            steps.fire(soon);

            assertThat(mails.size()).isEqualTo(mailed);
            assertThat(inbox()).hasSize(1);
        }

        @Test
        void an_interrupted_internship_has_no_more_steps_to_remind() {
            scene.clock.setTo(signed.terms().period().start());
            scene.service.start(scene.as(Who.STAFF_A), signed.id());
            scene.service.interrupt(scene.as(Who.STAFF_A), signed.id(), "Abandon", null, null);

            steps.fire(reminder(FollowUpKind.VISIT, "soon"));

            assertThat(told(NotificationKind.FOLLOW_UP_STEP_DUE_SOON)).isEmpty();
        }
    }

    @Nested
    class FollowUpMilestones {

        private static final List<ObjectiveRating> RATINGS = List.of(new ObjectiveRating("1", Level.ACQUIRED, null),
                new ObjectiveRating("2", Level.ACQUIRED, null));

        private Agreement signed;

        @BeforeEach
        void signedAndOpened() {
            signed = scene.signed();
            relay();
            forget();
        }

        private String issueFinalLink() {
            return scene.followUpService.issueEvaluationLink(scene.as(Who.STAFF_A), signed.id(), EvaluationKind.FINAL)
                    .token();
        }

        @Test
        void an_evaluation_due_reaches_a_tutor_with_an_account_in_the_app_with_its_deadline() {
            tutorIsAMemberOfTheHost();

            issueFinalLink();
            relay();

            assertThat(told(NotificationKind.EVALUATION_DUE)).containsExactly("marc");
            assertThat(inbox()).singleElement().satisfies(n -> assertThat(n.title())
                    .contains("deadline=" + AgreementDrafts.END));
        }

        @Test
        void a_tutor_without_an_account_gets_the_link_mail_only_never_a_second_message() {
            issueFinalLink();
            relay();

            assertThat(everyoneTold()).isEmpty();
            assertThat(scene.mailer.sent()).extracting(m -> m.to().value()).containsExactly(MARC);
        }

        @Test
        void the_report_to_cosign_reaches_the_hosts_members_and_nothing_once_cosigned_meanwhile() {
            tutorIsAMemberOfTheHost();
            scene.followUpService.submitReport(scene.as(Who.LEARNER), signed.id(), "Mon rapport");
            relay();
            assertThat(told(NotificationKind.REPORT_TO_COSIGN)).containsExactlyInAnyOrder("recruiter-c", "marc");
            assertThat(everyoneTold()).doesNotContain("lea").doesNotContainAnyElementsOf(OUTSIDERS);
            forget();

            scene.followUpService.submitReport(scene.as(Who.LEARNER), signed.id(), "Mon rapport, complété");
            scene.followUpService.cosignReport(scene.as(Who.RECRUITER), signed.id());
            relay();
            assertThat(everyoneTold()).isEmpty();
        }

        @Test
        void credits_and_the_certificate_reach_the_intern_alone() {
            scene.followUpService.setObjectives(scene.as(Who.STAFF_A), signed.id(), List.of("Câbler", "Mixer"));
            scene.followUpService.submitReport(scene.as(Who.LEARNER), signed.id(), "Mon rapport");
            String token = issueFinalLink();
            scene.clock.setTo(signed.terms().period().end());
            scene.followUpService.submitEvaluation(token, RATINGS, null, true);
            relay();
            forget();

            scene.followUpService.validateEcts(scene.as(Who.STAFF_A), signed.id(), 10);
            relay();
            assertThat(told(NotificationKind.ECTS_VALIDATED)).containsExactly("lea");
            assertThat(inbox()).singleElement().satisfies(n -> assertThat(n.title()).contains("credits=10"));
            assertThat(everyoneTold()).containsExactly("lea");
            forget();

            scene.clock.setTo(signed.terms().period().start());
            scene.service.start(scene.as(Who.STAFF_A), signed.id());
            scene.completeOnLastDay(Who.STAFF_A, signed);
            scene.followUpService.issueAttestation(scene.as(Who.RECRUITER), signed.id(),
                    new Money(0, Currency.getInstance("EUR")));
            relay();
            assertThat(told(NotificationKind.CERTIFICATE_ISSUED)).containsExactly("lea");
            assertThat(everyoneTold()).containsExactly("lea");
        }
    }

    /**
     * Léa's six weeks with company C (189 h, no gratification), then five more in June (168 h): 357 h with C in
     * 2024-2025. Every party of the first agreement hears that its gratification is now due, once however often the
     * event comes; not staff A who drafted the new one, not the new one's own tutor, nobody of another tenant.
     */
    @Test
    void an_agreement_that_makes_an_earlier_ones_gratification_due_tells_the_earlier_ones_parties() {
        Agreement earlier = scene.service.createDirect(scene.as(Who.STAFF_A), scene.lea.id(), COMPANY_C,
                AgreementDrafts.valid().terms(AgreementDrafts.terms()
                        .dates(LocalDate.of(2025, 4, 7), LocalDate.of(2025, 5, 16)).gratification(null)).build());
        relay();
        forget();

        scene.service.createDirect(scene.as(Who.STAFF_A), scene.lea.id(), COMPANY_C, AgreementDrafts.valid()
                .tutor(new AgreementDraft.PartyDraft("Paul Girard", "paul.girard@studio-rhone.example", "Régisseur"))
                .terms(AgreementDrafts.terms().dates(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 7, 4))).build());
        relay();
        relayAgain();

        assertThat(told(NotificationKind.AGREEMENT_GRATIFICATION_NOW_DUE))
                .containsExactlyInAnyOrder("lea", "admin-a", "recruiter-c", CLAIRE, MARC, NADIA, HUGO)
                .doesNotContainAnyElementsOf(OUTSIDERS).doesNotContain("staff-a", "paul.girard@studio-rhone.example");
        assertThat(inbox()).filteredOn(n -> n.kind() == NotificationKind.AGREEMENT_GRATIFICATION_NOW_DUE)
                .hasSize(3).allSatisfy(n -> assertThat(n.targetId()).isEqualTo(earlier.id()));
        assertThat(outbox()).filteredOn(m -> m.text().title().startsWith("agreement_gratification_now_due|"))
                .hasSize(4);
    }

    @Test
    void every_notice_targets_the_agreement_for_node_and_no_title_names_a_person() {
        Agreement out = sentAndRelayed();
        sign(Who.LEARNER, out, LEARNER);
        relay();

        List<String> titles = new ArrayList<>();
        inbox().forEach(n -> {
            assertThat(n.targetType()).isEqualTo("InternshipAgreement");
            assertThat(n.targetId()).isEqualTo(out.id());
            titles.add(n.title());
        });
        outbox().stream().map(OutgoingMail::text).forEach(t -> titles.add(t.title()));
        assertThat(titles).isNotEmpty().allSatisfy(title -> assertThat(title)
                .doesNotContain("Léa", "Claire", "Marc", "Nadia", "Hugo", "Martin", "Dubois", "Petit", "Benali"));
    }
}
