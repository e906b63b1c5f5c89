package fr.passerelle.internship.service;

import static fr.passerelle.internship.service.MarketplaceScene.COMPANY_C;
import static fr.passerelle.internship.service.MarketplaceScene.SCHOOL_A;
import static fr.passerelle.internship.service.MarketplaceScene.SCHOOL_B;
import static fr.passerelle.internship.service.MarketplaceScene.offer;
import static fr.passerelle.testing.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.internship.model.Application;
import fr.passerelle.internship.model.ApplicationEvents;
import fr.passerelle.internship.model.ApplicationOrderField;
import fr.passerelle.internship.model.ApplicationStatus;
import fr.passerelle.internship.model.InternshipOffer;
import fr.passerelle.internship.model.InterviewStatus;
import fr.passerelle.internship.model.OfferEvents;
import fr.passerelle.internship.model.OfferStatus;
import fr.passerelle.internship.model.ProfilePart;
import fr.passerelle.internship.model.StatusChange;
import fr.passerelle.internship.port.in.ApplicationCommand;
import fr.passerelle.internship.port.in.ApplicationUseCases;
import fr.passerelle.internship.port.in.InterviewCommand;
import fr.passerelle.internship.service.MarketplaceScene.Who;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import fr.passerelle.shared.validation.Violation;
import fr.passerelle.testing.DomainEvents;
import fr.passerelle.testing.InMemoryApplications;
import fr.passerelle.testing.InMemoryOffers;
import fr.passerelle.testing.Outcome;
import fr.passerelle.testing.Violations;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ApplicationServiceTest {

    private static final Sort<ApplicationOrderField> NEWEST = new Sort<>(ApplicationOrderField.CREATED_AT, false);
    private static final Paging FIRST_PAGE = Paging.first(Paging.DEFAULT_SIZE, null);
    private static final InterviewCommand TWO_SLOTS = new InterviewCommand(List.of(
            new InterviewCommand.SlotInput(NOW.plus(Duration.ofDays(2)), null, "Europe/Paris"),
            new InterviewCommand.SlotInput(NOW.plus(Duration.ofDays(3)), 30, "Europe/Paris")), " Studio B ");

    private final InterleavingOffers offers = new InterleavingOffers();
    private final MarketplaceScene scene = new MarketplaceScene(offers, new InMemoryApplications());
    private final ApplicationService service = scene.applicationService;
    private final InMemoryApplications applications = scene.applications;
    /** C's default offer: two positions, open to every learner. */
    private final InternshipOffer offer = scene.published(offer());

    /** Offers whose next update is followed, once, by someone else's write. */
    static final class InterleavingOffers extends InMemoryOffers {

        private Runnable afterNextUpdate = () -> { };

        void afterNextUpdate(Runnable write) {
            afterNextUpdate = write;
        }

        @Override
        public InternshipOffer update(InternshipOffer changed, DomainEvent event) {
            InternshipOffer saved = super.update(changed, event);
            Runnable write = afterNextUpdate;
            afterNextUpdate = () -> { };
            write.run();
            return saved;
        }
    }

    private Actor as(Who who) {
        return scene.as(who);
    }

    private static void assertRefused(ThrowingCallable call, String field, ErrorCode code) {
        assertThat(Violations.thrownBy(call)).extracting(Violation::field, Violation::code)
                .containsExactly(tuple(List.of(field), code));
    }

    private static List<String> applicants(List<Application> found) {
        return found.stream().map(Application::learnerSubject).toList();
    }

    private static List<String> names(String commaSeparated) {
        return commaSeparated.isEmpty() ? List.of() : List.of(commaSeparated.split(","));
    }

    @Nested
    class Apply {

        @Test
        void a_learner_applies_to_the_offers_current_terms_with_the_parts_they_share() {
            Application application = service.apply(as(Who.ALICE), offer.id(), new ApplicationCommand(" Bonjour ",
                    List.of(ProfilePart.SKILLS, ProfilePart.CAREER)));

            assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
            assertThat(application.offerId()).isEqualTo(offer.id());
            assertThat(application.companyId()).isEqualTo(COMPANY_C);
            assertThat(application.learnerId()).isEqualTo(scene.alice.id());
            assertThat(application.learnerSubject()).isEqualTo("alice");
            assertThat(application.schoolId()).isEqualTo(SCHOOL_A);
            assertThat(application.termsVersion()).isEqualTo(offer.termsVersion());
            assertThat(application.message()).isEqualTo("Bonjour");
            assertThat(application.sharedParts()).containsExactlyInAnyOrder(ProfilePart.SKILLS, ProfilePart.CAREER);
            assertThat(application.history()).containsExactly(
                    new StatusChange(ApplicationStatus.SUBMITTED, NOW, "alice", null));
            assertThat(applications.all()).containsExactly(application);
        }

        @Test
        void the_submission_event_names_the_company_the_learner_and_the_school() {
            Application application = scene.apply(Who.ALICE, offer);

            assertThat(applications.events()).singleElement().usingRecursiveComparison()
                    .ignoringFields("id", "changedFields")
                    .isEqualTo(DomainEvents.expected(ApplicationEvents.SUBMITTED, "Application", application.id(), 0,
                            new Initiator("alice", Set.of("LEARNER"), null, null, null), List.of(),
                            Map.of("company", "company:" + COMPANY_C, "learner", "alice",
                                    "school", "school:" + SCHOOL_A, "status", "SUBMITTED")));
        }

        @Test
        void an_independent_learners_application_concerns_no_school() {
            Application application = scene.apply(Who.BOB, offer);

            assertThat(application.schoolId()).isNull();
            assertThat(applications.events()).singleElement()
                    .satisfies(event -> assertThat(event.attributes()).doesNotContainKey("school"));
        }

        @Test
        void applying_needs_a_learner_profile() {
            assertThat(Outcome.of(() -> scene.apply(Who.NO_PROFILE, offer))).isEqualTo(Outcome.FORBIDDEN);
            assertThat(applications.size()).isZero();
        }

        @Test
        void a_draft_is_not_found() {
            InternshipOffer draft = scene.draft(offer());

            assertThat(Outcome.of(() -> scene.apply(Who.ALICE, draft))).isEqualTo(Outcome.NOT_FOUND);
        }

        @ParameterizedTest
        @EnumSource(value = OfferStatus.class, names = {"FILLED", "CLOSED", "EXPIRED"})
        void an_offer_that_is_no_longer_open_takes_no_application(OfferStatus status) {
            InternshipOffer past = scene.seedOffer("offer-past", status, offer());

            assertRefused(() -> scene.apply(Who.ALICE, past), "offerId", ErrorCode.INVALID_STATE);
            assertThat(applications.size()).isZero();
        }

        @Test
        void a_published_offer_whose_start_date_passed_takes_no_application() {
            InternshipOffer started = scene.seedOffer("offer-started", OfferStatus.PUBLISHED, offer().startingIn(-1));

            assertRefused(() -> scene.apply(Who.ALICE, started), "offerId", ErrorCode.INVALID_STATE);
        }

        @ParameterizedTest(name = "{0} applies: {1}")
        @CsvSource({"CAROL, true", "ALICE, false", "BOB, false"})
        void an_offer_targeted_at_a_school_takes_its_learners_only(Who learner, boolean accepted) {
            InternshipOffer forSchoolB = scene.published(offer().targetSchools(SCHOOL_B));

            if (accepted) {
                assertThat(scene.apply(learner, forSchoolB).status()).isEqualTo(ApplicationStatus.SUBMITTED);
            } else {
                assertRefused(() -> scene.apply(learner, forSchoolB), "offerId", ErrorCode.INVALID_STATE);
            }
        }

        @Test
        void a_learner_applies_once_to_an_offer() {
            scene.apply(Who.ALICE, offer);

            assertRefused(() -> scene.apply(Who.ALICE, offer), "offerId", ErrorCode.DUPLICATE);
            assertThat(applications.size()).isEqualTo(1);
        }

        @Test
        void a_too_long_message_is_refused() {
            var command = new ApplicationCommand("x".repeat(Limits.LONG_TEXT + 1), List.of());

            assertRefused(() -> service.apply(as(Who.ALICE), offer.id(), command), "message", ErrorCode.TOO_LONG);
        }
    }

    enum CompanyStep { SHORTLIST, REJECT, MAKE_OFFER, PROPOSE_INTERVIEW }

    enum LearnerStep { ACCEPT, DECLINE, WITHDRAW }

    private Application take(CompanyStep step, Actor actor, String applicationId) {
        return switch (step) {
            case SHORTLIST -> service.shortlist(actor, applicationId);
            case REJECT -> service.reject(actor, applicationId, "profil incomplet");
            case MAKE_OFFER -> service.makeOffer(actor, applicationId);
            case PROPOSE_INTERVIEW -> service.proposeInterview(actor, applicationId, TWO_SLOTS);
        };
    }

    private Application take(LearnerStep step, Actor actor, String applicationId) {
        return switch (step) {
            case ACCEPT -> service.accept(actor, applicationId, offer.termsVersion());
            case DECLINE -> service.decline(actor, applicationId, "trop loin");
            case WITHDRAW -> service.withdraw(actor, applicationId, "autre projet");
        };
    }

    /** Who may take the company's steps on alice's application to an offer of company C. */
    private static final Map<Who, Outcome> COMPANY_SIDE = Map.of(
            Who.PLATFORM_ADMIN, Outcome.OK,
            Who.RECRUITER_OF_C, Outcome.OK,
            Who.TUTOR_OF_C, Outcome.FORBIDDEN,
            Who.ADVISOR, Outcome.FORBIDDEN,
            Who.STAFF_OF_SCHOOL_A, Outcome.FORBIDDEN,
            Who.ALICE, Outcome.FORBIDDEN,
            Who.RECRUITER_OF_D, Outcome.NOT_FOUND,
            Who.STAFF_OF_SCHOOL_B, Outcome.NOT_FOUND,
            Who.BOB, Outcome.NOT_FOUND);

    /** Who may answer for the learner on alice's application. */
    private static final Map<Who, Outcome> LEARNER_SIDE = Map.of(
            Who.ALICE, Outcome.OK,
            Who.PLATFORM_ADMIN, Outcome.FORBIDDEN,
            Who.RECRUITER_OF_C, Outcome.FORBIDDEN,
            Who.TUTOR_OF_C, Outcome.FORBIDDEN,
            Who.ADVISOR, Outcome.FORBIDDEN,
            Who.STAFF_OF_SCHOOL_A, Outcome.FORBIDDEN,
            Who.RECRUITER_OF_D, Outcome.NOT_FOUND,
            Who.STAFF_OF_SCHOOL_B, Outcome.NOT_FOUND,
            Who.BOB, Outcome.NOT_FOUND);

    static Stream<Arguments> companySteps() {
        return Arrays.stream(CompanyStep.values()).flatMap(step -> COMPANY_SIDE.entrySet().stream()
                .map(entry -> Arguments.of(step, entry.getKey(), entry.getValue())));
    }

    static Stream<Arguments> learnerSteps() {
        return Arrays.stream(LearnerStep.values()).flatMap(step -> LEARNER_SIDE.entrySet().stream()
                .map(entry -> Arguments.of(step, entry.getKey(), entry.getValue())));
    }

    @Nested
    class WhoActs {

        @ParameterizedTest(name = "{0} by {1}: {2}")
        @MethodSource("fr.passerelle.internship.service.ApplicationServiceTest#companySteps")
        void the_companys_recruiters_and_platform_admins_take_the_companys_steps(CompanyStep step, Who who,
                                                                                 Outcome expected) {
            Application application = scene.apply(Who.ALICE, offer);

            assertThat(Outcome.of(() -> take(step, as(who), application.id()))).isEqualTo(expected);
            if (expected != Outcome.OK) {
                assertThat(scene.stored(application)).isEqualTo(application);
            }
        }

        @ParameterizedTest(name = "{0} by {1}: {2}")
        @MethodSource("fr.passerelle.internship.service.ApplicationServiceTest#learnerSteps")
        void only_the_applicant_answers_for_the_learner(LearnerStep step, Who who, Outcome expected) {
            Application application = scene.offered(Who.ALICE, offer);

            assertThat(Outcome.of(() -> take(step, as(who), application.id()))).isEqualTo(expected);
            if (expected != Outcome.OK) {
                assertThat(scene.stored(application)).isEqualTo(application);
            }
        }

        @Test
        void someone_elses_application_and_a_missing_one_look_the_same() {
            Application application = scene.apply(Who.ALICE, offer);
            Actor other = as(Who.RECRUITER_OF_D);

            assertThat(service.find(other, application.id())).isEqualTo(service.find(other, "application-404"))
                    .isEmpty();
            assertThatThrownBy(() -> service.shortlist(other, application.id()))
                    .isInstanceOf(NotFoundException.class).hasMessage("Application " + application.id() + " not found");
            assertThatThrownBy(() -> service.shortlist(other, "application-404"))
                    .isInstanceOf(NotFoundException.class).hasMessage("Application application-404 not found");
        }

        @Test
        void a_company_step_records_who_and_why_and_emits_a_status_change() {
            Application application = scene.apply(Who.ALICE, offer);

            Application rejected = service.reject(as(Who.RECRUITER_OF_C), application.id(), "  profil incomplet ");

            assertThat(rejected.status()).isEqualTo(ApplicationStatus.REJECTED);
            assertThat(rejected.history()).last().isEqualTo(
                    new StatusChange(ApplicationStatus.REJECTED, NOW, "recruiter-c", "profil incomplet"));
            assertThat(applications.events()).last().satisfies(event -> {
                assertThat(event.type()).isEqualTo(ApplicationEvents.STATUS_CHANGED);
                assertThat(event.initiator().organisation()).isEqualTo("company:" + COMPANY_C);
                assertThat(event.attribute("status")).isEqualTo("REJECTED");
            });
        }

        @Test
        void a_step_the_graph_does_not_allow_is_refused() {
            Application withdrawn = service.withdraw(as(Who.ALICE), scene.apply(Who.ALICE, offer).id(), null);

            assertRefused(() -> service.shortlist(as(Who.RECRUITER_OF_C), withdrawn.id()), "status",
                    ErrorCode.INVALID_STATE);
        }
    }

    @Nested
    class Interviews {

        @Test
        void the_company_proposes_slots_and_the_learner_picks_one() {
            Application application = scene.apply(Who.ALICE, offer);

            Application proposed = service.proposeInterview(as(Who.RECRUITER_OF_C), application.id(), TWO_SLOTS);
            Application scheduled = service.pickInterviewSlot(as(Who.ALICE), application.id(), "2");

            assertThat(proposed.status()).isEqualTo(ApplicationStatus.INTERVIEW);
            assertThat(proposed.interview().place()).isEqualTo("Studio B");
            assertThat(proposed.interview().slots()).extracting(slot -> slot.id()).containsExactly("1", "2");
            assertThat(scheduled.interview().status()).isEqualTo(InterviewStatus.SCHEDULED);
            assertThat(scheduled.interview().chosenSlotId()).isEqualTo("2");
            assertThat(applications.eventTypes()).containsExactly(ApplicationEvents.SUBMITTED,
                    ApplicationEvents.INTERVIEW_PROPOSED, ApplicationEvents.INTERVIEW_SCHEDULED);
        }

        @ParameterizedTest
        @EnumSource(value = Who.class, names = {"RECRUITER_OF_C", "PLATFORM_ADMIN"})
        void only_the_learner_picks_a_slot(Who who) {
            Application application = scene.apply(Who.ALICE, offer);
            service.proposeInterview(as(Who.RECRUITER_OF_C), application.id(), TWO_SLOTS);

            assertThat(Outcome.of(() -> service.pickInterviewSlot(as(who), application.id(), "1")))
                    .isEqualTo(Outcome.FORBIDDEN);
        }

        @ParameterizedTest
        @EnumSource(value = Who.class, names = {"ALICE", "RECRUITER_OF_C"})
        void either_side_cancels_the_interview_with_a_reason(Who who) {
            Application application = scene.apply(Who.ALICE, offer);
            service.proposeInterview(as(Who.RECRUITER_OF_C), application.id(), TWO_SLOTS);

            Application cancelled = service.cancelInterview(as(who), application.id(), "empêchement");

            assertThat(cancelled.interview().status()).isEqualTo(InterviewStatus.CANCELLED);
            assertThat(cancelled.history()).last().extracting(StatusChange::by, StatusChange::note)
                    .containsExactly(as(who).subject(), "empêchement");
            assertThat(applications.eventTypes()).last().isEqualTo(ApplicationEvents.INTERVIEW_CANCELLED);
        }

        @Test
        void invalid_slots_are_refused_and_nothing_is_written() {
            Application application = scene.apply(Who.ALICE, offer);
            var past = new InterviewCommand(List.of(new InterviewCommand.SlotInput(NOW, null, "+01:00")), null);

            assertThat(Violations.fieldsThrownBy(() -> service.proposeInterview(as(Who.RECRUITER_OF_C),
                    application.id(), past))).containsExactly(List.of("slots", "0", "startsAt"),
                    List.of("slots", "0", "timeZone"));
            assertThat(scene.stored(application)).isEqualTo(application);
        }
    }

    @Nested
    class Accept {

        @Test
        void accepting_takes_a_position_and_records_the_terms_version() {
            Application application = scene.offered(Who.ALICE, offer);

            Application accepted = service.accept(as(Who.ALICE), application.id(), 1);

            assertThat(accepted.status()).isEqualTo(ApplicationStatus.ACCEPTED);
            assertThat(accepted.termsVersion()).isEqualTo(1);
            assertThat(scene.stored(application)).isEqualTo(accepted);
            InternshipOffer taken = scene.stored(offer);
            assertThat(taken.acceptedApplicationIds()).containsExactly(application.id());
            assertThat(taken.status()).isEqualTo(OfferStatus.PUBLISHED);
            assertThat(offers.eventTypes()).last().isEqualTo(OfferEvents.POSITION_TAKEN);
        }

        /** alice's application to the offer, brought to the status by the company's and her own steps. */
        private Application alicesIn(ApplicationStatus status) {
            Application submitted = scene.apply(Who.ALICE, offer);
            String id = submitted.id();
            Actor recruiter = as(Who.RECRUITER_OF_C);
            return switch (status) {
                case SUBMITTED -> submitted;
                case SHORTLISTED -> service.shortlist(recruiter, id);
                case INTERVIEW -> service.proposeInterview(recruiter, id, TWO_SLOTS);
                case OFFERED -> service.makeOffer(recruiter, id);
                case REJECTED -> service.reject(recruiter, id, null);
                case WITHDRAWN -> service.withdraw(as(Who.ALICE), id, null);
                case DECLINED -> service.decline(as(Who.ALICE), service.makeOffer(recruiter, id).id(), null);
                case ACCEPTED -> service.accept(as(Who.ALICE), service.makeOffer(recruiter, id).id(), 1);
            };
        }

        @ParameterizedTest
        @EnumSource(value = ApplicationStatus.class, names = {"OFFERED", "ACCEPTED"}, mode = EnumSource.Mode.EXCLUDE)
        void only_an_offered_position_can_be_accepted(ApplicationStatus status) {
            Application application = alicesIn(status);

            assertRefused(() -> service.accept(as(Who.ALICE), application.id(), 1), "status",
                    ErrorCode.INVALID_STATE);
            assertThat(scene.stored(application)).isEqualTo(application);
            assertThat(scene.stored(offer).acceptedApplicationIds()).isEmpty();
        }

        @Test
        void the_learner_must_accept_the_current_terms_version() {
            Application application = scene.offered(Who.ALICE, offer);
            scene.offerService.update(as(Who.RECRUITER_OF_C), offer.id(), offer().hoursPerWeek(39).build(), null);

            assertRefused(() -> service.accept(as(Who.ALICE), application.id(), 1), "termsVersion",
                    ErrorCode.INVALID_STATE);
            assertThat(scene.stored(offer).acceptedApplicationIds()).isEmpty();
            assertThat(scene.stored(application).status()).isEqualTo(ApplicationStatus.OFFERED);

            Application accepted = service.accept(as(Who.ALICE), application.id(), 2);
            assertThat(accepted.termsVersion()).isEqualTo(2);
        }

        @Test
        void the_last_position_fills_the_offer_and_nobody_else_can_accept_it() {
            InternshipOffer single = scene.published(offer().positions(1));
            Application alices = scene.offered(Who.ALICE, single);
            Application carols = scene.offered(Who.CAROL, single);
            service.accept(as(Who.ALICE), alices.id(), 1);

            assertRefused(() -> service.accept(as(Who.CAROL), carols.id(), 1), "status", ErrorCode.INVALID_STATE);

            InternshipOffer filled = scene.stored(single);
            assertThat(filled.status()).isEqualTo(OfferStatus.FILLED);
            assertThat(filled.acceptedApplicationIds()).containsExactly(alices.id());
            assertThat(scene.stored(carols).status()).isEqualTo(ApplicationStatus.OFFERED);
        }

        @Test
        void accepting_again_is_harmless_and_takes_no_second_position() {
            Application application = scene.offered(Who.ALICE, offer);
            Application accepted = service.accept(as(Who.ALICE), application.id(), 1);
            int offerEvents = offers.events().size();
            int applicationEvents = applications.events().size();

            assertThat(service.accept(as(Who.ALICE), application.id(), 1)).isEqualTo(accepted);
            assertThat(scene.stored(offer).acceptedApplicationIds()).containsExactly(application.id());
            assertThat(offers.events()).hasSize(offerEvents);
            assertThat(applications.events()).hasSize(applicationEvents);
        }

        @Test
        void a_retry_after_the_position_was_taken_but_not_recorded_completes_with_that_position() {
            InternshipOffer single = scene.published(offer().positions(1));
            Application application = scene.offered(Who.ALICE, single);
            offers.seed(scene.stored(single).withPositionTaken(application.id(), NOW));

            Application accepted = service.accept(as(Who.ALICE), application.id(), 1);

            assertThat(accepted.status()).isEqualTo(ApplicationStatus.ACCEPTED);
            assertThat(scene.stored(single).acceptedApplicationIds()).containsExactly(application.id());
            assertThat(scene.stored(single).status()).isEqualTo(OfferStatus.FILLED);
        }

        @Test
        void accepting_withdraws_the_learners_other_open_applications_only() {
            InternshipOffer second = scene.published(offer().title("Assistant plateau"));
            InternshipOffer third = scene.published(offer().title("Assistant live"));
            InternshipOffer elsewhere = scene.publishedByD();
            Application accepted = scene.offered(Who.ALICE, offer);
            Application open = scene.apply(Who.ALICE, second);
            Application rejected = service.reject(as(Who.RECRUITER_OF_C), scene.apply(Who.ALICE, third).id(), "non");
            Application offeredElsewhere = scene.offered(Who.ALICE, elsewhere);
            Application carols = scene.apply(Who.CAROL, second);

            service.accept(as(Who.ALICE), accepted.id(), 1);

            for (Application withdrawn : List.of(open, offeredElsewhere)) {
                assertThat(scene.stored(withdrawn).status()).isEqualTo(ApplicationStatus.WITHDRAWN);
                assertThat(scene.stored(withdrawn).history()).last().isEqualTo(
                        new StatusChange(ApplicationStatus.WITHDRAWN, NOW, "alice", "accepted another offer"));
            }
            assertThat(scene.stored(rejected)).isEqualTo(rejected);
            assertThat(scene.stored(carols)).isEqualTo(carols);
        }

        @Test
        void the_position_is_given_back_when_the_acceptance_cannot_be_recorded() {
            InternshipOffer single = scene.published(offer().positions(1));
            Application application = scene.offered(Who.ALICE, single);
            offers.afterNextUpdate(() -> service.withdraw(as(Who.ALICE), application.id(), "changed my mind"));

            assertRefused(() -> service.accept(as(Who.ALICE), application.id(), 1), "status",
                    ErrorCode.INVALID_STATE);

            InternshipOffer released = scene.stored(single);
            assertThat(released.acceptedApplicationIds()).isEmpty();
            assertThat(released.status()).isEqualTo(OfferStatus.PUBLISHED);
            assertThat(offers.eventTypes()).endsWith(OfferEvents.POSITION_TAKEN, OfferEvents.POSITION_RELEASED);
            assertThat(scene.stored(application).status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        }

        @Test
        void an_offer_whose_start_date_passed_gives_no_position() {
            InternshipOffer started = scene.seedOffer("offer-started", OfferStatus.PUBLISHED, offer().startingIn(-1));
            Application application = Application.submit("application-old", started, scene.alice.id(), "alice",
                    SCHOOL_A, null, Set.of(), NOW).movedTo(ApplicationStatus.OFFERED, "recruiter-c", null, NOW);
            applications.seed(application);

            assertRefused(() -> service.accept(as(Who.ALICE), application.id(), 1), "status",
                    ErrorCode.INVALID_STATE);
            assertThat(scene.stored(started).acceptedApplicationIds()).isEmpty();
        }
    }

    @Nested
    class Lists {

        private InternshipOffer offerOfD;
        private Application alicesToC;
        private Application alicesToD;

        /** alice applied to C's offer and D's; carol and bob to C's. */
        private void everyoneApplied() {
            offerOfD = scene.publishedByD();
            alicesToC = scene.apply(Who.ALICE, offer);
            alicesToD = scene.apply(Who.ALICE, offerOfD);
            scene.apply(Who.CAROL, offer);
            scene.apply(Who.BOB, offer);
        }

        @ParameterizedTest(name = "{0}: [{1}]")
        @CsvSource({
                "ALICE,      2",
                "BOB,        1",
                "NO_PROFILE, 0",
                "RECRUITER_OF_C, 0",
        })
        void mine_lists_the_callers_own_applications(Who who, int count) {
            everyoneApplied();

            var mine = service.mine(as(who), Set.of(), NEWEST, FIRST_PAGE).items();

            assertThat(mine).hasSize(count).allSatisfy(
                    application -> assertThat(application.learnerSubject()).isEqualTo(as(who).subject()));
        }

        @Test
        void mine_filters_on_status() {
            everyoneApplied();
            service.withdraw(as(Who.ALICE), alicesToD.id(), null);

            assertThat(service.mine(as(Who.ALICE), Set.of(ApplicationStatus.WITHDRAWN), NEWEST, FIRST_PAGE).items())
                    .extracting(Application::id).containsExactly(alicesToD.id());
        }

        @ParameterizedTest(name = "{0} sees [{1}]")
        @CsvSource({
                "RECRUITER_OF_C,    'alice,carol,bob'",
                "TUTOR_OF_C,        'alice,carol,bob'",
                "ADVISOR,           'alice,carol,bob'",
                "PLATFORM_ADMIN,    'alice,carol,bob'",
                "RECRUITER_OF_D,    ''",
                "STAFF_OF_SCHOOL_A, alice",
                "STAFF_OF_SCHOOL_B, carol",
        })
        void an_offers_applications_are_listed_to_its_company_and_to_each_school_for_its_learners(Who who,
                                                                                                  String expected) {
            everyoneApplied();

            var page = service.ofOffer(as(who), offer.id(), Set.of(), NEWEST, FIRST_PAGE);

            assertThat(applicants(page.items())).containsExactlyInAnyOrderElementsOf(names(expected));
        }

        @ParameterizedTest(name = "{0} sees alice''s applications to [{1}]")
        @CsvSource({
                "ALICE,             'company-c,company-d'",
                "STAFF_OF_SCHOOL_A, 'company-c,company-d'",
                "ADVISOR,           'company-c,company-d'",
                "RECRUITER_OF_C,    company-c",
                "RECRUITER_OF_D,    company-d",
                "STAFF_OF_SCHOOL_B, ''",
                "BOB,               ''",
        })
        void a_learners_applications_are_listed_to_whoever_may_read_each(Who who, String companies) {
            everyoneApplied();

            var page = service.ofLearner(as(who), scene.alice.id(), Set.of(), NEWEST, FIRST_PAGE);

            assertThat(page.items()).extracting(Application::companyId)
                    .containsExactlyInAnyOrderElementsOf(names(companies));
        }

        @ParameterizedTest(name = "{0} sees school A's [{1}]")
        @CsvSource({
                "STAFF_OF_SCHOOL_A, 'company-c,company-d'",
                "ADVISOR,           'company-c,company-d'",
                "PLATFORM_ADMIN,    'company-c,company-d'",
                "STAFF_OF_SCHOOL_B, ''",
                "RECRUITER_OF_C,    ''",
                "ALICE,             ''",
        })
        void a_schools_list_holds_its_learners_applications_for_its_staff_advisors_and_admins_only(Who who,
                                                                                                 String companies) {
            everyoneApplied();

            var page = service.ofSchool(as(who), MarketplaceScene.SCHOOL_A,
                    new ApplicationUseCases.SchoolApplicationsFilter(Set.of(), null, null), NEWEST, FIRST_PAGE);

            assertThat(page.items()).extracting(Application::companyId)
                    .containsExactlyInAnyOrderElementsOf(names(companies));
            assertThat(page.items()).allSatisfy(application -> assertThat(application.schoolId())
                    .isEqualTo(MarketplaceScene.SCHOOL_A));
        }

        @Test
        void a_schools_list_narrows_to_a_learner_an_offer_and_statuses() {
            everyoneApplied();
            service.withdraw(as(Who.ALICE), alicesToD.id(), null);

            assertThat(service.ofSchool(as(Who.STAFF_OF_SCHOOL_A), MarketplaceScene.SCHOOL_A,
                    new ApplicationUseCases.SchoolApplicationsFilter(Set.of(ApplicationStatus.WITHDRAWN),
                            scene.alice.id(), null), NEWEST, FIRST_PAGE).items())
                    .extracting(Application::id).containsExactly(alicesToD.id());
            assertThat(service.ofSchool(as(Who.STAFF_OF_SCHOOL_A), MarketplaceScene.SCHOOL_A,
                    new ApplicationUseCases.SchoolApplicationsFilter(Set.of(), null, offer.id()), NEWEST,
                    FIRST_PAGE).items())
                    .extracting(Application::id).containsExactly(alicesToC.id());
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource({
                "RECRUITER_OF_C,    true",
                "TUTOR_OF_C,        true",
                "ALICE,             false",
                "STAFF_OF_SCHOOL_A, false",
                "ADVISOR,           false",
                "PLATFORM_ADMIN,    false",
        })
        void company_members_read_an_application_as_the_company(Who who, boolean asCompany) {
            everyoneApplied();

            assertThat(service.find(as(who), alicesToC.id())).contains(alicesToC);
            assertThat(service.readsAsCompany(as(who), alicesToC)).isEqualTo(asCompany);
        }

        @ParameterizedTest(name = "{0} gets the profiles of [{1}]")
        @CsvSource({
                "RECRUITER_OF_C,    'alice,carol,bob'",
                "RECRUITER_OF_D,    alice",
                "STAFF_OF_SCHOOL_B, carol",
                "BOB,               bob",
        })
        void shared_profiles_are_given_for_the_applications_the_caller_may_read(Who who, String expected) {
            everyoneApplied();

            var profiles = service.sharedProfiles(as(who), applications.all());

            assertThat(profiles.values()).extracting(served -> served.learner().identity().firstName())
                    .containsExactlyInAnyOrderElementsOf(names(expected));
        }

        @Test
        void a_shared_profile_shows_only_the_parts_shared_with_that_application() {
            InternshipOffer second = scene.published(offer().title("Assistant plateau"));
            Application sharingSkills = scene.apply(Who.ALICE, offer, ProfilePart.SKILLS);
            Application sharingNothing = scene.apply(Who.ALICE, second);

            var profiles = service.sharedProfiles(as(Who.RECRUITER_OF_C), List.of(sharingSkills, sharingNothing));

            assertThat(profiles.get(sharingSkills.id()).learner().skills()).isEqualTo(scene.alice.skills());
            assertThat(profiles.get(sharingNothing.id()).learner().skills()).isEmpty();
            assertThat(profiles.values()).allSatisfy(served -> assertThat(served.learner().academic().schoolId()).isNull());
        }

        @Test
        void first_pages_of_several_offers_follow_the_same_visibility() {
            everyoneApplied();

            var pages = service.firstPagesOfOffers(as(Who.STAFF_OF_SCHOOL_A), List.of(offer.id(), offerOfD.id()),
                    Set.of(), 10);

            assertThat(pages.get(offer.id()).items()).extracting(Application::id).containsExactly(alicesToC.id());
            assertThat(pages.get(offerOfD.id()).items()).extracting(Application::id).containsExactly(alicesToD.id());
        }
    }

    /** Shared parts are the learner's: they change them, and contact data stops being served once nothing is left. */
    @Nested
    class SharedParts {

        private Set<ProfilePart> servedOf(Application application) {
            return service.sharedProfiles(as(Who.RECRUITER_OF_C), List.of(scene.stored(application)))
                    .get(application.id()).parts();
        }

        @Test
        void an_open_application_on_a_published_offer_serves_every_shared_part() {
            Application application = scene.apply(Who.ALICE, offer, ProfilePart.CONTACT, ProfilePart.SKILLS);

            assertThat(servedOf(application)).containsExactlyInAnyOrder(ProfilePart.CONTACT, ProfilePart.SKILLS);
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(names = {"WITHDRAWN", "REJECTED", "DECLINED"})
        void an_ended_application_no_longer_serves_contact(ApplicationStatus ending) {
            Application application = scene.offered(Who.ALICE, offer);
            switch (ending) {
                case WITHDRAWN -> service.withdraw(as(Who.ALICE), application.id(), null);
                case REJECTED -> service.reject(as(Who.RECRUITER_OF_C), application.id(), null);
                default -> service.decline(as(Who.ALICE), application.id(), null);
            }

            assertThat(servedOf(application)).doesNotContain(ProfilePart.CONTACT).contains(ProfilePart.SKILLS);
        }

        @Test
        void an_open_application_on_a_closed_offer_no_longer_serves_contact() {
            Application application = scene.apply(Who.ALICE, offer, ProfilePart.CONTACT, ProfilePart.SKILLS);
            scene.offerService.close(as(Who.RECRUITER_OF_C), offer.id());

            assertThat(servedOf(application)).containsExactly(ProfilePart.SKILLS);
        }

        @Test
        void an_accepted_application_keeps_serving_contact_so_the_company_reaches_its_intern() {
            Application application = scene.offered(Who.ALICE, offer);
            service.accept(as(Who.ALICE), application.id(), offer.termsVersion());
            scene.offerService.close(as(Who.RECRUITER_OF_C), offer.id());

            assertThat(servedOf(application)).contains(ProfilePart.CONTACT);
        }

        @Test
        void the_learner_narrows_or_changes_what_an_open_application_shares() {
            Application application = scene.apply(Who.ALICE, offer, ProfilePart.CONTACT, ProfilePart.SKILLS);

            Application narrowed = service.changeSharedParts(as(Who.ALICE), application.id(),
                    List.of(ProfilePart.SKILLS));
            Application changed = service.changeSharedParts(as(Who.ALICE), application.id(),
                    List.of(ProfilePart.ACADEMIC));

            assertThat(narrowed.sharedParts()).containsExactly(ProfilePart.SKILLS);
            assertThat(changed.sharedParts()).containsExactly(ProfilePart.ACADEMIC);
            assertThat(servedOf(application)).containsExactly(ProfilePart.ACADEMIC);
            assertThat(applications.events()).last().extracting(event -> event.type())
                    .isEqualTo(ApplicationEvents.SHARED_PARTS_CHANGED);
        }

        @Test
        void once_ended_an_application_can_only_be_narrowed() {
            Application application = scene.apply(Who.ALICE, offer, ProfilePart.CONTACT, ProfilePart.SKILLS);
            service.withdraw(as(Who.ALICE), application.id(), null);

            assertRefused(() -> service.changeSharedParts(as(Who.ALICE), application.id(),
                    List.of(ProfilePart.SKILLS, ProfilePart.CAREER)), "sharedParts", ErrorCode.INVALID_STATE);
            assertThat(service.changeSharedParts(as(Who.ALICE), application.id(), List.of()).sharedParts()).isEmpty();
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource({"RECRUITER_OF_C, FORBIDDEN", "STAFF_OF_SCHOOL_A, FORBIDDEN", "PLATFORM_ADMIN, FORBIDDEN",
                "BOB, NOT_FOUND"})
        void only_the_learner_changes_what_they_share(Who who, Outcome expected) {
            Application application = scene.apply(Who.ALICE, offer, ProfilePart.CONTACT);

            assertThat(Outcome.of(() -> service.changeSharedParts(as(who), application.id(), List.of())))
                    .isEqualTo(expected);
        }
    }
}
