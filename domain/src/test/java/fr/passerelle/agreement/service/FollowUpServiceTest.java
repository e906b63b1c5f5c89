package fr.passerelle.agreement.service;

import static fr.passerelle.agreement.model.EvaluationKind.FINAL;
import static fr.passerelle.agreement.model.EvaluationKind.MID_TERM;
import static fr.passerelle.agreement.service.AccessMatrix.allowed;
import static fr.passerelle.agreement.service.AccessMatrix.outcomes;
import static fr.passerelle.agreement.service.AccessMatrix.readersOnly;
import static fr.passerelle.agreement.service.AccessMatrix.whoFinds;
import static fr.passerelle.agreement.service.AgreementScene.FORM_URL;
import static fr.passerelle.testing.AgreementDrafts.END;
import static fr.passerelle.testing.AgreementDrafts.START;
import static fr.passerelle.testing.AgreementDrafts.terms;
import static fr.passerelle.testing.AgreementDrafts.valid;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.AgreementEvents;
import fr.passerelle.agreement.model.ArchivedDocument;
import fr.passerelle.agreement.model.AgreementStatus;
import fr.passerelle.agreement.model.Attestation;
import fr.passerelle.agreement.model.DocumentKeys;
import fr.passerelle.agreement.model.EctsValidation;
import fr.passerelle.agreement.model.Evaluation;
import fr.passerelle.agreement.model.EvaluationKind;
import fr.passerelle.agreement.model.EvaluationLink;
import fr.passerelle.agreement.model.FinalReport;
import fr.passerelle.agreement.model.FollowUpItem;
import fr.passerelle.agreement.model.FollowUpKind;
import fr.passerelle.agreement.model.InternshipFollowUp;
import fr.passerelle.agreement.model.Objective;
import fr.passerelle.agreement.model.ObjectiveRating;
import fr.passerelle.agreement.model.ObjectiveRating.Level;
import fr.passerelle.agreement.model.Sha256;
import fr.passerelle.agreement.port.in.AgreementDraft.PartyDraft;
import fr.passerelle.agreement.port.in.FollowUpUseCases.EvaluationForm;
import fr.passerelle.agreement.port.in.FollowUpUseCases.IssuedLink;
import fr.passerelle.agreement.port.in.FollowUpUseCases.ItemUpdate;
import fr.passerelle.agreement.service.AgreementScene.Who;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.notification.model.OutgoingMail;
import fr.passerelle.notification.model.Text;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import fr.passerelle.shared.validation.Violation;
import fr.passerelle.testing.FakeAgreementDocuments;
import fr.passerelle.testing.FakeTexts;
import fr.passerelle.testing.RecordingMailer;
import fr.passerelle.testing.Violations;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The follow-up of Léa's signed agreement with Studio Rhône (7 April to 6 June 2025): the mid-term evaluation is due
 * on Wednesday 7 May, the final one on Friday 6 June; the tutor is Marc Petit (marc.petit@studio-rhone.example).
 */
class FollowUpServiceTest {

    private static final LocalDate MID_TERM_DUE = LocalDate.of(2025, 5, 7);
    private static final String TUTOR_EMAIL = "marc.petit@studio-rhone.example";
    private static final List<String> OBJECTIVES = List.of("Câbler une régie", "Mixer une séance");
    private static final List<ObjectiveRating> RATINGS = List.of(new ObjectiveRating("1", Level.ACQUIRED, "Propre"),
            new ObjectiveRating("2", Level.IN_PROGRESS, null));

    private final AgreementScene scene = new AgreementScene();
    private final FollowUpService service = scene.followUpService;
    private final Agreement agreement = scene.signed();

    private Actor as(Who who) {
        return scene.as(who);
    }

    private InternshipFollowUp stored() {
        return scene.followUpOf(agreement);
    }

    private static void assertRefused(ThrowingCallable call, String field, ErrorCode code) {
        assertThat(Violations.pathsAndCodesThrownBy(call)).containsExactly(field + " " + code);
    }

    /** 9:00 in Paris on 10 April 2025, four weeks before the mid-term evaluation. */
    private void aprilTenth() {
        scene.clock.setTo(LocalDate.of(2025, 4, 10));
    }

    private IssuedLink issue(EvaluationKind kind) {
        return service.issueEvaluationLink(as(Who.STAFF_A), agreement.id(), kind);
    }

    private void objectivesSet() {
        service.setObjectives(as(Who.STAFF_A), agreement.id(), OBJECTIVES);
    }

    private Instant paris(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(PlatformCalendar.ZONE).toInstant();
    }

    private static String agreementId(AgreementScene scene) {
        return scene.agreements.all().get(0).id();
    }

    @Nested
    class Reading {

        @Test
        void the_agreements_readers_read_its_follow_up() {
            assertThat(whoFinds(scene, actor -> service.find(actor, agreement.id()))).isEqualTo(readersOnly())
                    .isEqualTo(whoFinds(scene, actor -> scene.service.find(actor, agreement.id())));
        }

        @Test
        void several_at_once_keep_to_the_readable_ones() {
            scene.clock.advance(Duration.ofMinutes(1));
            Agreement theos = scene.service.createDirect(as(Who.STAFF_B), scene.theo.id(), AgreementScene.COMPANY_D,
                    valid().tutor(new PartyDraft("Lucie Blanc", "lucie.blanc@sondusud.example", null)).build());

            assertThat(service.findAll(as(Who.RECRUITER), List.of(agreement.id(), theos.id(), "agreement-x")))
                    .containsOnlyKeys(agreement.id());
            assertThat(service.findAll(as(Who.STAFF_B), List.of(agreement.id()))).isEmpty();
        }

        @Test
        void an_agreement_not_signed_has_no_follow_up() {
            AgreementScene other = new AgreementScene();
            Agreement out = other.outForSignature();

            assertThat(other.followUpService.find(other.as(Who.STAFF_A), out.id())).isEmpty();
            assertRefused(() -> other.followUpService.setObjectives(other.as(Who.STAFF_A), out.id(), OBJECTIVES),
                    "agreementId", ErrorCode.INVALID_STATE);
        }
    }

    @Nested
    class Steps {

        @Test
        void the_school_records_a_visit_done_with_its_notes() {
            scene.clock.setTo(LocalDate.of(2025, 4, 22));

            InternshipFollowUp followUp = service.updateItem(as(Who.STAFF_A), agreement.id(), FollowUpKind.VISIT,
                    new ItemUpdate(FollowUpItem.Status.DONE, null, LocalDate.of(2025, 4, 21), " Atelier visité "));

            assertThat(followUp.item(FollowUpKind.VISIT)).isEqualTo(new FollowUpItem(FollowUpKind.VISIT,
                    LocalDate.of(2025, 4, 20), FollowUpKind.FollowUpOwner.REFERENT, FollowUpItem.Status.DONE,
                    "Atelier visité", LocalDate.of(2025, 4, 21), "staff-a", scene.clock.now()));
            assertThat(stored()).isEqualTo(followUp);
            assertThat(scene.followUps.events()).last().satisfies(event -> {
                assertThat(event.type()).isEqualTo(AgreementEvents.FOLLOW_UP_CHANGED);
                assertThat(event.attributes()).containsEntry("followUp", agreement.id())
                        .containsEntry("school", "school:school-a");
            });
        }

        @Test
        void a_step_done_without_a_day_is_done_today_in_paris() {
            scene.clock.set(Instant.parse("2025-04-21T22:30:00Z"));

            assertThat(service.updateItem(as(Who.STAFF_A), agreement.id(), FollowUpKind.VISIT,
                    new ItemUpdate(FollowUpItem.Status.DONE, null, null, null)).item(FollowUpKind.VISIT).doneOn())
                    .isEqualTo(LocalDate.of(2025, 4, 22));
        }

        @Test
        void a_step_is_not_done_in_the_future() {
            scene.clock.setTo(LocalDate.of(2025, 4, 22));

            assertRefused(() -> service.updateItem(as(Who.STAFF_A), agreement.id(), FollowUpKind.VISIT,
                    new ItemUpdate(FollowUpItem.Status.DONE, null, LocalDate.of(2025, 4, 23), null)), "doneOn",
                    ErrorCode.OUT_OF_RANGE);
        }

        @Test
        void a_step_is_moved_to_another_day() {
            assertThat(service.updateItem(as(Who.STAFF_A), agreement.id(), FollowUpKind.MID_TERM_REVIEW,
                    new ItemUpdate(FollowUpItem.Status.PLANNED, LocalDate.of(2025, 5, 6), null, "Décalée"))
                    .item(FollowUpKind.MID_TERM_REVIEW).dueOn()).isEqualTo(LocalDate.of(2025, 5, 6));
        }

        @Test
        void the_status_is_required_and_the_notes_bounded() {
            assertThat(Violations.pathsAndCodesThrownBy(() -> service.updateItem(as(Who.STAFF_A), agreement.id(),
                    FollowUpKind.VISIT, new ItemUpdate(null, null, null, "n".repeat(Limits.LONG_TEXT + 1)))))
                    .containsExactly("status REQUIRED", "notes TOO_LONG");
        }

        @Test
        void the_school_updates_every_step() {
            assertThat(outcomes((s, actor) -> () -> s.followUpService.updateItem(actor, agreementId(s),
                    FollowUpKind.VISIT, new ItemUpdate(FollowUpItem.Status.CANCELLED, null, null, null)),
                    AgreementScene::signed)).isEqualTo(allowed(Who.STAFF_A, Who.PLATFORM_ADMIN));
        }

        @Test
        void the_host_updates_the_tutors_step_too() {
            assertThat(outcomes((s, actor) -> () -> s.followUpService.updateItem(actor, agreementId(s),
                    FollowUpKind.SKILLS_EVALUATION, new ItemUpdate(FollowUpItem.Status.CANCELLED, null, null, null)),
                    AgreementScene::signed)).isEqualTo(allowed(Who.STAFF_A, Who.PLATFORM_ADMIN, Who.RECRUITER));
        }

        @Test
        void a_step_a_short_internship_skips_is_not_there() {
            AgreementScene other = new AgreementScene();
            Agreement twoWeeks = other.signed(valid().terms(terms().dates(START, START.plusDays(11))));

            assertRefused(() -> other.followUpService.updateItem(other.as(Who.STAFF_A), twoWeeks.id(),
                    FollowUpKind.SKILLS_EVALUATION, new ItemUpdate(FollowUpItem.Status.CANCELLED, null, null, null)),
                    "kind", ErrorCode.INVALID);
        }
    }

    @Nested
    class Objectives {

        @Test
        void the_school_sets_them_numbered_in_order() {
            InternshipFollowUp followUp = service.setObjectives(as(Who.STAFF_A), agreement.id(),
                    List.of(" Câbler une régie ", "Mixer une séance", "Câbler une régie"));

            assertThat(followUp.objectives()).containsExactly(new Objective("1", "Câbler une régie"),
                    new Objective("2", "Mixer une séance"));
        }

        @Test
        void a_blank_objective_is_reported_where_it_is() {
            assertRefused(() -> service.setObjectives(as(Who.STAFF_A), agreement.id(), List.of("Mixer", " ")),
                    "objectives.1", ErrorCode.REQUIRED);
        }

        @Test
        void only_the_school_sets_them() {
            assertThat(outcomes((s, actor) -> () -> s.followUpService.setObjectives(actor, agreementId(s), OBJECTIVES),
                    AgreementScene::signed)).isEqualTo(allowed(Who.STAFF_A, Who.PLATFORM_ADMIN));
        }

        @Test
        void they_are_locked_once_the_tutor_rated_them() {
            objectivesSet();
            service.submitEvaluation(scene.whenOpen(issue(MID_TERM).token()), RATINGS, null, false);

            assertRefused(() -> service.setObjectives(as(Who.STAFF_A), agreement.id(), List.of("Autre")),
                    "objectives", ErrorCode.INVALID_STATE);
        }
    }

    @Nested
    class IssuingALink {

        @Test
        void returns_the_token_once_and_keeps_only_its_hash() {
            aprilTenth();

            IssuedLink issued = issue(MID_TERM);

            EvaluationLink link = stored().evaluation(MID_TERM).link();
            assertThat(issued.token()).isEqualTo("secret-token-1");
            assertThat(issued.kind()).isEqualTo(MID_TERM);
            assertThat(issued.followUp()).isEqualTo(stored());
            assertThat(link).isEqualTo(new EvaluationLink("link-1",
                    Sha256.of("secret-token-1".getBytes(StandardCharsets.UTF_8)), TUTOR_EMAIL, scene.clock.now(),
                    issued.expiresAt(), "staff-a", null));
            assertThat(stored().toString()).doesNotContain(issued.token());
            assertThat(scene.followUps.events()).last().extracting(DomainEvent::type)
                    .isEqualTo(AgreementEvents.EVALUATION_LINK_ISSUED);
        }

        @Test
        void lives_until_the_day_after_the_deadline_and_two_weeks_of_grace() {
            aprilTenth();

            // Thursday 8 May 00:00 in Paris (summer time) is 7 May 22:00 UTC; then fourteen days.
            assertThat(issue(MID_TERM).expiresAt()).isEqualTo(Instant.parse("2025-05-21T22:00:00Z"));
        }

        @Test
        void issued_late_it_still_lives_a_week_and_the_grace() {
            scene.clock.setTo(LocalDate.of(2025, 5, 5));

            assertThat(issue(MID_TERM).expiresAt()).isEqualTo(scene.clock.now().plus(Duration.ofDays(7 + 14)));
        }

        @Test
        void issued_after_the_deadline_it_lives_a_week_and_the_grace() {
            scene.clock.setTo(LocalDate.of(2025, 5, 10));

            assertThat(issue(MID_TERM).expiresAt()).isEqualTo(scene.clock.now().plus(Duration.ofDays(21)));
        }

        @Test
        void mails_the_tutor_the_form_address_with_the_token() {
            aprilTenth();

            IssuedLink issued = issue(MID_TERM);

            String title = FakeTexts.title("evaluation_link", Map.of("learner", "Léa Martin",
                    "company", "Studio Rhône", "deadline", "2025-05-07", "evaluation", "de mi-parcours",
                    "url", FORM_URL + issued.token()));
            assertThat(scene.mailer.sent()).containsExactly(new OutgoingMail("mail/evaluation-link/link-1",
                    EmailAddress.of(TUTOR_EMAIL), new Text(title, "fr|" + title)));
        }

        @Test
        void names_the_final_evaluation_as_such() {
            aprilTenth();

            issue(FINAL);

            assertThat(scene.mailer.sent()).singleElement().extracting(mail -> mail.text().title()).asString()
                    .contains("evaluation=finale", "deadline=2025-06-06");
        }

        @Test
        void schedules_reminders_three_days_and_one_day_before_at_nine_in_paris() {
            aprilTenth();

            issue(MID_TERM);

            Map<String, String> about = Map.of("followUp", agreement.id(), "evaluation", "MID_TERM", "link", "link-1");
            assertThat(scene.reminders.pending()).containsExactly(
                    new Reminder("evaluation/link-1/D-3", EvaluationMail.KIND, paris(LocalDate.of(2025, 5, 4), 9),
                            about),
                    new Reminder("evaluation/link-1/D-1", EvaluationMail.KIND, paris(LocalDate.of(2025, 5, 6), 9),
                            about));
            assertThat(scene.reminders.pending()).extracting(Reminder::dueAt).containsExactly(
                    Instant.parse("2025-05-04T07:00:00Z"), Instant.parse("2025-05-06T07:00:00Z"));
        }

        @Test
        void schedules_no_reminder_in_the_past() {
            scene.clock.setTo(LocalDate.of(2025, 5, 4), LocalTime.of(9, 0));

            issue(MID_TERM);

            assertThat(scene.reminders.pending()).extracting(Reminder::key).containsExactly("evaluation/link-1/D-1");
        }

        @Test
        void issued_after_the_deadline_no_reminder_at_all() {
            scene.clock.setTo(MID_TERM_DUE.plusDays(1));

            issue(MID_TERM);

            assertThat(scene.reminders.all()).isEmpty();
            assertThat(scene.mailer.sent()).hasSize(1);
        }

        @Test
        void a_new_link_replaces_the_previous_one() {
            aprilTenth();
            IssuedLink first = issue(MID_TERM);
            scene.clock.advance(FollowUpService.REISSUE_WINDOW.plusSeconds(1));

            IssuedLink second = issue(MID_TERM);

            assertThat(second.token()).isNotEqualTo(first.token());
            assertThat(service.evaluationForm(first.token())).isEmpty();
            assertThat(service.evaluationForm(second.token())).isPresent();
            assertThat(stored().evaluation(MID_TERM).link().id()).isEqualTo("link-2");
        }

        @Test
        void issuing_again_within_the_window_keeps_the_link_just_mailed_and_mails_nothing() {
            aprilTenth();
            IssuedLink first = issue(MID_TERM);
            List<String> events = scene.followUps.eventTypes();
            scene.clock.advance(FollowUpService.REISSUE_WINDOW.minusSeconds(1));

            IssuedLink again = service.issueEvaluationLink(as(Who.PLATFORM_ADMIN), agreement.id(), MID_TERM);

            assertThat(again.token()).isNull();
            assertThat(again.url()).isNull();
            assertThat(again.mailed()).isFalse();
            assertThat(again.alreadyIssued()).isEqualTo(stored().evaluation(MID_TERM).link());
            assertThat(again.alreadyIssued().id()).isEqualTo("link-1");
            assertThat(again.expiresAt()).isEqualTo(first.expiresAt());
            assertThat(service.evaluationForm(first.token())).as("the first link still opens").isPresent();
            assertThat(scene.mailer.sent()).hasSize(1);
            assertThat(scene.followUps.eventTypes()).as("nothing written").isEqualTo(events);
            assertThat(scene.reminders.pending()).hasSize(2);
        }

        @Test
        void a_revoked_link_is_replaced_at_once() {
            aprilTenth();
            IssuedLink first = issue(MID_TERM);
            service.revokeEvaluationLink(as(Who.STAFF_A), agreement.id(), MID_TERM);

            IssuedLink second = issue(MID_TERM);

            assertThat(second.alreadyIssued()).isNull();
            assertThat(second.token()).isNotEqualTo(first.token());
            assertThat(service.evaluationForm(second.token())).isPresent();
            assertThat(scene.mailer.sent()).hasSize(2);
        }

        @Test
        void only_the_school_issues_links() {
            assertThat(outcomes((s, actor) -> () -> s.followUpService.issueEvaluationLink(actor, agreementId(s),
                    MID_TERM), AgreementScene::signed)).isEqualTo(allowed(Who.STAFF_A, Who.PLATFORM_ADMIN));
        }

        @Test
        void not_for_a_cancelled_internship() {
            scene.service.cancel(as(Who.STAFF_A), agreement.id());

            assertRefused(() -> issue(MID_TERM), "agreementId", ErrorCode.INVALID_STATE);
            assertThat(scene.mailer.sent()).isEmpty();
        }

        @Test
        void not_for_an_evaluation_already_given() {
            objectivesSet();
            service.submitEvaluation(scene.whenOpen(issue(MID_TERM).token()), RATINGS, null, false);

            assertRefused(() -> issue(MID_TERM), "kind", ErrorCode.INVALID_STATE);
        }

        @Test
        void the_kind_is_required() {
            assertRefused(() -> issue(null), "kind", ErrorCode.REQUIRED);
        }

        @Test
        void a_mail_that_cannot_be_handed_over_leaves_the_link_in_place() {
            aprilTenth();
            FollowUpService failingMail = scene.followUpServiceMailing(mail -> {
                throw new IllegalStateException("SMTP down");
            }, FakeTexts.alsoKnowing("evaluation_link", "evaluation_reminder"));

            IssuedLink issued = failingMail.issueEvaluationLink(as(Who.STAFF_A), agreement.id(), MID_TERM);

            assertThat(service.evaluationForm(issued.token())).isPresent();
        }

        @Test
        void the_evaluation_mails_use_templates_the_platform_has() {
            aprilTenth();
            RecordingMailer mailer = new RecordingMailer();

            scene.followUpServiceMailing(mailer, new FakeTexts()).issueEvaluationLink(as(Who.STAFF_A),
                    agreement.id(), MID_TERM);

            assertThat(mailer.sent()).hasSize(1);
        }
    }

    @Nested
    class RevokingALink {

        @Test
        void closes_the_form_and_cancels_the_reminders() {
            aprilTenth();
            IssuedLink issued = issue(MID_TERM);

            InternshipFollowUp revoked = service.revokeEvaluationLink(as(Who.RECRUITER), agreement.id(), MID_TERM);

            assertThat(revoked.evaluation(MID_TERM).link().revokedAt()).isEqualTo(scene.clock.now());
            assertThat(service.evaluationForm(issued.token())).isEmpty();
            assertThat(scene.reminders.pending()).isEmpty();
            assertThat(scene.reminders.isCancelled("evaluation/link-1/D-3")).isTrue();
        }

        @Test
        void the_school_or_the_host_revoke() {
            assertThat(outcomes((s, actor) -> () -> s.followUpService.revokeEvaluationLink(actor, agreementId(s),
                    MID_TERM), s -> s.followUpService.issueEvaluationLink(s.as(Who.STAFF_A), s.signed().id(),
                    MID_TERM))).isEqualTo(allowed(Who.STAFF_A, Who.PLATFORM_ADMIN, Who.RECRUITER));
        }

        @Test
        void without_a_link_nothing_changes() {
            InternshipFollowUp before = stored();

            assertThat(service.revokeEvaluationLink(as(Who.STAFF_A), agreement.id(), FINAL)).isEqualTo(before);
        }
    }

    @Nested
    class TheForm {

        @Test
        void shows_this_evaluation_of_this_internship_and_nothing_else() {
            aprilTenth();
            objectivesSet();
            service.submitReport(as(Who.LEARNER), agreement.id(), "Mon rapport");
            IssuedLink issued = issue(MID_TERM);

            assertThat(service.evaluationForm(issued.token())).contains(new EvaluationForm(MID_TERM, "Léa Martin",
                    "Studio Rhône", "École A", "Marc Petit", START, END, MID_TERM_DUE,
                    List.of(new Objective("1", "Câbler une régie"), new Objective("2", "Mixer une séance")), null,
                    false, issued.expiresAt()));
        }

        @Test
        void the_final_one_shows_the_report_to_cosign() {
            service.submitReport(as(Who.LEARNER), agreement.id(), "Mon rapport");

            assertThat(service.evaluationForm(issue(FINAL).token())).get().extracting(EvaluationForm::reportSummary)
                    .isEqualTo("Mon rapport");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" ", "secret-token-2", "SECRET-TOKEN-1"})
        void another_token_opens_nothing(String token) {
            issue(MID_TERM);

            assertThat(service.evaluationForm(token)).isEmpty();
        }

        @Test
        void an_overlong_token_opens_nothing() {
            assertThat(service.evaluationForm("t".repeat(Limits.CODE * 4 + 1))).isEmpty();
        }

        @Test
        void opens_until_the_link_expires() {
            aprilTenth();
            IssuedLink issued = issue(MID_TERM);

            scene.clock.set(issued.expiresAt().minusSeconds(1));
            assertThat(service.evaluationForm(issued.token())).isPresent();
            scene.clock.set(issued.expiresAt());
            assertThat(service.evaluationForm(issued.token())).isEmpty();
        }
    }

    @Nested
    class GivingTheEvaluation {

        @Test
        void through_the_link_once() {
            aprilTenth();
            objectivesSet();
            IssuedLink issued = issue(MID_TERM);
            scene.clock.advance(Duration.ofDays(3));

            assertThat(service.submitEvaluation(scene.whenOpen(issued.token()), RATINGS, " Bon début ", false)).get()
                    .extracting(EvaluationForm::submitted).isEqualTo(true);

            Evaluation given = stored().evaluation(MID_TERM);
            assertThat(given.ratings()).isEqualTo(RATINGS);
            assertThat(given.comment()).isEqualTo("Bon début");
            assertThat(given.submittedBy()).isEqualTo(Evaluation.VIA_LINK);
            assertThat(given.submittedAt()).isEqualTo(scene.clock.now());
            assertThat(service.submitEvaluation(scene.whenOpen(issued.token()), RATINGS, "Encore", false)).isEmpty();
            assertThat(service.evaluationForm(issued.token())).isEmpty();
            assertThat(stored().evaluation(MID_TERM).comment()).isEqualTo("Bon début");
        }

        @Test
        void cancels_the_reminders_and_records_who_gave_it() {
            aprilTenth();
            objectivesSet();

            service.submitEvaluation(scene.whenOpen(issue(MID_TERM).token()), RATINGS, null, false);

            assertThat(scene.reminders.pending()).isEmpty();
            assertThat(scene.followUps.events()).last().satisfies(event -> {
                assertThat(event.type()).isEqualTo(AgreementEvents.EVALUATION_GIVEN);
                assertThat(event.initiator().subject()).isEqualTo(Evaluation.VIA_LINK);
            });
        }

        @Test
        void not_before_the_last_week_of_the_period_it_evaluates() {
            aprilTenth();
            objectivesSet();
            IssuedLink midTerm = issue(MID_TERM);
            IssuedLink finalOne = issue(FINAL);
            InternshipFollowUp before = stored();

            scene.clock.setTo(MID_TERM_DUE.minusDays(7), LocalTime.of(23, 59));
            assertRefused(() -> service.submitEvaluation(midTerm.token(), RATINGS, null, false), "kind",
                    ErrorCode.INVALID_STATE);
            assertThat(Violations.thrownBy(() -> service.submitEvaluation(midTerm.token(), RATINGS, null, false)))
                    .singleElement().extracting(Violation::message).asString().contains("2025-05-01", "2025-05-07");
            assertRefused(() -> service.submitEvaluation(finalOne.token(), RATINGS, null, false), "kind",
                    ErrorCode.INVALID_STATE);
            assertThat(stored()).as("nothing written").isEqualTo(before);
            assertThat(service.evaluationForm(midTerm.token())).as("the link still opens the form").isPresent();

            scene.clock.setTo(MID_TERM_DUE.minusDays(6), LocalTime.of(0, 1));
            assertThat(service.submitEvaluation(midTerm.token(), RATINGS, null, false)).get()
                    .extracting(EvaluationForm::submitted).isEqualTo(true);
            scene.clock.setTo(LocalDate.of(2025, 5, 30), LocalTime.of(23, 59));
            assertRefused(() -> service.submitEvaluation(finalOne.token(), RATINGS, null, false), "kind",
                    ErrorCode.INVALID_STATE);
            scene.clock.setTo(LocalDate.of(2025, 5, 31), LocalTime.of(0, 1));
            assertThat(service.submitEvaluation(finalOne.token(), RATINGS, null, false)).get()
                    .extracting(EvaluationForm::submitted).isEqualTo(true);
        }

        @Test
        void rates_each_objective_once_or_is_refused_and_stays_open() {
            objectivesSet();
            IssuedLink issued = issue(MID_TERM);

            assertRefused(() -> service.submitEvaluation(scene.whenOpen(issued.token()), RATINGS.subList(0, 1), null, false),
                    "ratings", ErrorCode.INVALID);
            assertThat(stored().evaluation(MID_TERM).submitted()).isFalse();
            assertThat(service.evaluationForm(issued.token())).isPresent();
        }

        @Test
        void comments_are_bounded() {
            objectivesSet();
            String tooLong = "c".repeat(Limits.LONG_TEXT + 1);

            assertThat(Violations.pathsAndCodesThrownBy(() -> service.submitEvaluation(scene.whenOpen(issue(MID_TERM).token()),
                    List.of(new ObjectiveRating("1", Level.ACQUIRED, tooLong), RATINGS.get(1)), tooLong, false)))
                    .containsExactly("ratings.0.comment TOO_LONG", "comment TOO_LONG");
        }

        @Test
        void the_final_one_cosigns_the_report_in_the_tutors_name() {
            objectivesSet();
            service.submitReport(as(Who.LEARNER), agreement.id(), "Mon rapport");

            service.submitEvaluation(scene.whenOpen(issue(FINAL).token()), RATINGS, null, true);

            assertThat(stored().finalReport()).extracting(FinalReport::cosignedBy, FinalReport::cosignedAt)
                    .containsExactly("Marc Petit", scene.clock.now());
        }

        @Test
        void cosigns_only_when_asked_and_only_with_the_final_one() {
            objectivesSet();
            service.submitReport(as(Who.LEARNER), agreement.id(), "Mon rapport");

            service.submitEvaluation(scene.whenOpen(issue(MID_TERM).token()), RATINGS, null, true);
            service.submitEvaluation(scene.whenOpen(issue(FINAL).token()), RATINGS, null, false);

            assertThat(stored().finalReport().cosigned()).isFalse();
        }

        @Test
        void cosigning_a_report_not_written_refuses_the_evaluation() {
            objectivesSet();
            IssuedLink issued = issue(FINAL);

            assertRefused(() -> service.submitEvaluation(scene.whenOpen(issued.token()), RATINGS, null, true), "finalReport",
                    ErrorCode.INVALID_STATE);
            assertThat(stored().evaluation(FINAL).submitted()).isFalse();
        }
    }

    @Nested
    class Reminders {

        private Reminder reminder(String key) {
            return scene.reminders.findById(key).orElseThrow();
        }

        @Test
        void a_reminder_mails_the_tutor_while_the_link_opens_the_form() {
            aprilTenth();
            issue(MID_TERM);
            scene.clock.setTo(LocalDate.of(2025, 5, 4));

            scene.mail.fire(reminder("evaluation/link-1/D-3"));

            String title = FakeTexts.title("evaluation_reminder", Map.of("deadline", "2025-05-07",
                    "sent", "2025-04-10"));
            assertThat(scene.mailer.sent()).last().isEqualTo(new OutgoingMail("mail/evaluation/link-1/D-3",
                    EmailAddress.of(TUTOR_EMAIL), new Text(title, "fr|" + title)));
            assertThat(scene.mail.kind()).isEqualTo(EvaluationMail.KIND);
        }

        @Test
        void nothing_once_the_evaluation_is_given() {
            aprilTenth();
            objectivesSet();
            IssuedLink issued = issue(MID_TERM);
            Reminder dueSoon = reminder("evaluation/link-1/D-1");
            service.submitEvaluation(scene.whenOpen(issued.token()), RATINGS, null, false);

            scene.mail.fire(dueSoon);

            assertThat(scene.mailer.sent()).hasSize(1);
        }

        @Test
        void nothing_once_the_link_is_revoked_replaced_or_expired() {
            aprilTenth();
            issue(MID_TERM);
            Reminder first = reminder("evaluation/link-1/D-3");
            scene.clock.advance(FollowUpService.REISSUE_WINDOW.plusSeconds(1));
            issue(MID_TERM);
            scene.mail.fire(first);

            Reminder second = reminder("evaluation/link-2/D-3");
            service.revokeEvaluationLink(as(Who.STAFF_A), agreement.id(), MID_TERM);
            scene.mail.fire(second);

            IssuedLink third = issue(MID_TERM);
            scene.clock.set(third.expiresAt());
            scene.mail.fire(reminder("evaluation/link-3/D-1"));

            assertThat(scene.mailer.sent()).extracting(OutgoingMail::key).containsExactly(
                    "mail/evaluation-link/link-1", "mail/evaluation-link/link-2", "mail/evaluation-link/link-3");
        }

        @Test
        void nothing_for_a_follow_up_that_is_not_there() {
            scene.mail.fire(new Reminder("evaluation/link-9/D-1", EvaluationMail.KIND, scene.clock.now(),
                    Map.of("followUp", "agreement-x", "evaluation", "MID_TERM", "link", "link-9")));

            assertThat(scene.mailer.sent()).isEmpty();
        }
    }

    @Nested
    class Report {

        @Test
        void the_intern_submits_it() {
            InternshipFollowUp followUp = service.submitReport(as(Who.LEARNER), agreement.id(), " Mon rapport ");

            assertThat(followUp.finalReport()).isEqualTo(new FinalReport("Mon rapport",
                    "lea", scene.clock.now(), null, null));
        }

        @Test
        void only_the_intern_submits_it() {
            assertThat(outcomes((s, actor) -> () -> s.followUpService.submitReport(actor, agreementId(s), "Rapport"),
                    AgreementScene::signed)).isEqualTo(allowed(Who.LEARNER));
        }

        @Test
        void it_is_some_text_of_bounded_length() {
            assertRefused(() -> service.submitReport(as(Who.LEARNER), agreement.id(), " "), "summary",
                    ErrorCode.REQUIRED);
            assertRefused(() -> service.submitReport(as(Who.LEARNER), agreement.id(),
                    "r".repeat(FollowUpService.REPORT_LENGTH + 1)), "summary", ErrorCode.TOO_LONG);
        }

        @Test
        void a_member_of_the_host_cosigns_it() {
            service.submitReport(as(Who.LEARNER), agreement.id(), "Mon rapport");

            assertThat(service.cosignReport(as(Who.RECRUITER), agreement.id()).finalReport().cosignedBy())
                    .isEqualTo("recruiter-c");
        }

        @Test
        void the_host_cosigns() {
            assertThat(outcomes((s, actor) -> () -> s.followUpService.cosignReport(actor, agreementId(s)), s -> {
                Agreement signed = s.signed();
                return s.followUpService.submitReport(s.as(Who.LEARNER), signed.id(), "Mon rapport");
            })).isEqualTo(allowed(Who.RECRUITER, Who.PLATFORM_ADMIN));
        }

        @Test
        void nothing_to_cosign_before_it_is_written() {
            assertRefused(() -> service.cosignReport(as(Who.RECRUITER), agreement.id()), "finalReport",
                    ErrorCode.INVALID_STATE);
        }
    }

    @Nested
    class Credits {

        private void evaluatedAndCosigned() {
            objectivesSet();
            service.submitReport(as(Who.LEARNER), agreement.id(), "Mon rapport");
            service.submitEvaluation(scene.whenOpen(issue(FINAL).token()), RATINGS, null, true);
        }

        @Test
        void the_school_validates_them_after_the_final_evaluation_and_the_cosigned_report() {
            evaluatedAndCosigned();

            assertThat(service.validateEcts(as(Who.STAFF_A), agreement.id(), 10).ects())
                    .isEqualTo(new EctsValidation(10, "staff-a", scene.clock.now()));
        }

        @Test
        void not_before() {
            objectivesSet();
            service.submitReport(as(Who.LEARNER), agreement.id(), "Mon rapport");

            assertRefused(() -> service.validateEcts(as(Who.STAFF_A), agreement.id(), 10), "credits",
                    ErrorCode.INVALID_STATE);
            service.submitEvaluation(scene.whenOpen(issue(FINAL).token()), RATINGS, null, false);
            assertRefused(() -> service.validateEcts(as(Who.STAFF_A), agreement.id(), 10), "credits",
                    ErrorCode.INVALID_STATE);
        }

        @ParameterizedTest
        @ValueSource(ints = {-1, EctsValidation.MAX_CREDITS + 1})
        void within_bounds(int credits) {
            evaluatedAndCosigned();

            assertRefused(() -> service.validateEcts(as(Who.STAFF_A), agreement.id(), credits), "credits",
                    ErrorCode.OUT_OF_RANGE);
        }

        @Test
        void only_the_school_validates_them() {
            assertThat(outcomes((s, actor) -> () -> s.followUpService.validateEcts(actor, agreementId(s), 10), s -> {
                Agreement signed = s.signed();
                s.followUpService.submitReport(s.as(Who.LEARNER), signed.id(), "Mon rapport");
                String token = s.followUpService.issueEvaluationLink(s.as(Who.STAFF_A), signed.id(), FINAL).token();
                return s.followUpService.submitEvaluation(s.whenOpen(token), List.of(), null, true);
            })).isEqualTo(allowed(Who.STAFF_A, Who.PLATFORM_ADMIN));
        }
    }

    /** A full-time internship of two weeks without public holidays: Monday 3 to Friday 14 March 2025. */
    @Nested
    class Certificate {

        private final AgreementScene march = new AgreementScene();
        private final Agreement twoWeeks = march.inProgress(valid().terms(terms()
                .dates(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 14))));

        private InternshipFollowUp attest(Who who, Money paid) {
            return march.followUpService.issueAttestation(march.as(who), twoWeeks.id(), paid);
        }

        @Test
        void counts_the_presence_of_a_completed_internship_and_archives_its_pdf() {
            march.completeOnLastDay(Who.STAFF_A, twoWeeks);

            Attestation attestation = attest(Who.STAFF_A, Money.euros(0)).attestation();

            assertThat(attestation.presenceMinutes()).isEqualTo(70 * 60);
            assertThat(attestation.presenceDays()).isEqualTo(10);
            assertThat(attestation.gratificationPaid()).isEqualTo(Money.euros(0));
            assertThat(attestation.issuedBy()).isEqualTo("staff-a");
            ArchivedDocument pdf = march.archive.find(DocumentKeys.attestation(twoWeeks.id())).orElseThrow();
            assertThat(attestation.documentSha256()).isEqualTo(pdf.sha256()).isEqualTo(Sha256.of(pdf.content()));
            assertThat(pdf.contentType()).isEqualTo(DocumentKeys.PDF);
            assertThat(new String(pdf.content(), StandardCharsets.UTF_8)).isEqualTo(FakeAgreementDocuments
                    .attestationText(march.stored(twoWeeks), attestation.withDocument(null)));
            assertThat(march.followUps.eventTypes()).last().isEqualTo(AgreementEvents.ATTESTATION_ISSUED);
        }

        @Test
        void an_interrupted_internship_counts_to_the_day_it_stopped() {
            march.clock.setTo(LocalDate.of(2025, 3, 7), LocalTime.of(17, 0));
            march.service.interrupt(march.as(Who.RECRUITER), twoWeeks.id(), "Rupture", null, null);

            assertThat(attest(Who.RECRUITER, Money.euros(0)).attestation())
                    .extracting(Attestation::presenceMinutes, Attestation::presenceDays)
                    .containsExactly(35 * 60L, 5L);
        }

        @Test
        void an_interruption_recorded_later_counts_to_the_last_day_it_states() {
            // Recorded on Thursday 13 March; the intern's last day was Wednesday 5 March: three days of 7 h.
            march.clock.setTo(LocalDate.of(2025, 3, 13), LocalTime.of(9, 0));
            Agreement interrupted = march.service.interrupt(march.as(Who.RECRUITER), twoWeeks.id(), "Rupture",
                    LocalDate.of(2025, 3, 5), null);

            assertThat(interrupted.interruptedOn()).isEqualTo(LocalDate.of(2025, 3, 5));
            assertThat(attest(Who.RECRUITER, Money.euros(0)).attestation())
                    .extracting(Attestation::presenceMinutes, Attestation::presenceDays)
                    .containsExactly(21 * 60L, 3L);
        }

        @Test
        void an_interruption_day_outside_the_internship_or_ahead_of_today_is_refused() {
            march.clock.setTo(LocalDate.of(2025, 3, 7), LocalTime.of(9, 0));

            for (LocalDate wrong : List.of(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 10))) {
                assertThat(Violations.pathsAndCodesThrownBy(() -> march.service.interrupt(march.as(Who.RECRUITER),
                        twoWeeks.id(), "Rupture", wrong, null))).containsExactly("lastDay OUT_OF_RANGE");
            }
            assertThat(march.stored(twoWeeks).status()).isNotEqualTo(AgreementStatus.INTERRUPTED);
        }

        @Test
        void counts_the_terms_an_amendment_put_in_force() {
            Agreement amended = march.service.proposeAmendment(march.as(Who.STAFF_A), twoWeeks.id(), "Une semaine de"
                    + " plus", terms().dates(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 21)).build());
            String amendmentId = amended.amendments().get(0).id();
            String sha = amended.amendments().get(0).signing().documentSha256();
            for (Map.Entry<String, Who> signer : AgreementScene.DEFAULT_SIGNERS) {
                march.service.sign(march.as(signer.getValue()), twoWeeks.id(), amendmentId, signer.getKey(), sha);
            }
            march.completeOnLastDay(Who.STAFF_A, twoWeeks);

            assertThat(attest(Who.STAFF_A, Money.euros(0)).attestation().presenceDays()).isEqualTo(15);
        }

        @Test
        void waits_for_the_end_of_the_internship() {
            assertRefused(() -> attest(Who.STAFF_A, Money.euros(0)), "agreementId", ErrorCode.INVALID_STATE);
            assertRefused(() -> service.issueAttestation(as(Who.STAFF_A), agreement.id(), Money.euros(0)),
                    "agreementId", ErrorCode.INVALID_STATE);
            assertThat(march.archive.find(DocumentKeys.attestation(twoWeeks.id()))).isEmpty();
        }

        @Test
        void the_gratification_paid_is_not_negative() {
            march.completeOnLastDay(Who.STAFF_A, twoWeeks);

            assertRefused(() -> attest(Who.STAFF_A, new Money(-1, Money.euros(0).currency())), "gratificationPaid",
                    ErrorCode.OUT_OF_RANGE);
            assertRefused(() -> attest(Who.STAFF_A, null), "gratificationPaid", ErrorCode.OUT_OF_RANGE);
        }

        @Test
        void issuing_it_again_replaces_it() {
            march.completeOnLastDay(Who.STAFF_A, twoWeeks);
            Attestation first = attest(Who.STAFF_A, Money.euros(300)).attestation();

            Attestation corrected = attest(Who.RECRUITER, Money.euros(315)).attestation();

            assertThat(corrected.documentSha256()).isNotEqualTo(first.documentSha256());
            assertThat(march.archive.find(DocumentKeys.attestation(twoWeeks.id()))).get()
                    .extracting(ArchivedDocument::sha256).isEqualTo(corrected.documentSha256());
        }

        @Test
        void the_school_or_the_host_issue_it() {
            assertThat(outcomes((s, actor) -> () -> s.followUpService.issueAttestation(actor, agreementId(s),
                    Money.euros(0)), s -> {
                Agreement running = s.inProgress(valid().terms(terms()
                        .dates(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 14))));
                return s.completeOnLastDay(Who.STAFF_A, running);
            })).isEqualTo(allowed(Who.STAFF_A, Who.PLATFORM_ADMIN, Who.RECRUITER));
        }

        @Test
        void is_read_by_the_parties_only_once_issued() {
            march.completeOnLastDay(Who.STAFF_A, twoWeeks);
            assertThat(march.followUpService.attestation(march.as(Who.LEARNER), twoWeeks.id())).isEmpty();
            attest(Who.STAFF_A, Money.euros(0));

            assertThat(whoFinds(march, actor -> march.followUpService.attestation(actor, twoWeeks.id())))
                    .isEqualTo(readersOnly());
        }
    }
}
