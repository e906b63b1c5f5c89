package fr.passerelle.agreement.service;

import static fr.passerelle.agreement.service.AccessMatrix.allowed;
import static fr.passerelle.agreement.service.AccessMatrix.outcomes;
import static fr.passerelle.agreement.service.AccessMatrix.readersOnly;
import static fr.passerelle.agreement.service.AccessMatrix.whoFinds;
import static fr.passerelle.agreement.service.AgreementScene.COMPANY_C;
import static fr.passerelle.agreement.service.AgreementScene.COMPANY_C_SIRET;
import static fr.passerelle.agreement.service.AgreementScene.COMPANY_D;
import static fr.passerelle.agreement.service.AgreementScene.COMPANY_SIGNATORY;
import static fr.passerelle.agreement.service.AgreementScene.LEARNER;
import static fr.passerelle.agreement.service.AgreementScene.LEGAL_REPRESENTATIVE;
import static fr.passerelle.agreement.service.AgreementScene.REFERENT;
import static fr.passerelle.agreement.service.AgreementScene.SCHOOL_A;
import static fr.passerelle.agreement.service.AgreementScene.SCHOOL_SIGNATORY;
import static fr.passerelle.agreement.service.AgreementScene.TUTOR;
import static fr.passerelle.testing.AgreementDrafts.END;
import static fr.passerelle.testing.AgreementDrafts.START;
import static fr.passerelle.testing.AgreementDrafts.minutesOn;
import static fr.passerelle.testing.AgreementDrafts.terms;
import static fr.passerelle.testing.AgreementDrafts.valid;
import static fr.passerelle.testing.Fixtures.NOW;
import static fr.passerelle.testing.Sentences.french;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.AgreementEvents;
import fr.passerelle.agreement.model.AgreementStatus;
import fr.passerelle.agreement.model.Amendment;
import fr.passerelle.agreement.model.ArchivedDocument;
import fr.passerelle.agreement.model.DocumentKeys;
import fr.passerelle.agreement.model.Parties;
import fr.passerelle.agreement.model.Party;
import fr.passerelle.agreement.model.RequiredSignatories;
import fr.passerelle.agreement.model.Sha256;
import fr.passerelle.agreement.model.Signatory;
import fr.passerelle.agreement.model.SignatoryRole;
import fr.passerelle.agreement.model.Signature;
import fr.passerelle.agreement.model.SignatureMethod;
import fr.passerelle.agreement.port.in.AgreementDraft.ExceptionDraft;
import fr.passerelle.agreement.port.in.AgreementDraft.PartyDraft;
import fr.passerelle.agreement.port.out.SignatureProvider.SignatureRequest;
import fr.passerelle.agreement.rules.Severity;
import fr.passerelle.agreement.service.AgreementScene.Who;
import fr.passerelle.internship.model.ApplicationStatus;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.i18n.Message;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import fr.passerelle.shared.validation.Violation;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.AgreementDrafts;
import fr.passerelle.testing.DomainEvents;
import fr.passerelle.testing.FakeAgreementDocuments;
import fr.passerelle.testing.Outcome;
import fr.passerelle.testing.Violations;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Currency;
import java.util.EnumMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class AgreementServiceTest {

    private static final Paging FIRST_PAGE = Paging.first(Paging.DEFAULT_SIZE, null);
    private static final byte[] SCAN = "%PDF-1.7 scan of the signed paper".getBytes(StandardCharsets.UTF_8);
    private static final byte[] JPEG_SCAN = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};
    private static final Signatory.Delegate PAUL = new Signatory.Delegate("Paul Girard", "Paul.Girard@Studio-Rhone.Example",
            null, " Marc est en congé ");
    private static final Actor PAUL_SIGNED_IN = new Actor("paul", "Paul Girard",
            EmailAddress.of("paul.girard@studio-rhone.example"), Set.of(), List.of());

    private final AgreementScene scene = new AgreementScene();
    private final AgreementService service = scene.service;

    private Actor as(Who who) {
        return scene.as(who);
    }

    private static List<String> errors(ThrowingCallable call) {
        return Violations.pathsAndCodesThrownBy(call);
    }

    private static void assertRefused(ThrowingCallable call, String field, ErrorCode code) {
        assertThat(errors(call)).containsExactly(field + " " + code);
    }

    private String documentSha(Agreement agreement) {
        return scene.stored(agreement).signing().documentSha256();
    }

    private Agreement signUpTo(Agreement out, String lastSignatoryId) {
        Agreement signed = out;
        for (Map.Entry<String, Who> signer : AgreementScene.DEFAULT_SIGNERS) {
            signed = scene.sign(signer.getValue(), signed, signer.getKey());
            if (signer.getKey().equals(lastSignatoryId)) {
                return signed;
            }
        }
        return signed;
    }

    @Nested
    class CreateFromApplication {

        @Test
        void the_learners_school_writes_a_draft_from_the_accepted_application() {
            Agreement agreement = scene.draft();

            assertThat(agreement.status()).isEqualTo(AgreementStatus.DRAFT);
            assertThat(agreement.applicationId()).isEqualTo("application-learner-lea");
            assertThat(agreement.learnerId()).isEqualTo(scene.lea.id());
            assertThat(agreement.learnerSubject()).isEqualTo("lea");
            assertThat(agreement.schoolId()).isEqualTo(SCHOOL_A);
            assertThat(agreement.companyId()).isEqualTo(COMPANY_C);
            assertThat(agreement.createdBy()).isEqualTo("staff-a");
            assertThat(agreement.createdAt()).isEqualTo(NOW);
            assertThat(agreement.version()).isZero();
            assertThat(agreement.signing().documentVersion()).isZero();
            assertThat(scene.agreements.all()).containsExactly(agreement);
        }

        @Test
        void the_intern_the_host_and_the_school_come_from_the_platforms_records() {
            Parties parties = scene.draft(valid().host(AgreementDrafts.OUTSIDE_HOST, "44306184100047")).parties();

            assertThat(parties.learner()).isEqualTo(new Party("Léa Martin", "lea@mail.test", null));
            assertThat(parties.company()).as("the draft's host is ignored for a host on the platform")
                    .isEqualTo(new Party("Studio Rhône", null, null));
            assertThat(parties.companySiret()).isEqualTo(COMPANY_C_SIRET);
            assertThat(parties.school()).isEqualTo(new Party("École A", null, null));
            assertThat(parties.tutor()).isEqualTo(new Party("Marc Petit", "marc.petit@studio-rhone.example",
                    "Ingénieur du son"));
            assertThat(parties.legalRepresentative()).isNull();
        }

        @Test
        void the_creation_event_names_the_school_the_host_and_the_intern() {
            Agreement agreement = scene.draft();

            assertThat(scene.agreements.events()).singleElement().usingRecursiveComparison()
                    .ignoringFields("id", "changedFields")
                    .isEqualTo(DomainEvents.expected(AgreementEvents.CREATED, "Agreement", agreement.id(), 0,
                            new Initiator("staff-a", Set.of(), "school:" + SCHOOL_A, null, null), List.of(),
                            Map.of("school", "school:" + SCHOOL_A, "company", "company:" + COMPANY_C,
                                    "learner", "lea", "status", "DRAFT")));
        }

        @Test
        void a_platform_admin_may_write_it_on_behalf_of_the_school() {
            Agreement agreement = service.createFromApplication(as(Who.PLATFORM_ADMIN), scene.accepted().id(),
                    valid().build());

            assertThat(agreement.createdBy()).isEqualTo("platform-admin");
            assertThat(scene.agreements.events()).singleElement().extracting(DomainEvent::initiator)
                    .extracting(Initiator::onBehalfOf).isEqualTo("school:" + SCHOOL_A);
        }

        @ParameterizedTest
        @EnumSource(value = Who.class, names = {"STAFF_A", "PLATFORM_ADMIN"}, mode = EnumSource.Mode.EXCLUDE)
        void nobody_else_sees_the_application(Who who) {
            String applicationId = scene.accepted().id();

            assertThat(Outcome.of(() -> service.createFromApplication(as(who), applicationId, valid().build())))
                    .isEqualTo(Outcome.NOT_FOUND);
            assertThat(scene.agreements.all()).isEmpty();
        }

        @Test
        void an_unknown_application_is_not_found() {
            assertThatThrownBy(() -> service.createFromApplication(as(Who.STAFF_A), "application-x", valid().build()))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        void an_independent_learners_application_concerns_no_school_so_nobody_writes_it() {
            Learner independent = scene.seed(AgreementScene.learner("learner-ines", "ines", "Inès", null,
                    LocalDate.of(2001, 1, 1)));
            String applicationId = scene.application(independent, ApplicationStatus.ACCEPTED).id();

            assertThat(Outcome.of(() -> service.createFromApplication(as(Who.PLATFORM_ADMIN), applicationId,
                    valid().build()))).isEqualTo(Outcome.NOT_FOUND);
        }

        @ParameterizedTest
        @EnumSource(value = ApplicationStatus.class, names = "ACCEPTED", mode = EnumSource.Mode.EXCLUDE)
        void only_an_accepted_application_becomes_an_agreement(ApplicationStatus status) {
            String applicationId = scene.application(scene.lea, status).id();

            assertRefused(() -> service.createFromApplication(as(Who.STAFF_A), applicationId, valid().build()),
                    "applicationId", ErrorCode.INVALID_STATE);
            assertThat(scene.agreements.all()).isEmpty();
        }

        @Test
        void an_application_has_one_agreement() {
            Agreement first = scene.draft();

            assertRefused(() -> scene.draft(valid().tutor(new PartyDraft("Paul Girard", "paul@studio.example",
                    null))), "applicationId", ErrorCode.DUPLICATE);
            assertThat(scene.agreements.all()).containsExactly(first);
        }

        @Test
        void an_invalid_draft_stores_nothing() {
            assertThat(errors(() -> scene.draft(valid().tutor(null).terms(terms().activities(" ")))))
                    .containsExactly("tutor REQUIRED", "terms.activities REQUIRED");
            assertThat(scene.agreements.all()).isEmpty();
        }
    }

    @Nested
    class Minors {

        /** Léa born on this day instead. */
        private void leaBornOn(LocalDate birthDate) {
            Learner lea = scene.lea;
            scene.seed(AgreementScene.learner(lea.id(), lea.subject(), "Léa", SCHOOL_A, birthDate));
        }

        @Test
        void a_minor_on_the_first_day_needs_a_legal_representative() {
            leaBornOn(START.minusYears(18).plusDays(1));

            assertRefused(() -> scene.draft(), "legalRepresentative", ErrorCode.REQUIRED);
            assertThat(scene.agreements.all()).isEmpty();
        }

        @Test
        void eighteen_on_the_first_day_is_an_adult() {
            leaBornOn(START.minusYears(18));

            assertThat(scene.draft().parties().legalRepresentative()).isNull();
        }

        @Test
        void a_minors_long_days_are_refused_naming_each_day() {
            leaBornOn(LocalDate.of(2009, 1, 1));

            List<Violation> refused = Violations.thrownBy(() -> scene.draft(valid()
                    .legalRepresentative(AgreementDrafts.LEGAL_REPRESENTATIVE)
                    .terms(terms().dates(START, START.plusDays(4)).weeks(minutesOn(540, DayOfWeek.MONDAY)))));

            assertThat(refused).singleElement().satisfies(v -> {
                assertThat(v.code()).isEqualTo(ErrorCode.LEGAL_RULE);
                assertThat(french(v.message())).isEqualTo("Stagiaire mineur : le 07/04/2025, 9 h de présence, plus "
                        + "que le maximum de 8 h par jour. Texte applicable : Code de l'éducation, art. L124-14 ; "
                        + "Code du travail, art. L3162-1.");
            });
        }

        @Test
        void the_legal_representative_signs_with_the_intern() {
            leaBornOn(LocalDate.of(2009, 1, 1));

            Agreement agreement = scene.draft(valid().legalRepresentative(AgreementDrafts.LEGAL_REPRESENTATIVE));

            assertThat(agreement.signing().circuit().steps().get(0).signatories())
                    .extracting(Signatory::id, Signatory::email, Signatory::subject)
                    .containsExactly(tuple(LEARNER, "lea@mail.test", "lea"),
                            tuple(LEGAL_REPRESENTATIVE, "sophie.martin@famille.example", null));
        }
    }

    @Nested
    class Circuit {

        @Test
        void by_default_the_intern_then_the_host_with_the_tutor_then_the_referent_then_the_school() {
            Agreement agreement = scene.draft();

            assertThat(agreement.signing().circuit().steps()).extracting(step -> step.signatories())
                    .containsExactly(
                            List.of(new Signatory(LEARNER, SignatoryRole.LEARNER, "Léa Martin", "lea@mail.test", "lea",
                                    null)),
                            List.of(new Signatory(COMPANY_SIGNATORY, SignatoryRole.COMPANY_SIGNATORY, "Claire Dubois",
                                            "claire.dubois@studio-rhone.example", null, null),
                                    new Signatory(TUTOR, SignatoryRole.TUTOR, "Marc Petit",
                                            "marc.petit@studio-rhone.example", null, null)),
                            List.of(new Signatory(REFERENT, SignatoryRole.REFERENT, "Hugo Moreau",
                                    "hugo.moreau@ecole-a.example", null, null)),
                            List.of(new Signatory(SCHOOL_SIGNATORY, SignatoryRole.SCHOOL_SIGNATORY, "Nadia Benali",
                                    "nadia.benali@ecole-a.example", null, null)));
        }

        @Test
        void a_custom_circuit_follows_its_steps() {
            Agreement agreement = scene.draft(valid().circuit(List.of(SignatoryRole.SCHOOL_SIGNATORY),
                    List.of(SignatoryRole.LEARNER, SignatoryRole.TUTOR),
                    List.of(SignatoryRole.REFERENT, SignatoryRole.COMPANY_SIGNATORY)));

            assertThat(agreement.signing().circuit().steps())
                    .extracting(step -> step.signatories().stream().map(Signatory::id).toList())
                    .containsExactly(List.of(SCHOOL_SIGNATORY), List.of(LEARNER, TUTOR),
                            List.of(REFERENT, COMPANY_SIGNATORY));
            assertThat(agreement.signing().circuit().signatory(REFERENT).orElseThrow().email())
                    .isEqualTo("hugo.moreau@ecole-a.example");
        }

        @Test
        void a_circuit_leaving_out_d124_4_parties_is_refused_naming_each_of_them() {
            var refused = catchThrowableOfType(BusinessRuleViolation.class, () -> scene.draft(valid().circuit(
                    List.of(SignatoryRole.SCHOOL_SIGNATORY), List.of(SignatoryRole.LEARNER))));

            assertThat(refused.violations()).extracting(v -> v.field(), v -> v.code(), v -> v.message().arguments())
                    .containsExactlyInAnyOrder(
                            tuple(List.of("circuit"), ErrorCode.REQUIRED,
                                    List.of(Message.of("error.circuit.party.company-signatory"))),
                            tuple(List.of("circuit"), ErrorCode.REQUIRED, List.of(Message.of("error.circuit.party.tutor"))),
                            tuple(List.of("circuit"), ErrorCode.REQUIRED,
                                    List.of(Message.of("error.circuit.party.referent"))));
            assertThat(scene.agreements.all()).isEmpty();
        }

        @Test
        void a_minors_circuit_must_have_their_legal_representative_sign() {
            scene.seed(AgreementScene.learner(scene.lea.id(), scene.lea.subject(), "Léa", SCHOOL_A,
                    LocalDate.of(2009, 1, 1)));

            var refused = catchThrowableOfType(BusinessRuleViolation.class, () -> scene.draft(valid()
                    .legalRepresentative(AgreementDrafts.LEGAL_REPRESENTATIVE)
                    .circuit(List.of(SignatoryRole.LEARNER, SignatoryRole.COMPANY_SIGNATORY, SignatoryRole.TUTOR,
                            SignatoryRole.REFERENT, SignatoryRole.SCHOOL_SIGNATORY))));

            assertThat(refused.violations()).extracting(v -> v.message().arguments())
                    .containsExactly(List.of(Message.of("error.circuit.party.legal-representative")));
        }

        @Test
        void the_agreement_is_signed_only_once_every_party_has_signed_paper_or_electronic() {
            Agreement out = scene.outForSignature();
            Agreement signed = out;
            for (var signer : AgreementScene.DEFAULT_SIGNERS) {
                assertThat(signed.status()).as("before %s signs", signer.getKey())
                        .isEqualTo(AgreementStatus.OUT_FOR_SIGNATURE);
                signed = signer.getKey().equals(REFERENT)
                        ? service.recordPaperSignature(scene.as(Who.STAFF_A), out.id(), null, REFERENT,
                        SCAN)
                        : scene.sign(signer.getValue(), signed, signer.getKey());
            }

            assertThat(signed.status()).isEqualTo(AgreementStatus.SIGNED);
            assertThat(signed.signing().currentSignatures()).extracting(Signature::role)
                    .containsExactlyInAnyOrderElementsOf(RequiredSignatories.of(signed.parties()));
        }

        @Test
        void a_circuit_naming_a_role_nobody_holds_is_refused() {
            assertRefused(() -> scene.draft(valid().circuit(List.of(SignatoryRole.LEARNER,
                    SignatoryRole.LEGAL_REPRESENTATIVE), List.of(SignatoryRole.SCHOOL_SIGNATORY))), "circuit",
                    ErrorCode.INVALID);
            assertThat(scene.agreements.all()).isEmpty();
        }
    }

    @Nested
    class CreateDirect {

        @Test
        void the_school_records_an_internship_with_a_company_on_the_platform() {
            Agreement agreement = service.createDirect(as(Who.STAFF_A), scene.lea.id(), COMPANY_D, valid().build());

            assertThat(agreement.id()).isEqualTo("id-1");
            assertThat(agreement.applicationId()).isNull();
            assertThat(agreement.companyId()).isEqualTo(COMPANY_D);
            assertThat(agreement.parties().company().name()).isEqualTo("Son du Sud");
            assertThat(agreement.parties().companySiret()).isEqualTo("52345678900016");
        }

        @Test
        void a_host_outside_the_platform_is_named_by_the_draft() {
            Agreement agreement = service.createDirect(as(Who.STAFF_A), scene.lea.id(), null,
                    valid().host(AgreementDrafts.OUTSIDE_HOST, AgreementDrafts.OUTSIDE_HOST_SIRET).build());

            assertThat(agreement.companyId()).isNull();
            assertThat(agreement.parties().company()).isEqualTo(new Party("Son & Lumière SARL",
                    "contact@son-lumiere.example", null));
            assertThat(agreement.parties().companySiret()).isEqualTo("44306184100047");
            assertThat(AgreementService.attributes(agreement)).doesNotContainKey("company");
        }

        @Test
        void a_host_outside_the_platform_must_be_named() {
            assertRefused(() -> service.createDirect(as(Who.STAFF_A), scene.lea.id(), null, valid().build()),
                    "company", ErrorCode.REQUIRED);
            assertThat(scene.agreements.all()).isEmpty();
        }

        @Test
        void internships_found_outside_the_platform_are_not_limited_to_one() {
            service.createDirect(as(Who.STAFF_A), scene.lea.id(), COMPANY_D, valid().build());
            service.createDirect(as(Who.STAFF_A), scene.lea.id(), null,
                    valid().host(AgreementDrafts.OUTSIDE_HOST, null).build());

            assertThat(scene.agreements.all()).hasSize(2);
        }

        @Test
        void only_the_learners_school_or_a_platform_admin_finds_the_learner() {
            assertThat(Stream.of(Who.values()).filter(who -> Outcome.of(() -> new AgreementScene().service
                    .createDirect(new AgreementScene().as(who), "learner-lea", COMPANY_C, valid().build()))
                    == Outcome.OK)).containsExactlyInAnyOrder(Who.STAFF_A, Who.PLATFORM_ADMIN);
        }

        @Test
        void unknown_learners_and_companies_are_not_found() {
            assertThatThrownBy(() -> service.createDirect(as(Who.STAFF_A), "learner-x", COMPANY_C, valid().build()))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> service.createDirect(as(Who.STAFF_A), scene.lea.id(), "company-x",
                    valid().build())).isInstanceOf(NotFoundException.class);
        }
    }

    @Nested
    class LegalRules {

        @Test
        void more_than_924_hours_with_the_host_is_refused_naming_the_rule_and_its_article() {
            // 8 h a day, Monday to Saturday (48 h, the legal weekly maximum), from 3 March to 25 July 2025: 118 days
            // worked once the public holidays are off, 944 h.
            List<Violation> refused = Violations.thrownBy(() -> scene.draft(valid().terms(terms()
                    .dates(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 7, 25))
                    .weeks(minutesOn(480, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)))));

            assertThat(refused).singleElement().satisfies(violation -> {
                assertThat(violation.field()).containsExactly("terms", "end");
                assertThat(violation.code()).isEqualTo(ErrorCode.LEGAL_RULE);
                assertThat(french(violation.message())).startsWith("En 2024-2025, la présence du stagiaire")
                        .endsWith(" Texte applicable : Code de l'éducation, art. L124-5 et D124-6.")
                        .doesNotContain("MAX_DURATION");
            });
            assertThat(scene.agreements.all()).isEmpty();
        }

        static Stream<Arguments> gratificationsBelowTheMinimum() {
            return Stream.of(Arguments.of(new Money(400, Currency.getInstance("EUR"))), Arguments.of((Money) null));
        }

        @ParameterizedTest
        @MethodSource("gratificationsBelowTheMinimum")
        void three_months_without_the_minimum_gratification_are_refused(Money hourly) {
            AgreementDrafts.TermsBuilder threeMonths = terms().dates(START, LocalDate.of(2025, 7, 4));
            if (hourly == null) {
                threeMonths.gratification(null);
            } else {
                threeMonths.hourly(hourly);
            }

            List<Violation> refused = Violations.thrownBy(() -> scene.draft(valid().terms(threeMonths)));

            assertThat(refused).singleElement().satisfies(violation -> {
                assertThat(violation.field()).containsExactly("terms", "gratification");
                assertThat(violation.code()).isEqualTo(ErrorCode.LEGAL_RULE);
                assertThat(french(violation.message())).startsWith("Gratification obligatoire dès la première heure")
                        .endsWith(" Texte applicable : Code de l'éducation, art. L124-6 et D124-8.")
                        .doesNotContain("GRATIFICATION");
            });
            assertThat(scene.agreements.all()).isEmpty();
        }

        @Test
        void two_months_need_no_gratification() {
            assertThat(scene.draft(valid().terms(terms().gratification(null))).terms().gratification()).isNull();
        }

        /** Monday to Saturday, 10 h a day, 9 June to 29 August 2025: under 924 h alone. */
        private AgreementDrafts.Builder summerWithTheSameHost() {
            // 48 h a week (the legal maximum) for 16 weeks: with the two months of the first draft, over 924 h.
            return valid().terms(terms().dates(LocalDate.of(2025, 5, 12), LocalDate.of(2025, 8, 29))
                    .weeks(minutesOn(480, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)));
        }

        @Test
        void the_interns_other_agreements_with_the_host_add_up() {
            scene.draft();

            assertThat(errors(() -> service.createDirect(as(Who.STAFF_A), scene.lea.id(), COMPANY_C,
                    summerWithTheSameHost().build()))).containsExactly("terms.end LEGAL_RULE");
            assertThat(service.createDirect(as(Who.STAFF_A), scene.lea.id(), COMPANY_D,
                    summerWithTheSameHost().build()).companyId()).as("another host").isEqualTo(COMPANY_D);
        }

        @Test
        void a_cancelled_agreement_no_longer_counts() {
            service.cancel(as(Who.STAFF_A), scene.draft().id());

            assertThat(service.createDirect(as(Who.STAFF_A), scene.lea.id(), COMPANY_C,
                    summerWithTheSameHost().build()).status()).isEqualTo(AgreementStatus.DRAFT);
        }

        @Test
        void three_months_without_a_leave_clause_are_refused() {
            assertThat(errors(() -> scene.draft(valid().terms(terms().dates(START, LocalDate.of(2025, 7, 4))
                    .leaveAndAbsence(null))))).containsExactly("terms.leaveAndAbsence LEGAL_RULE");
            assertThat(scene.agreements.all()).isEmpty();
        }

        @Test
        void a_mandatory_gratification_in_another_currency_is_refused() {
            assertThat(errors(() -> scene.draft(valid().terms(terms().dates(START, LocalDate.of(2025, 7, 4))
                    .hourly(new Money(600, Currency.getInstance("CHF")))))))
                    .containsExactly("terms.gratification LEGAL_RULE");
        }

        @Test
        void a_day_over_ten_hours_of_presence_is_refused_on_its_extra_presence() {
            assertThat(errors(() -> scene.draft(valid().terms(terms().exceptions(
                    new ExceptionDraft(START.plusDays(1), 1440, false, false))))))
                    .containsExactly("terms.exceptions.0.minutes OUT_OF_RANGE",
                            "terms.exceptions.0.minutes OUT_OF_RANGE");
        }

        @Test
        void leave_on_a_weekend_is_refused() {
            // 12 April 2025 is a Saturday.
            assertThat(errors(() -> scene.draft(valid().terms(terms().exceptions(
                    new ExceptionDraft(LocalDate.of(2025, 4, 12), 420, true, true))))))
                    .containsExactly("terms.exceptions.0.date INVALID");
        }

        @Test
        void a_tutors_cancelled_and_abandoned_drafts_do_not_count_whatever_the_host() {
            List<Agreement> others = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                Learner other = scene.seed(AgreementScene.learner("learner-" + i, "subject-" + i, "Élève" + i,
                        SCHOOL_A, LocalDate.of(2003, 1, i)));
                // The same tutor, named in another case, at another host each time.
                others.add(service.createDirect(as(Who.STAFF_A), other.id(), i == 1 ? COMPANY_D : COMPANY_C,
                        valid().tutor(new PartyDraft("Marc Petit", AgreementDrafts.TUTOR.email().toUpperCase(), null))
                                .build()));
            }
            assertThat(errors(() -> scene.draft())).containsExactly("tutor LEGAL_RULE");

            service.cancel(as(Who.STAFF_A), others.get(0).id());
            assertThat(scene.draft().status()).isEqualTo(AgreementStatus.DRAFT);
            scene.agreements.all().stream().filter(a -> a.learnerId().equals(scene.lea.id()))
                    .forEach(a -> service.cancel(as(Who.STAFF_A), a.id()));

            // Untouched for 30 days, a draft still counts; a day more, it does not.
            scene.clock.advance(AgreementRules.ABANDONED_DRAFT_AFTER);
            Learner fourth = scene.seed(AgreementScene.learner("learner-4", "subject-4", "Élève4", SCHOOL_A,
                    LocalDate.of(2003, 1, 4)));
            service.createDirect(as(Who.STAFF_A), fourth.id(), COMPANY_C, valid().build());
            assertThat(errors(() -> service.createDirect(as(Who.STAFF_A), scene.lea.id(), COMPANY_D,
                    valid().build()))).containsExactly("tutor LEGAL_RULE");
            scene.clock.advance(Duration.ofDays(1));
            assertThat(service.createDirect(as(Who.STAFF_A), scene.lea.id(), COMPANY_D, valid().build()).status())
                    .isEqualTo(AgreementStatus.DRAFT);
        }

        @Test
        void a_tutor_follows_at_most_three_interns_at_once() {
            for (int i = 1; i <= 3; i++) {
                Learner other = scene.seed(AgreementScene.learner("learner-" + i, "subject-" + i, "Élève" + i,
                        SCHOOL_A, LocalDate.of(2003, 1, i)));
                service.createDirect(as(Who.STAFF_A), other.id(), COMPANY_C, valid().build());
            }

            assertThat(errors(() -> scene.draft())).containsExactly("tutor LEGAL_RULE");
            assertThat(scene.draft(valid().tutor(new PartyDraft("Paul Girard", "paul.girard@studio-rhone.example",
                    null))).parties().tutor().name()).isEqualTo("Paul Girard");
        }

        @Test
        void the_rules_report_on_the_current_terms() {
            Agreement agreement = scene.draft();

            assertThat(service.rules(List.of(agreement)).get(agreement.id()).blocking()).isFalse();
            assertThat(service.rules(List.of(agreement)).get(agreement.id()).finding("GRATIFICATION")).isPresent();
            // 7 April to 6 June: 45 working days less 4 public holidays, 7 h each.
            assertThat(service.rules(List.of(agreement)).get(agreement.id()).presence().totalMinutes())
                    .isEqualTo(41 * 7 * 60L);
        }

        @Test
        void several_agreements_read_together_get_each_their_own_report() {
            List<Agreement> all = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                Learner other = scene.seed(AgreementScene.learner("learner-" + i, "subject-" + i, "Élève" + i,
                        SCHOOL_A, LocalDate.of(2003, 1, i)));
                all.add(service.createDirect(as(Who.STAFF_A), other.id(), COMPANY_C, valid().build()));
            }

            var together = service.rules(all);

            assertThat(together).hasSize(3);
            all.forEach(agreement -> assertThat(together.get(agreement.id()))
                    .isEqualTo(service.rules(List.of(agreement)).get(agreement.id())));
            assertThat(together.get(all.get(0).id()).finding("TUTOR_LOAD").orElseThrow().severity())
                    .isEqualTo(Severity.INFO);
        }
    }

    @Nested
    class Edit {

        @Test
        void the_school_edits_a_draft_at_the_version_it_read() {
            Agreement draft = scene.draft();

            Agreement edited = service.edit(as(Who.STAFF_A), draft.id(), 0L,
                    valid().terms(terms().activities("Régie plateau")).build());

            assertThat(edited.terms().activities()).isEqualTo("Régie plateau");
            assertThat(edited.version()).isEqualTo(1);
            assertThat(scene.stored(draft)).isEqualTo(edited);
            assertThat(scene.agreements.eventTypes()).containsExactly(AgreementEvents.CREATED, AgreementEvents.EDITED);
        }

        @Test
        void a_stale_version_is_refused() {
            Agreement draft = scene.draft();
            service.edit(as(Who.STAFF_A), draft.id(), 0L, valid().terms(terms().activities("Régie")).build());

            assertRefused(() -> service.edit(as(Who.STAFF_A), draft.id(), 0L,
                    valid().terms(terms().activities("Mixage")).build()), "expectedVersion", ErrorCode.STALE_VERSION);
            assertThat(scene.stored(draft).terms().activities()).isEqualTo("Régie");
        }

        @Test
        void a_new_circuit_is_built_from_the_edited_parties() {
            Agreement draft = scene.draft();

            Agreement edited = service.edit(as(Who.STAFF_A), draft.id(), null, valid()
                    .tutor(new PartyDraft("Paul Girard", "paul.girard@studio-rhone.example", null))
                    .circuit(List.of(SignatoryRole.TUTOR, SignatoryRole.LEARNER), List.of(SignatoryRole.REFERENT,
                            SignatoryRole.COMPANY_SIGNATORY, SignatoryRole.SCHOOL_SIGNATORY)).build());

            assertThat(edited.signing().circuit().signatories()).extracting(Signatory::id, Signatory::name)
                    .startsWith(tuple(TUTOR, "Paul Girard"), tuple(LEARNER, "Léa Martin"));
        }

        @Test
        void the_same_draft_again_writes_nothing() {
            Agreement draft = scene.draft();

            assertThat(service.edit(as(Who.STAFF_A), draft.id(), 0L, valid().build())).isEqualTo(draft);
            assertThat(scene.agreements.eventTypes()).containsExactly(AgreementEvents.CREATED);
        }

        @Test
        void only_a_draft_is_edited() {
            Agreement draft = scene.draft();
            service.submit(as(Who.STAFF_A), draft.id());

            assertRefused(() -> service.edit(as(Who.STAFF_A), draft.id(), null,
                    valid().terms(terms().activities("Régie")).build()), "status", ErrorCode.INVALID_STATE);
        }

        @Test
        void edited_terms_go_through_the_rules() {
            Agreement draft = scene.draft();

            assertThat(errors(() -> service.edit(as(Who.STAFF_A), draft.id(), null, valid()
                    .terms(terms().dates(START, LocalDate.of(2025, 7, 4)).gratification(null)).build())))
                    .containsExactly("terms.gratification LEGAL_RULE");
            assertThat(scene.stored(draft)).isEqualTo(draft);
        }

        @Test
        void the_school_writes_the_host_reads() {
            assertThat(outcomes((s, actor) -> () -> s.service.edit(actor, s.agreements.all().get(0).id(), null,
                    valid().terms(terms().activities("Régie")).build()), AgreementScene::draft))
                    .isEqualTo(allowed(Who.STAFF_A, Who.PLATFORM_ADMIN));
        }
    }

    @Nested
    class SendForSignature {

        @Test
        void submitting_sends_the_draft_to_the_schools_check() {
            Agreement draft = scene.draft();

            assertThat(service.submit(as(Who.STAFF_A), draft.id()).status()).isEqualTo(AgreementStatus.UNDER_VALIDATION);
            assertThat(scene.agreements.eventTypes()).containsExactly(AgreementEvents.CREATED,
                    AgreementEvents.SUBMITTED);
        }

        @Test
        void sending_archives_the_document_whose_hash_the_signatures_will_carry() {
            Agreement out = scene.outForSignature();

            ArchivedDocument pdf = scene.archive.find(DocumentKeys.agreement(out.id(), 1)).orElseThrow();
            assertThat(out.status()).isEqualTo(AgreementStatus.OUT_FOR_SIGNATURE);
            assertThat(out.signing().documentVersion()).isEqualTo(1);
            assertThat(out.signing().documentSha256()).isEqualTo(pdf.sha256()).isEqualTo(Sha256.of(pdf.content()));
            assertThat(pdf.contentType()).isEqualTo(DocumentKeys.PDF);
            assertThat(new String(pdf.content(), StandardCharsets.UTF_8)).isEqualTo(FakeAgreementDocuments
                    .agreementText(scene.stored(out), 1, service.rules(List.of(out)).get(out.id())));
            assertThat(scene.agreements.eventTypes()).endsWith(AgreementEvents.SENT_FOR_SIGNATURE);
        }

        @Test
        void sending_again_changes_nothing() {
            Agreement out = scene.outForSignature();

            assertThat(service.sendForSignature(as(Who.STAFF_A), out.id())).isEqualTo(out);
            assertThat(scene.archive.keys()).containsExactly(DocumentKeys.agreement(out.id(), 1));
        }

        @Test
        void a_draft_is_submitted_before_it_is_sent() {
            Agreement draft = scene.draft();

            assertRefused(() -> service.sendForSignature(as(Who.STAFF_A), draft.id()), "status",
                    ErrorCode.INVALID_STATE);
            assertThat(scene.archive.size()).isZero();
        }

        @Test
        void sending_requires_every_mandatory_clause_and_names_each_missing_one() {
            // Two months (280 h): the leave clause may wait while a draft, not when sending.
            Agreement draft = scene.draft(valid().terms(terms().leaveAndAbsence(null).socialProtection(" ")
                    .paymentTerms(null)));
            service.submit(as(Who.STAFF_A), draft.id());

            List<Violation> refused = Violations.thrownBy(() -> service.sendForSignature(as(Who.STAFF_A),
                    draft.id()));

            assertThat(refused).extracting(v -> String.join(".", v.field()), Violation::code).containsExactly(
                    tuple("terms.paymentTerms", ErrorCode.LEGAL_RULE),
                    tuple("terms.socialProtection", ErrorCode.LEGAL_RULE),
                    tuple("terms.leaveAndAbsence", ErrorCode.LEGAL_RULE));
            assertThat(french(refused.get(2).message())).isEqualTo("Clause obligatoire à remplir avant l'envoi en "
                    + "signature : congés et autorisations d'absence (Code de l'éducation, art. D124-4).");
            assertThat(scene.archive.size()).isZero();
            assertThat(service.rules(List.of(draft)).get(draft.id()).findings())
                    .filteredOn(f -> f.ruleId().equals("MANDATORY_CLAUSES")).hasSize(3)
                    .allMatch(f -> f.severity() == Severity.WARNING);
        }

        @Test
        void only_the_school_submits_and_sends() {
            assertThat(outcomes((s, actor) -> () -> s.service.submit(actor, s.agreements.all().get(0).id()),
                    AgreementScene::draft)).isEqualTo(allowed(Who.STAFF_A, Who.PLATFORM_ADMIN));
            assertThat(outcomes((s, actor) -> () -> s.service.sendForSignature(actor, s.agreements.all().get(0).id()),
                    s -> s.service.submit(s.as(Who.STAFF_A), s.draft().id()))).isEqualTo(allowed(Who.STAFF_A, Who.PLATFORM_ADMIN));
        }
    }

    @Nested
    class Signing {

        @Test
        void the_intern_signs_first_electronically_through_the_provider() {
            Agreement out = scene.outForSignature();
            scene.clock.advance(Duration.ofHours(2));

            Agreement signed = scene.sign(Who.LEARNER, out, LEARNER);

            assertThat(signed.status()).isEqualTo(AgreementStatus.OUT_FOR_SIGNATURE);
            assertThat(signed.signing().currentSignatures()).containsExactly(new Signature(LEARNER,
                    SignatoryRole.LEARNER, SignatureMethod.ELECTRONIC, "lea", "lea", NOW.plus(Duration.ofHours(2)), 1,
                    out.signing().documentSha256(), null));
            assertThat(scene.signatures.requests()).containsExactly(new SignatureRequest(out.id(), 1,
                    out.signing().documentSha256(), out.signing().circuit().signatory(LEARNER).orElseThrow(), "lea",
                    "lea"));
            assertThat(scene.agreements.eventTypes()).endsWith(AgreementEvents.SIGNATURE_ADDED);
        }

        @Test
        void each_step_waits_for_the_previous_one() {
            Agreement out = scene.outForSignature();

            assertRefused(() -> scene.sign(Who.COMPANY_SIGNATORY, out, COMPANY_SIGNATORY), "signatoryId",
                    ErrorCode.INVALID_STATE);
            Agreement afterTheHost = signUpTo(out, TUTOR);
            assertThat(afterTheHost.signing().awaiting()).extracting(Signatory::id).containsExactly(REFERENT);
            assertThat(signUpTo(out, REFERENT).signing().awaiting()).extracting(Signatory::id)
                    .containsExactly(SCHOOL_SIGNATORY);
        }

        @Test
        void the_signers_in_a_step_sign_in_any_order() {
            Agreement learnerSigned = scene.sign(Who.LEARNER, scene.outForSignature(), LEARNER);

            Agreement tutorFirst = scene.sign(Who.TUTOR, learnerSigned, TUTOR);

            assertThat(tutorFirst.signing().awaiting()).extracting(Signatory::id).containsExactly(COMPANY_SIGNATORY);
        }

        @Test
        void a_signature_of_another_version_is_refused() {
            Agreement out = scene.outForSignature();

            assertRefused(() -> service.sign(as(Who.LEARNER), out.id(), null, LEARNER, Sha256.of(new byte[]{1})),
                    "documentSha256", ErrorCode.INVALID_STATE);
            assertThat(scene.stored(out).signing().currentSignatures()).isEmpty();
        }

        @Test
        void a_signature_the_agreement_refuses_never_reaches_the_provider() {
            Agreement out = scene.outForSignature();

            Violations.thrownBy(() -> service.sign(as(Who.LEARNER), out.id(), null, LEARNER, Sha256.of(new byte[]{1})));
            Violations.thrownBy(() -> scene.sign(Who.COMPANY_SIGNATORY, out, COMPANY_SIGNATORY));

            assertThat(scene.signatures.requests()).isEmpty();
        }

        @Test
        void a_reader_signing_for_someone_else_is_forbidden_and_a_stranger_finds_nothing() {
            Agreement learnerSigned = scene.sign(Who.LEARNER, scene.outForSignature(), LEARNER);
            String sha = learnerSigned.signing().documentSha256();

            Map<Who, Outcome> outcomes = new EnumMap<>(Who.class);
            for (Who who : Who.values()) {
                outcomes.put(who, Outcome.of(() -> service.sign(as(who), learnerSigned.id(), null, COMPANY_SIGNATORY,
                        sha)));
            }

            assertThat(outcomes).isEqualTo(allowed(Who.COMPANY_SIGNATORY));
        }

        @Test
        void the_company_signatory_signs_with_a_verified_email_and_no_membership() {
            Agreement learnerSigned = scene.sign(Who.LEARNER, scene.outForSignature(), LEARNER);

            Agreement signed = scene.sign(Who.COMPANY_SIGNATORY, learnerSigned, COMPANY_SIGNATORY);

            assertThat(signed.signing().currentSignatures()).extracting(Signature::signatoryId, Signature::signedBy,
                    Signature::recordedBy).contains(tuple(COMPANY_SIGNATORY, "Claire Dubois", "claire"));
        }

        @Test
        void the_same_email_unverified_is_nobody() {
            Agreement learnerSigned = scene.sign(Who.LEARNER, scene.outForSignature(), LEARNER);
            Actor unverified = new Actor("claire", "Claire Dubois", null, Set.of(), List.of());

            assertThat(Outcome.of(() -> service.sign(unverified, learnerSigned.id(), null, COMPANY_SIGNATORY,
                    documentSha(learnerSigned)))).isEqualTo(Outcome.NOT_FOUND);
        }

        @Test
        void signing_again_is_a_harmless_retry() {
            Agreement signed = scene.sign(Who.LEARNER, scene.outForSignature(), LEARNER);
            List<String> events = scene.agreements.eventTypes();

            assertThat(scene.sign(Who.LEARNER, signed, LEARNER)).isEqualTo(signed);
            assertThat(scene.agreements.eventTypes()).isEqualTo(events);
            assertThat(scene.signatures.requests()).hasSize(1);
        }

        @Test
        void signing_again_with_another_hash_is_refused_and_changes_nothing() {
            Agreement signed = scene.sign(Who.LEARNER, scene.outForSignature(), LEARNER);
            List<String> events = scene.agreements.eventTypes();

            assertRefused(() -> service.sign(as(Who.LEARNER), signed.id(), null, LEARNER, Sha256.of(new byte[]{1})),
                    "documentSha256", ErrorCode.INVALID_STATE);
            assertThat(scene.stored(signed)).isEqualTo(signed);
            assertThat(scene.agreements.eventTypes()).isEqualTo(events);
            assertThat(scene.signatures.requests()).hasSize(1);
        }

        @Test
        void an_unknown_signatory_is_refused() {
            Agreement out = scene.outForSignature();

            assertRefused(() -> service.sign(as(Who.STAFF_A), out.id(), null, "headmaster", documentSha(out)),
                    "signatoryId", ErrorCode.INVALID);
        }

        @Test
        void the_signatory_and_the_hash_are_required() {
            Agreement out = scene.outForSignature();

            assertThat(errors(() -> service.sign(as(Who.LEARNER), out.id(), null, " ", null)))
                    .containsExactly("signatoryId REQUIRED", "documentSha256 REQUIRED");
        }

        @Test
        void a_signature_the_provider_refuses_is_not_recorded() {
            Agreement out = scene.outForSignature();
            scene.signatures.refuseNext();

            assertRefused(() -> scene.sign(Who.LEARNER, out, LEARNER), "signatoryId", ErrorCode.INVALID_STATE);
            assertThat(scene.stored(out)).isEqualTo(out);
        }

        @Test
        void nothing_is_signed_before_it_is_sent() {
            Agreement draft = scene.draft();

            assertThat(Violations.thrownBy(() -> service.sign(as(Who.LEARNER), draft.id(), null, LEARNER,
                    Sha256.of(new byte[]{1})))).extracting(Violation::code).containsExactly(ErrorCode.INVALID_STATE);
            assertThat(scene.stored(draft)).isEqualTo(draft);
        }
    }

    @Nested
    class TheLastSignature {

        @Test
        void makes_the_agreement_signed_and_opens_its_follow_up() {
            Agreement signed = scene.signed();

            assertThat(signed.status()).isEqualTo(AgreementStatus.SIGNED);
            assertThat(signed.signing().currentSignatures()).extracting(Signature::signatoryId)
                    .containsExactly(LEARNER, COMPANY_SIGNATORY, TUTOR, REFERENT, SCHOOL_SIGNATORY);
            assertThat(scene.agreements.eventTypes()).containsExactly(AgreementEvents.CREATED,
                    AgreementEvents.SUBMITTED, AgreementEvents.SENT_FOR_SIGNATURE, AgreementEvents.SIGNATURE_ADDED,
                    AgreementEvents.SIGNATURE_ADDED, AgreementEvents.SIGNATURE_ADDED, AgreementEvents.SIGNATURE_ADDED,
                    AgreementEvents.SIGNED);
            assertThat(scene.followUps.all()).singleElement().satisfies(followUp -> {
                assertThat(followUp.id()).isEqualTo(signed.id());
                assertThat(followUp.items()).isNotEmpty();
            });
            assertThat(scene.followUps.eventTypes()).containsExactly(AgreementEvents.FOLLOW_UP_OPENED);
        }

        @Test
        void the_signed_event_delivered_again_opens_nothing_more() {
            Agreement signed = scene.signed();
            DomainEvent signedEvent = scene.agreements.events().get(scene.agreements.events().size() - 1);

            assertThat(scene.opener.accepts(signedEvent)).isTrue();
            scene.opener.on(signedEvent);

            assertThat(scene.followUps.all()).singleElement().extracting(f -> f.id()).isEqualTo(signed.id());
            assertThat(scene.followUps.eventTypes()).containsExactly(AgreementEvents.FOLLOW_UP_OPENED);
        }

        @Test
        void the_event_opens_the_follow_up_the_request_did_not() {
            Agreement signed = scene.signed();
            AgreementScene other = new AgreementScene();
            other.agreements.seed(scene.stored(signed));

            other.opener.on(DomainEvents.delivered("event-9", AgreementEvents.SIGNED, "Agreement", signed.id()));

            assertThat(other.followUps.all()).singleElement().extracting(f -> f.id()).isEqualTo(signed.id());
            assertThat(other.followUps.events()).singleElement().extracting(DomainEvent::initiator)
                    .isEqualTo(Initiator.system());
        }

        @Test
        void the_opener_ignores_other_events_and_unsigned_agreements() {
            Agreement out = scene.outForSignature();

            assertThat(scene.opener.accepts(DomainEvents.delivered("e", AgreementEvents.SIGNATURE_ADDED,
                    "Agreement", out.id()))).isFalse();
            scene.opener.on(DomainEvents.delivered("e", AgreementEvents.SIGNED, "Agreement", out.id()));
            scene.opener.on(DomainEvents.delivered("e", AgreementEvents.SIGNED, "Agreement", "agreement-x"));

            assertThat(scene.followUps.all()).isEmpty();
        }

        @Test
        void a_paper_signature_can_be_the_last_one() {
            Agreement afterTheReferent = signUpTo(scene.outForSignature(), REFERENT);

            Agreement signed = service.recordPaperSignature(as(Who.STAFF_A), afterTheReferent.id(), null,
                    SCHOOL_SIGNATORY, SCAN);

            assertThat(signed.status()).isEqualTo(AgreementStatus.SIGNED);
            assertThat(scene.followUps.findById(signed.id())).isPresent();
        }
    }

    @Nested
    class PaperSignatures {

        @Test
        void the_school_records_one_with_its_scan_kept() {
            Agreement out = scene.outForSignature();

            Agreement signed = service.recordPaperSignature(as(Who.STAFF_A), out.id(), null, LEARNER, JPEG_SCAN);

            String scanSha = Sha256.of(JPEG_SCAN);
            assertThat(signed.signing().currentSignatures()).containsExactly(new Signature(LEARNER,
                    SignatoryRole.LEARNER, SignatureMethod.PAPER, "Léa Martin", "staff-a", NOW, 1,
                    out.signing().documentSha256(), scanSha));
            ArchivedDocument scan = scene.archive.find(DocumentKeys.scan(out.id(), scanSha)).orElseThrow();
            assertThat(scan.content()).isEqualTo(JPEG_SCAN);
            assertThat(scan.contentType()).isEqualTo("image/jpeg");
            assertThat(scene.signatures.requests()).as("no electronic signature").isEmpty();
        }

        static Stream<Arguments> scans() {
            return Stream.of(Arguments.of("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), "application/pdf"),
                    Arguments.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}, "image/png"),
                    Arguments.of(JPEG_SCAN, "image/jpeg"));
        }

        @ParameterizedTest
        @MethodSource("scans")
        void a_scan_is_a_pdf_or_a_photo_kept_as_its_content_shows(byte[] scan, String mediaType) {
            Agreement out = scene.outForSignature();

            Agreement signed = service.recordPaperSignature(as(Who.STAFF_A), out.id(), null, LEARNER, scan);

            assertThat(signed.signing().currentSignatures()).hasSize(1);
            assertThat(scene.archive.find(DocumentKeys.scan(out.id(), Sha256.of(scan))).orElseThrow().contentType())
                    .isEqualTo(mediaType);
        }

        @Test
        void anything_else_is_refused_by_its_content() {
            Agreement out = scene.outForSignature();

            assertRefused(() -> service.recordPaperSignature(as(Who.STAFF_A), out.id(), null, LEARNER,
                    "GIF89a".getBytes(StandardCharsets.US_ASCII)), "scan", ErrorCode.INVALID);
            assertRefused(() -> service.recordPaperSignature(as(Who.STAFF_A), out.id(), null, LEARNER,
                    "a text file claiming to be a PDF".getBytes(StandardCharsets.UTF_8)), "scan", ErrorCode.INVALID);
            assertRefused(() -> service.recordPaperSignature(as(Who.STAFF_A), out.id(), null, LEARNER, "%PD".getBytes(
                    StandardCharsets.US_ASCII)), "scan", ErrorCode.INVALID);
            assertRefused(() -> service.recordPaperSignature(as(Who.STAFF_A), out.id(), null, LEARNER, new byte[0]),
                    "scan", ErrorCode.REQUIRED);
            assertThat(scene.archive.keys()).containsExactly(DocumentKeys.agreement(out.id(), 1));
        }

        @Test
        void only_the_school_records_them() {
            assertThat(outcomes((s, actor) -> () -> s.service.recordPaperSignature(actor,
                    s.agreements.all().get(0).id(), null, LEARNER, SCAN),
                    AgreementScene::outForSignature)).isEqualTo(allowed(Who.STAFF_A, Who.PLATFORM_ADMIN));
        }
    }

    @Nested
    class Delegation {

        @Test
        void the_school_delegates_a_signature_and_then_only_the_delegate_signs() {
            Agreement learnerSigned = scene.sign(Who.LEARNER, scene.outForSignature(), LEARNER);

            Agreement delegated = service.delegate(as(Who.STAFF_A), learnerSigned.id(), TUTOR, PAUL);

            assertThat(delegated.signing().circuit().signatory(TUTOR).orElseThrow().delegate())
                    .isEqualTo(new Signatory.Delegate("Paul Girard", "paul.girard@studio-rhone.example", null,
                            "Marc est en congé"));
            assertThat(Outcome.of(() -> scene.sign(Who.TUTOR, delegated, TUTOR))).isNotEqualTo(Outcome.OK);
            Agreement signed = service.sign(PAUL_SIGNED_IN, delegated.id(), null, TUTOR, documentSha(delegated));
            assertThat(signed.signing().currentSignatures()).extracting(Signature::signatoryId, Signature::signedBy)
                    .contains(tuple(TUTOR, "Paul Girard"));
            assertThat(scene.agreements.eventTypes()).contains(AgreementEvents.DELEGATED);
        }

        @Test
        void the_signatory_who_delegated_still_reads_the_agreement() {
            Agreement delegated = service.delegate(as(Who.STAFF_A), scene.outForSignature().id(), TUTOR, PAUL);

            assertThat(service.find(as(Who.TUTOR), delegated.id())).isPresent();
            assertThat(Outcome.of(() -> scene.sign(Who.TUTOR, delegated, TUTOR))).isEqualTo(Outcome.FORBIDDEN);
        }

        @Test
        void a_signatory_delegates_their_own_signature_but_not_someone_elses() {
            Agreement out = scene.outForSignature();

            assertThat(service.delegate(as(Who.TUTOR), out.id(), TUTOR, PAUL).signing().circuit().signatory(TUTOR)
                    .orElseThrow().delegate()).isNotNull();
            assertThat(Outcome.of(() -> service.delegate(as(Who.COMPANY_SIGNATORY), out.id(), SCHOOL_SIGNATORY,
                    PAUL))).isEqualTo(Outcome.FORBIDDEN);
            assertThat(Outcome.of(() -> service.delegate(as(Who.RECRUITER), out.id(), COMPANY_SIGNATORY, PAUL)))
                    .isEqualTo(Outcome.FORBIDDEN);
            assertThat(Outcome.of(() -> service.delegate(as(Who.STAFF_B), out.id(), COMPANY_SIGNATORY, PAUL)))
                    .isEqualTo(Outcome.NOT_FOUND);
        }

        @Test
        void a_delegation_needs_a_name_and_a_reason() {
            Agreement out = scene.outForSignature();

            assertThat(errors(() -> service.delegate(as(Who.STAFF_A), out.id(), TUTOR,
                    new Signatory.Delegate(" ", null, null, null)))).containsExactly("name REQUIRED",
                    "reason REQUIRED");
        }

        @Test
        void a_signature_given_is_not_delegated() {
            Agreement learnerSigned = scene.sign(Who.LEARNER, scene.outForSignature(), LEARNER);

            assertRefused(() -> service.delegate(as(Who.STAFF_A), learnerSigned.id(), LEARNER, PAUL), "signatoryId",
                    ErrorCode.INVALID_STATE);
        }
    }

    @Nested
    class ReturnToDraft {

        @Test
        void keeps_the_signatures_given_and_the_next_version_needs_its_own() {
            Agreement learnerSigned = scene.sign(Who.LEARNER, scene.outForSignature(), LEARNER);
            String v1 = learnerSigned.signing().documentSha256();

            Agreement back = service.returnToDraft(as(Who.STAFF_A), learnerSigned.id());
            assertThat(back.status()).isEqualTo(AgreementStatus.DRAFT);
            service.edit(as(Who.STAFF_A), back.id(), null, valid().terms(terms().activities("Régie")).build());
            Agreement v2 = scene.outForSignature(back);

            assertThat(v2.signing().documentVersion()).isEqualTo(2);
            assertThat(v2.signing().documentSha256()).isNotEqualTo(v1)
                    .isEqualTo(scene.archive.find(DocumentKeys.agreement(v2.id(), 2)).orElseThrow().sha256());
            assertThat(v2.signing().signatures()).extracting(Signature::signatoryId, Signature::documentVersion)
                    .containsExactly(tuple(LEARNER, 1));
            assertThat(v2.signing().currentSignatures()).isEmpty();
            assertThat(v2.signing().awaiting()).extracting(Signatory::id).containsExactly(LEARNER);
            assertRefused(() -> service.sign(as(Who.LEARNER), v2.id(), null, LEARNER, v1), "documentSha256",
                    ErrorCode.INVALID_STATE);
            assertThat(scene.sign(Who.LEARNER, v2, LEARNER).signing().currentSignatures())
                    .extracting(Signature::documentVersion).containsExactly(2);
        }

        @Test
        void each_version_sent_stays_readable() {
            Agreement out = scene.outForSignature();
            service.returnToDraft(as(Who.STAFF_A), out.id());
            Agreement v2 = scene.outForSignature(out);

            assertThat(service.document(as(Who.LEARNER), v2.id(), null)).get().extracting(ArchivedDocument::key)
                    .isEqualTo(DocumentKeys.agreement(v2.id(), 2));
            assertThat(service.document(as(Who.LEARNER), v2.id(), 1)).get().extracting(ArchivedDocument::sha256)
                    .isEqualTo(out.signing().documentSha256());
            assertThat(service.document(as(Who.LEARNER), v2.id(), 3)).isEmpty();
            assertThat(service.document(as(Who.LEARNER), v2.id(), 0)).isEmpty();
        }

        @Test
        void a_version_rendered_for_a_sending_that_failed_is_no_document() {
            Agreement out = scene.outForSignature();
            scene.archive.put(new ArchivedDocument(DocumentKeys.agreement(out.id(), 2), DocumentKeys.PDF,
                    new byte[] {1}, "orphan", Fixtures.NOW));

            assertThat(service.document(as(Who.LEARNER), out.id(), 2)).isEmpty();
            assertThat(service.document(as(Who.LEARNER), out.id(), null)).get()
                    .extracting(ArchivedDocument::key).isEqualTo(DocumentKeys.agreement(out.id(), 1));
        }
    }

    @Nested
    class Lifecycle {

        @Test
        void an_internship_starts_on_its_first_day_not_before() {
            Agreement signed = scene.signed();
            scene.clock.setTo(START.minusDays(1), LocalTime.of(23, 59));

            assertRefused(() -> service.start(as(Who.STAFF_A), signed.id()), "status", ErrorCode.INVALID_STATE);

            scene.clock.setTo(START, LocalTime.of(0, 1));
            assertThat(service.start(as(Who.RECRUITER), signed.id()).status()).isEqualTo(AgreementStatus.IN_PROGRESS);
        }

        @Test
        void the_school_or_the_host_start_it() {
            Map<Who, Outcome> expected = allowed(Who.STAFF_A, Who.RECRUITER, Who.PLATFORM_ADMIN);

            assertThat(outcomes((s, actor) -> () -> s.service.start(actor, s.agreements.all().get(0).id()), s -> {
                Agreement signed = s.signed();
                s.clock.setTo(START);
                return signed;
            })).isEqualTo(expected);
        }

        @Test
        void the_host_completes_it() {
            Agreement running = scene.inProgress();

            Agreement completed = scene.completeOnLastDay(Who.RECRUITER, running);

            assertThat(completed.status()).isEqualTo(AgreementStatus.COMPLETED);
            assertThat(scene.agreements.eventTypes()).endsWith(AgreementEvents.STATUS_CHANGED,
                    AgreementEvents.STATUS_CHANGED);
        }

        @Test
        void it_is_not_completed_before_its_last_day_but_interrupted() {
            Agreement running = scene.inProgress();
            scene.clock.setTo(running.terms().period().end().minusDays(1));

            assertRefused(() -> service.complete(as(Who.RECRUITER), running.id()), "status", ErrorCode.INVALID_STATE);
            assertThat(service.interrupt(as(Who.RECRUITER), running.id(), "left for another job", null, null).status())
                    .isEqualTo(AgreementStatus.INTERRUPTED);
        }

        @Test
        void an_interruption_says_why() {
            Agreement running = scene.inProgress();

            assertRefused(() -> service.interrupt(as(Who.STAFF_A), running.id(), "  ", null, null), "reason", ErrorCode.REQUIRED);
            Agreement interrupted = service.interrupt(as(Who.STAFF_A), running.id(), " Rupture d'un commun accord ", null, null);

            assertThat(interrupted.status()).isEqualTo(AgreementStatus.INTERRUPTED);
            assertThat(interrupted.interruption()).isEqualTo("Rupture d'un commun accord");
        }

        @Test
        void a_too_long_reason_is_reported_as_such() {
            Agreement running = scene.inProgress();

            assertRefused(() -> service.interrupt(as(Who.STAFF_A), running.id(), "r".repeat(Limits.LONG_TEXT + 1), null, null),
                    "reason", ErrorCode.TOO_LONG);
        }

        @Test
        void only_the_school_cancels_before_the_start() {
            Agreement signed = scene.signed();

            assertThat(Outcome.of(() -> service.cancel(as(Who.RECRUITER), signed.id()))).isEqualTo(Outcome.FORBIDDEN);
            assertThat(service.cancel(as(Who.STAFF_A), signed.id()).status()).isEqualTo(AgreementStatus.CANCELLED);
        }

        @Test
        void a_running_internship_is_interrupted_not_cancelled() {
            Agreement running = scene.inProgress();

            assertRefused(() -> service.cancel(as(Who.STAFF_A), running.id()), "status", ErrorCode.INVALID_STATE);
        }

        @Test
        void an_internship_that_did_not_start_does_not_complete() {
            Agreement signed = scene.signed();

            assertRefused(() -> service.complete(as(Who.STAFF_A), signed.id()), "status", ErrorCode.INVALID_STATE);
        }
    }

    @Nested
    class Amendments {

        /** Two more weeks, to 20 June. */
        private AgreementDrafts.TermsBuilder extended() {
            return terms().dates(START, END.plusWeeks(2));
        }

        @Test
        void the_school_proposes_one_sent_round_the_agreements_circuit_as_its_own_document() {
            Agreement signed = scene.signed();

            Agreement amended = service.proposeAmendment(as(Who.STAFF_A), signed.id(), " Deux semaines de plus ",
                    extended().build());

            Amendment amendment = amended.amendments().get(0);
            ArchivedDocument pdf = scene.archive.find(DocumentKeys.amendment(signed.id(), 1)).orElseThrow();
            assertThat(amendment.number()).isEqualTo(1);
            assertThat(amendment.reason()).isEqualTo("Deux semaines de plus");
            assertThat(amendment.status()).isEqualTo(Amendment.AmendmentStatus.OUT_FOR_SIGNATURE);
            assertThat(amendment.proposedBy()).isEqualTo("staff-a");
            assertThat(amendment.signing().circuit()).isEqualTo(signed.signing().circuit());
            assertThat(amendment.signing().documentSha256()).isEqualTo(pdf.sha256()).isEqualTo(Sha256.of(pdf.content()));
            assertThat(amended.terms()).as("not in force yet").isEqualTo(signed.terms());
            assertThat(scene.agreements.eventTypes()).endsWith(AgreementEvents.AMENDMENT_PROPOSED);
        }

        @Test
        void its_signatures_put_its_terms_in_force() {
            Agreement signed = scene.signed();
            Agreement amended = service.proposeAmendment(as(Who.RECRUITER), signed.id(), "Deux semaines de plus",
                    extended().build());
            String amendmentId = amended.amendments().get(0).id();
            String sha = amended.amendments().get(0).signing().documentSha256();

            for (Map.Entry<String, Who> signer : AgreementScene.DEFAULT_SIGNERS) {
                amended = service.sign(as(signer.getValue()), signed.id(), amendmentId, signer.getKey(), sha);
            }

            assertThat(amended.amendments().get(0).status()).isEqualTo(Amendment.AmendmentStatus.SIGNED);
            assertThat(amended.terms().period().end()).isEqualTo(END.plusWeeks(2));
            assertThat(amended.status()).isEqualTo(AgreementStatus.SIGNED);
            assertThat(amended.signing()).as("the agreement's own signatures are untouched")
                    .isEqualTo(signed.signing());
            assertThat(scene.agreements.eventTypes()).endsWith(AgreementEvents.SIGNATURE_ADDED,
                    AgreementEvents.AMENDMENT_SIGNED);
        }

        @Test
        void its_signatures_follow_the_circuits_order() {
            Agreement amended = service.proposeAmendment(as(Who.STAFF_A), scene.signed().id(), "Plus long",
                    extended().build());
            Amendment amendment = amended.amendments().get(0);

            assertRefused(() -> service.sign(as(Who.SCHOOL_SIGNATORY), amended.id(), amendment.id(),
                    SCHOOL_SIGNATORY, amendment.signing().documentSha256()), "signatoryId", ErrorCode.INVALID_STATE);
        }

        @Test
        void a_withdrawn_amendment_changes_nothing_and_frees_the_way_for_another() {
            Agreement amended = service.proposeAmendment(as(Who.STAFF_A), scene.signed().id(), "Plus long",
                    extended().build());

            Agreement withdrawn = service.withdrawAmendment(as(Who.RECRUITER), amended.id(),
                    amended.amendments().get(0).id());
            Agreement second = service.proposeAmendment(as(Who.STAFF_A), amended.id(), "Autrement",
                    terms().dates(START, END.plusWeeks(1)).build());

            assertThat(withdrawn.amendments()).extracting(Amendment::status)
                    .containsExactly(Amendment.AmendmentStatus.WITHDRAWN);
            assertThat(withdrawn.terms()).isEqualTo(amended.terms());
            assertThat(second.amendments()).extracting(Amendment::number).containsExactly(1, 2);
            assertThat(scene.archive.keys()).contains(DocumentKeys.amendment(amended.id(), 2));
        }

        @Test
        void one_amendment_at_a_time() {
            Agreement amended = service.proposeAmendment(as(Who.STAFF_A), scene.signed().id(), "Plus long",
                    extended().build());

            assertRefused(() -> service.proposeAmendment(as(Who.STAFF_A), amended.id(), "Encore",
                    extended().build()), "amendments", ErrorCode.INVALID_STATE);
        }

        @Test
        void only_a_binding_agreement_is_amended() {
            Agreement draft = scene.draft();

            assertRefused(() -> service.proposeAmendment(as(Who.STAFF_A), draft.id(), "Plus long",
                    extended().build()), "status", ErrorCode.INVALID_STATE);
        }

        @Test
        void its_reason_and_terms_are_checked_and_so_are_the_rules() {
            Agreement signed = scene.signed();

            assertRefused(() -> service.proposeAmendment(as(Who.STAFF_A), signed.id(), " ", extended().build()),
                    "reason", ErrorCode.REQUIRED);
            assertRefused(() -> service.proposeAmendment(as(Who.STAFF_A), signed.id(), "Plus long",
                    extended().workplaces(List.of()).build()), "terms.workplaces", ErrorCode.REQUIRED);
            assertRefused(() -> service.proposeAmendment(as(Who.STAFF_A), signed.id(), "Plus long",
                    extended().dates(START, LocalDate.of(2025, 7, 4)).gratification(null).build()),
                    "terms.gratification", ErrorCode.LEGAL_RULE);
            assertThat(scene.stored(signed).amendments()).isEmpty();
        }

        @Test
        void the_school_or_the_host_propose_and_withdraw() {
            Map<Who, Outcome> expected = allowed(Who.STAFF_A, Who.RECRUITER, Who.PLATFORM_ADMIN);

            assertThat(outcomes((s, actor) -> () -> s.service.proposeAmendment(actor, s.agreements.all().get(0).id(),
                    "Plus long", extended().build()), AgreementScene::signed)).isEqualTo(expected);
            assertThat(outcomes((s, actor) -> () -> s.service.withdrawAmendment(actor, s.agreements.all().get(0).id(),
                    s.agreements.all().get(0).amendments().get(0).id()), s -> s.service.proposeAmendment(
                    s.as(Who.STAFF_A), s.signed().id(), "Plus long", extended().build()))).isEqualTo(expected);
        }
    }

    /**
     * Three agreements: Léa's with company C (school A, from her application), Théo's with company D (school B,
     * other signatories and tutor), and Hugo's (school A) with a host outside the platform; created a minute apart.
     */
    @Nested
    class Visibility {

        private final Learner hugo = scene.seed(AgreementScene.learner("learner-hugo", "hugo", "Hugo", SCHOOL_A,
                LocalDate.of(2004, 2, 2)));
        private final Agreement lea = scene.draft();
        private final Agreement theo;
        private final Agreement hugos;

        Visibility() {
            scene.clock.advance(Duration.ofMinutes(1));
            theo = service.createDirect(as(Who.STAFF_B), scene.theo.id(), COMPANY_D, valid()
                    .companySignatory(new PartyDraft("Jean Roux", "jean.roux@sondusud.example", null))
                    .tutor(new PartyDraft("Lucie Blanc", "lucie.blanc@sondusud.example", null))
                    .schoolSignatory(new PartyDraft("Paul Durand", "direction@ecole-b.example", null)).build());
            scene.clock.advance(Duration.ofMinutes(1));
            hugos = service.createDirect(as(Who.STAFF_A), hugo.id(), null, valid()
                    .host(AgreementDrafts.OUTSIDE_HOST, null)
                    .companySignatory(new PartyDraft("Anne Noir", "anne.noir@son-lumiere.example", null)).build());
        }

        private List<String> listed(Who who) {
            return service.list(as(who), Set.of(), null, FIRST_PAGE).items().stream().map(Agreement::id).toList();
        }

        static Stream<Arguments> readers() {
            return Stream.of(
                    Arguments.of(Who.STAFF_A, "hugo,lea"),
                    Arguments.of(Who.STAFF_B, "theo"),
                    Arguments.of(Who.RECRUITER, "lea"),
                    Arguments.of(Who.OTHER_COMPANY_MEMBER, "theo"),
                    Arguments.of(Who.LEARNER, "lea"),
                    Arguments.of(Who.OTHER_LEARNER, "theo"),
                    Arguments.of(Who.ADVISOR, "hugo,theo,lea"),
                    Arguments.of(Who.PLATFORM_ADMIN, "hugo,theo,lea"),
                    Arguments.of(Who.COMPANY_SIGNATORY, "lea"),
                    Arguments.of(Who.TUTOR, "hugo,lea"),
                    Arguments.of(Who.SCHOOL_SIGNATORY, "hugo,lea"));
        }

        private List<String> ids(String names) {
            Map<String, String> byName = Map.of("lea", lea.id(), "theo", theo.id(), "hugo", hugos.id());
            return Stream.of(names.split(",")).map(byName::get).toList();
        }

        @ParameterizedTest
        @MethodSource("readers")
        void each_reader_lists_exactly_the_agreements_they_are_party_to_newest_first(Who who, String expected) {
            assertThat(listed(who)).containsExactlyElementsOf(ids(expected));
        }

        @ParameterizedTest
        @MethodSource("readers")
        void reading_one_agrees_with_the_list(Who who, String expected) {
            List<String> readable = Stream.of(lea, theo, hugos).map(Agreement::id)
                    .filter(id -> service.find(as(who), id).isPresent()).toList();

            assertThat(readable).containsExactlyInAnyOrderElementsOf(ids(expected));
            assertThat(service.findAll(as(who), List.of(lea.id(), theo.id(), hugos.id(), "agreement-x")))
                    .extracting(Agreement::id).containsExactlyInAnyOrderElementsOf(ids(expected));
        }

        @Test
        void someone_party_to_nothing_lists_nothing() {
            Actor stranger = Actors.learner("nobody");

            assertThat(service.list(stranger, Set.of(), null, FIRST_PAGE).items()).isEmpty();
            assertThat(service.find(stranger, lea.id())).isEmpty();
        }

        @Test
        void a_list_keeps_to_the_statuses_and_the_learner_asked() {
            service.submit(as(Who.STAFF_A), lea.id());

            assertThat(service.list(as(Who.ADVISOR), Set.of(AgreementStatus.UNDER_VALIDATION), null, FIRST_PAGE)
                    .items()).extracting(Agreement::id).containsExactly(lea.id());
            assertThat(service.list(as(Who.STAFF_A), Set.of(), hugo.id(), FIRST_PAGE).items())
                    .extracting(Agreement::id).containsExactly(hugos.id());
            assertThat(service.list(as(Who.STAFF_A), Set.of(), scene.theo.id(), FIRST_PAGE).items()).isEmpty();
        }

        @Test
        void pages_follow_one_another() {
            Page<Agreement> first = service.list(as(Who.ADVISOR), Set.of(), null, Paging.first(2, null));
            Page<Agreement> second = service.list(as(Who.ADVISOR), Set.of(), null,
                    Paging.first(2, first.keys().get(1)));

            assertThat(first.items()).extracting(Agreement::id).containsExactly(hugos.id(), theo.id());
            assertThat(first.hasNextPage()).isTrue();
            assertThat(second.items()).extracting(Agreement::id).containsExactly(lea.id());
            assertThat(second.hasNextPage()).isFalse();
        }
    }

    @Nested
    class Documents {

        private final Agreement out = scene.outForSignature();

        @Test
        void the_agreements_pdf_is_for_its_readers_only() {
            assertThat(whoFinds(scene, actor -> service.document(actor, out.id(), null))).isEqualTo(readersOnly());
        }

        @Test
        void a_scan_is_for_its_readers_only_and_only_when_a_signature_carries_it() {
            service.recordPaperSignature(as(Who.STAFF_A), out.id(), null, LEARNER, SCAN);
            String scanSha = Sha256.of(SCAN);

            assertThat(whoFinds(scene, actor -> service.scan(actor, out.id(), scanSha))).isEqualTo(readersOnly());
            assertThat(service.scan(as(Who.STAFF_A), out.id(), Sha256.of(new byte[]{7}))).isEmpty();
        }

        @Test
        void an_amendments_pdf_is_for_its_readers_only() {
            Agreement signed = signUpTo(out, SCHOOL_SIGNATORY);
            service.proposeAmendment(as(Who.STAFF_A), signed.id(), "Plus long",
                    terms().dates(START, END.plusWeeks(1)).build());

            assertThat(whoFinds(scene, actor -> service.amendmentDocument(actor, signed.id(), 1))).isEqualTo(readersOnly());
            assertThat(service.amendmentDocument(as(Who.STAFF_A), signed.id(), 2)).isEmpty();
            assertThat(service.amendmentDocument(as(Who.STAFF_A), signed.id(), 0)).isEmpty();
        }

        @Test
        void nothing_is_served_before_it_is_sent() {
            Learner hugo = scene.seed(AgreementScene.learner("learner-hugo", "hugo", "Hugo", SCHOOL_A,
                    LocalDate.of(2004, 2, 2)));
            Agreement draft = service.createDirect(as(Who.STAFF_A), hugo.id(), COMPANY_D, valid().build());

            assertThat(service.document(as(Who.STAFF_A), draft.id(), null)).isEmpty();
        }

        @Test
        void the_school_acts_for_the_school() {
            assertThat(Stream.of(Who.values()).filter(who -> service.actsForSchool(as(who), out)))
                    .containsExactlyInAnyOrder(Who.STAFF_A, Who.PLATFORM_ADMIN);
        }
    }
}
