package fr.passerelle.enrollment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.agreement.model.ArchivedDocument;
import fr.passerelle.agreement.model.Sha256;
import fr.passerelle.agreement.model.SignatureMethod;
import fr.passerelle.agreement.model.Signatory;
import fr.passerelle.agreement.model.SignatoryRole;
import fr.passerelle.catalog.model.Programme;
import fr.passerelle.catalog.model.ProgrammeDetails;
import fr.passerelle.catalog.model.ProgrammePrice;
import fr.passerelle.catalog.model.PriceBasis;
import fr.passerelle.catalog.model.Session;
import fr.passerelle.catalog.model.SessionDetails;
import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.ContactDetails;
import fr.passerelle.crm.model.ContactSituation;
import fr.passerelle.crm.model.ContactSource;
import fr.passerelle.enrollment.model.Applicant;
import fr.passerelle.enrollment.model.ContractKind;
import fr.passerelle.enrollment.model.ContractParty;
import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentEvents;
import fr.passerelle.enrollment.model.EnrollmentState;
import fr.passerelle.enrollment.model.FundingSource;
import fr.passerelle.enrollment.model.InstalmentOption;
import fr.passerelle.enrollment.model.TrainingContract;
import fr.passerelle.enrollment.port.in.ContractSending;
import fr.passerelle.enrollment.port.out.ContractDocuments;
import fr.passerelle.enrollment.port.out.Enrollments;
import fr.passerelle.enrollment.port.out.FundingProgress.FundingStatus;
import fr.passerelle.enrollment.port.out.TrainingContracts;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.notification.model.Notice;
import fr.passerelle.notification.service.NoticeDelivery;
import fr.passerelle.school.model.PartnershipTier;
import fr.passerelle.school.model.School;
import fr.passerelle.school.model.SchoolKind;
import fr.passerelle.school.model.SchoolProfile;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.model.DateRange;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryContacts;
import fr.passerelle.testing.InMemoryDocumentArchive;
import fr.passerelle.testing.InMemoryEnrollments;
import fr.passerelle.testing.InMemoryMemberships;
import fr.passerelle.testing.InMemoryProgrammes;
import fr.passerelle.testing.InMemorySchools;
import fr.passerelle.testing.InMemorySessions;
import fr.passerelle.testing.InMemoryStore;
import fr.passerelle.testing.MutableClock;
import fr.passerelle.testing.RecordingSignatureProvider;
import fr.passerelle.testing.Violations;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Sending and signing a training contract with the dossier and funding gates as fakes: what a send requires, the
 * circuit's order, the withdrawal period started by the last signature, re-sends as new versions, who may do what.
 */
class TrainingContractServiceTest {

    private static final String SCHOOL = "school-b";
    private static final String ENROLLMENT = "enrollment-1";
    private static final LocalDate SIGNED_ON = LocalDate.of(2026, 6, 5);

    private final MutableClock clock = new MutableClock();
    private final InMemoryMemberships memberships = new InMemoryMemberships();
    private final InMemoryEnrollments enrollments = new InMemoryEnrollments();
    private final InMemoryContracts contracts = new InMemoryContracts();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final InMemoryDocumentArchive archive = new InMemoryDocumentArchive();
    private final RecordingSignatureProvider signatures = new RecordingSignatureProvider(clock);
    private boolean dossierComplete = true;
    private FundingStatus funding = funding(true, false, Set.of(FundingSource.LEARNER));
    private final TrainingContractService service;

    private final Actor admin = Actors.member(memberships, "bruno", Tenant.school(SCHOOL), MembershipRole.SCHOOL_ADMIN);
    private final Actor admissions = Actors.member(memberships, "alice", Tenant.school(SCHOOL),
            MembershipRole.ADMISSIONS);
    private final Actor otherSchool = Actors.member(memberships, "oscar", Tenant.school("school-a"),
            MembershipRole.SCHOOL_ADMIN);
    private final Actor learner = Actors.learner("lea");

    TrainingContractServiceTest() {
        InMemorySchools schools = new InMemorySchools();
        schools.seed(new School(SCHOOL, new SchoolProfile("MécaFormation Lyon", SchoolKind.SOUND, null, null, null,
                null), PartnershipTier.CERTIFIED, List.of(), "seed", Fixtures.NOW, Fixtures.NOW, 0));
        InMemoryProgrammes programmes = new InMemoryProgrammes();
        programmes.seed(Programme.draft("programme-1", SCHOOL, new ProgrammeDetails("Coaching premier garage", null,
                null, null, "Ouvrir son garage", null, null, 35, null,
                new ProgrammePrice(Money.euros(890), PriceBasis.PER_LEARNER, null), null, null, null, null, null),
                "seed", Fixtures.NOW));
        InMemorySessions sessions = new InMemorySessions();
        sessions.seed(Session.plan("session-1", SCHOOL, "programme-1", new SessionDetails(new DateRange(
                LocalDate.of(2026, 9, 7), LocalDate.of(2026, 10, 2)), List.of(), null, true, 12, List.of(), null),
                "seed", Fixtures.NOW));
        contacts.seed(Contact.create("contact-1", SCHOOL, new ContactDetails("Léa", "Martin",
                Actors.emailOf("lea"), null, null, null, ContactSituation.FIRST_ARRIVAL, ContactSource.SEO, null,
                null), Set.of(), null, Set.of(), "seed", Fixtures.NOW));
        enrollments.seed(enrollment(EnrollmentState.FUNDING_PENDING, true, false));
        service = new TrainingContractService(enrollments, contracts, e -> dossierComplete, e -> funding,
                new ContractParticularsSources(schools, programmes, sessions, contacts, memberships),
                new FakeDocuments(), archive, signatures, new EventFactory(Fixtures.countingIds("event"), clock),
                clock);
        clock.setTo(SIGNED_ON);
    }

    @Nested
    class Sending {

        @Test
        void makesTheFirstVersionKeepsItsPdfAndRecordsTheEventTheEnrollmentFollows() {
            TrainingContract sent = service.send(admissions, ENROLLMENT, sending(organisation()));

            assertThat(sent.kind()).isEqualTo(ContractKind.INDIVIDUAL);
            assertThat(sent.signing().documentVersion()).isEqualTo(1);
            assertThat(sent.particulars().programmeTitle()).isEqualTo("Coaching premier garage");
            assertThat(sent.particulars().price()).isEqualTo(Money.euros(890));
            assertThat(sent.particulars().learnerName()).isEqualTo("Léa Martin");
            ArchivedDocument pdf = archive.find(TrainingContractService.versionKey(ENROLLMENT, 1)).orElseThrow();
            assertThat(pdf.sha256()).isEqualTo(sent.signing().documentSha256());
            DomainEvent event = contracts.events().get(0);
            assertThat(event.type()).isEqualTo(EnrollmentEvents.CONTRACT_SENT);
            assertThat(event.attributes()).containsEntry(EnrollmentEvents.SCHOOL_ID, SCHOOL)
                    .containsEntry(EnrollmentEvents.ENROLLMENT_ID, ENROLLMENT);
            assertThat(service.of(enrollments.findById(ENROLLMENT).orElseThrow())).hasValueSatisfying(status -> {
                assertThat(status.sentAt()).isEqualTo(clock.instant());
                assertThat(status.signed()).isFalse();
            });
        }

        @Test
        void aContractWithNothingToFundGoesFromDossierComplete() {
            enrollments.seed(enrollment(EnrollmentState.DOSSIER_COMPLETE, true, false));

            assertThat(service.send(admin, ENROLLMENT, sending(null)).signing().out()).isTrue();
        }

        @Test
        void isRefusedWithEveryReasonWhileTheGatesAreClosed() {
            enrollments.seed(enrollment(EnrollmentState.DOSSIER_INCOMPLETE, false, false));
            dossierComplete = false;
            funding = funding(false, false, Set.of(FundingSource.TRAINING_ACCOUNT, FundingSource.LEARNER));

            assertThat(Violations.pathsAndCodesThrownBy(() -> service.send(admin, ENROLLMENT, sending(null))))
                    .containsExactly("state INVALID_STATE", "seated INVALID_STATE", "dossier INVALID_STATE",
                            "funding INVALID_STATE");
            assertThat(contracts.size()).isZero();
        }

        @Test
        void aRefusedFundingLineKeepsItClosed() {
            funding = new FundingStatus(true, true, true, true, Set.of(FundingSource.OPCO), false, Money.euros(0),
                    InstalmentOption.AT_ONCE);

            assertThat(Violations.pathsAndCodesThrownBy(() -> service.send(admin, ENROLLMENT, sending(null))))
                    .containsExactly("funding INVALID_STATE");
        }

        @Test
        void checksTheEnrollmentsVersionAsAUserError() {
            assertThat(Violations.pathsAndCodesThrownBy(() -> service.send(admin, ENROLLMENT, new ContractSending(7L,
                    null, null, null, null, null, null)))).containsExactly("expectedVersion STALE_VERSION");
        }

        @Test
        void aRetriedSendWithTheSameParticularsAnswersTheContractOut() {
            TrainingContract first = service.send(admin, ENROLLMENT, sending(null));
            followed();
            service.sign(learner, ENROLLMENT, "learner", first.signing().documentSha256());

            TrainingContract again = service.send(admin, ENROLLMENT, sending(null));

            assertThat(again.signing().documentVersion()).isEqualTo(1);
            assertThat(again.signing().currentSignatures()).as("the learner's signature stands").hasSize(1);
            assertThat(contracts.eventTypes()).containsExactly(EnrollmentEvents.CONTRACT_SENT,
                    EnrollmentEvents.CONTRACT_SIGNATURE_ADDED);
        }

        @Test
        void admissionsNameTheSchoolAdminWhoSigns() {
            assertThat(Violations.pathsAndCodesThrownBy(() -> service.send(admissions, ENROLLMENT, sending(null))))
                    .containsExactly("organisationSignatory REQUIRED");
            assertThat(Violations.pathsAndCodesThrownBy(() -> service.send(admissions, ENROLLMENT, sending(
                    new ContractSending.Person("Alice", Actors.emailOf("alice").value())))))
                    .containsExactly("organisationSignatory.email INVALID");
        }

        @Test
        void aCompanyConventionNeedsTheCompanyAndItsRepresentative() {
            funding = funding(true, true, Set.of(FundingSource.EMPLOYER));

            assertThat(Violations.pathsAndCodesThrownBy(() -> service.send(admin, ENROLLMENT, sending(null))))
                    .containsExactly("companyName REQUIRED", "companySignatory REQUIRED");
        }

        @Test
        void aMinorsLegalRepresentativeSignsForThem() {
            enrollments.seed(enrollment(EnrollmentState.FUNDING_PENDING, true, true));

            TrainingContract sent = service.send(admin, ENROLLMENT, new ContractSending(null, null, null,
                    new ContractSending.Person("Paul Martin", "paul.martin@mail.test"), null, null, null));

            Signatory first = sent.signing().circuit().steps().get(0).signatories().get(0);
            assertThat(first.role()).isEqualTo(SignatoryRole.LEGAL_REPRESENTATIVE);
            assertThat(first.name()).isEqualTo("Paul Martin");
            assertThat(first.subject()).isNull();
        }

        @Test
        void aReSendIsANewVersionAndKeepsTheEarlierPdf() {
            service.send(admin, ENROLLMENT, sending(null));
            followed();
            service.sign(learner, ENROLLMENT, "learner", contract().signing().documentSha256());

            TrainingContract again = service.send(admin, ENROLLMENT, new ContractSending(null, null, null, null,
                    null, null, "Formateurs titulaires du CAP et de dix ans de métier"));

            assertThat(again.signing().documentVersion()).isEqualTo(2);
            assertThat(again.signing().currentSignatures()).as("the learner signs the new version again").isEmpty();
            assertThat(again.signing().signatures()).hasSize(1);
            assertThat(archive.find(TrainingContractService.versionKey(ENROLLMENT, 1))).isPresent();
            assertThat(archive.find(TrainingContractService.versionKey(ENROLLMENT, 2))).isPresent();
            assertThat(service.document(learner, ENROLLMENT, 1).orElseThrow().sha256())
                    .isNotEqualTo(again.signing().documentSha256());
        }

        @Test
        void anotherSchoolAndTheLearnerCannot() {
            assertThatThrownBy(() -> service.send(otherSchool, ENROLLMENT, sending(null)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> service.send(learner, ENROLLMENT, sending(null)))
                    .isInstanceOf(ForbiddenException.class);
        }
    }

    @Nested
    class Signing {

        @Test
        void theLearnerThenTheOrganisationAndTheLastSignatureStartsTheWithdrawalPeriod() {
            service.send(admin, ENROLLMENT, sending(null));
            followed();
            String sha = contract().signing().documentSha256();

            assertThat(Violations.pathsAndCodesThrownBy(() -> service.sign(admin, ENROLLMENT, "organisation", sha)))
                    .as("the organisation signs after the learner").containsExactly("signatoryId INVALID_STATE");
            TrainingContract byLearner = service.sign(learner, ENROLLMENT, "learner", sha);
            assertThat(byLearner.signed()).isFalse();
            assertThat(contracts.events().get(1).type()).isEqualTo(EnrollmentEvents.CONTRACT_SIGNATURE_ADDED);

            TrainingContract signed = service.sign(admin, ENROLLMENT, "organisation", sha);

            assertThat(signed.signedAt()).isEqualTo(clock.instant());
            assertThat(signed.withdrawalEndsOn()).isEqualTo(SIGNED_ON.plusDays(14));
            assertThat(contracts.events().get(2).type()).isEqualTo(EnrollmentEvents.CONTRACT_SIGNED);
            assertThat(signed.signing().signatures()).extracting(s -> s.signedBy() + " " + s.method())
                    .containsExactly("lea ELECTRONIC", "bruno ELECTRONIC");
            assertThat(service.document(learner, ENROLLMENT, null).orElseThrow().key())
                    .isEqualTo(TrainingContractService.originalKey(ENROLLMENT, 1));
            assertThat(service.of(enrollments.findById(ENROLLMENT).orElseThrow()).orElseThrow().withdrawalEndsOn())
                    .isEqualTo(SIGNED_ON.plusDays(14));
        }

        @Test
        void theSchoolOrdersTheCircuit() {
            service.send(admin, ENROLLMENT, new ContractSending(null, List.of(List.of(ContractParty.ORGANISATION),
                    List.of(ContractParty.LEARNER)), null, null, null, null, null));
            followed();
            String sha = contract().signing().documentVersion() == 1 ? contract().signing().documentSha256() : null;

            assertThat(Violations.pathsAndCodesThrownBy(() -> service.sign(learner, ENROLLMENT, "learner", sha)))
                    .containsExactly("signatoryId INVALID_STATE");
            service.sign(admin, ENROLLMENT, "organisation", sha);
            assertThat(service.sign(learner, ENROLLMENT, "learner", sha).signed()).isTrue();
        }

        @Test
        void aCircuitMustNameEachPartyOnce() {
            assertThat(Violations.pathsAndCodesThrownBy(() -> service.send(admin, ENROLLMENT, new ContractSending(
                    null, List.of(List.of(ContractParty.LEARNER), List.of(ContractParty.LEARNER)), null, null, null,
                    null, null)))).containsExactly("circuit INVALID");
        }

        @Test
        void theCompanysRepresentativeSignsByTheirVerifiedEmailAndAConventionHasNoWithdrawalPeriod() {
            funding = funding(true, true, Set.of(FundingSource.EMPLOYER));
            service.send(admin, ENROLLMENT, new ContractSending(null, null, null, null,
                    new ContractSending.Person("Gérard Garage", "gerard@garage.test"), "Garage du Rhône", null));
            followed();
            String sha = contract().signing().documentSha256();
            Actor gerard = new Actor("gerard-sub", "Gérard Garage", EmailAddress.of("gerard@garage.test"), Set.of(),
                    List.of());

            assertThat(service.find(gerard, ENROLLMENT)).as("a signatory reads the contract they sign").isPresent();
            service.sign(learner, ENROLLMENT, "learner", sha);
            assertThatThrownBy(() -> service.sign(learner, ENROLLMENT, "company", sha))
                    .isInstanceOf(ForbiddenException.class);
            service.sign(gerard, ENROLLMENT, "company", sha);
            TrainingContract signed = service.sign(admin, ENROLLMENT, "organisation", sha);

            assertThat(signed.kind()).isEqualTo(ContractKind.COMPANY);
            assertThat(signed.withdrawalEndsOn()).as("no withdrawal right").isNull();
        }

        @Test
        void twoPartiesSigningAtOnceAreBothKept() {
            service.send(admin, ENROLLMENT, new ContractSending(null, List.of(List.of(ContractParty.LEARNER,
                    ContractParty.ORGANISATION)), null, null, null, null, null));
            followed();
            String sha = contract().signing().documentSha256();
            contracts.beforeNextUpdate = () -> {
                TrainingContract before = contract();
                TrainingContract byOrganisation = before.signedBy("organisation",
                        SignatureMethod.ELECTRONIC, "bruno", "bruno", sha,
                        clock.instant(), SIGNED_ON);
                contracts.update(byOrganisation, new EventFactory(Fixtures.countingIds("race"), clock).changed(
                        EnrollmentEvents.CONTRACT_SIGNATURE_ADDED, Initiator.system(), before, byOrganisation,
                        Map.of()));
            };

            TrainingContract signed = service.sign(learner, ENROLLMENT, "learner", sha);

            assertThat(signed.signed()).isTrue();
            assertThat(signed.signing().signatures()).extracting(s -> s.signedBy())
                    .containsExactlyInAnyOrder("bruno", "lea");
            assertThat(contracts.eventTypes()).last().isEqualTo(EnrollmentEvents.CONTRACT_SIGNED);
        }

        @Test
        void isRefusedUnlessTheEnrollmentAwaitsTheSignatures() {
            service.send(admin, ENROLLMENT, sending(null));
            String sha = contract().signing().documentSha256();
            enrollments.seed(enrollment(EnrollmentState.CANCELLED, true, false));

            assertThat(Violations.pathsAndCodesThrownBy(() -> service.sign(learner, ENROLLMENT, "learner", sha)))
                    .containsExactly("state INVALID_STATE");
            assertThat(contract().signing().currentSignatures()).isEmpty();
            assertThat(signatures.requests()).isEmpty();
        }

        @Test
        void aCancelledEnrollmentsUnsignedContractIsRecalledAndNoLongerSigns() {
            service.send(admin, ENROLLMENT, sending(null));
            followed();
            String sha = contract().signing().documentSha256();
            service.sign(learner, ENROLLMENT, "learner", sha);
            ContractRecalls recalls = new ContractRecalls(contracts, new EventFactory(Fixtures.countingIds("recall"),
                    clock), clock);
            DomainEvent cancelled = new EventFactory(Fixtures.countingIds("cancel"), clock).created(
                    EnrollmentEvents.ENROLLMENT_CANCELLED, Initiator.system(),
                    enrollments.findById(ENROLLMENT).orElseThrow(), Map.of());

            assertThat(recalls.accepts(cancelled)).isTrue();
            recalls.on(cancelled);
            recalls.on(cancelled);

            assertThat(contract().signing().out()).isFalse();
            assertThat(contract().signing().signatures()).as("the learner's signature stays on record").hasSize(1);
            assertThat(contracts.events()).extracting(DomainEvent::type).containsOnlyOnce(
                    EnrollmentEvents.CONTRACT_RECALLED);
            assertThatThrownBy(() -> service.sign(admin, ENROLLMENT, "organisation", sha))
                    .as("its link no longer signs, whatever the enrollment says")
                    .isInstanceOf(BusinessRuleViolation.class);
        }

        @Test
        void aStaleHashIsRefusedAndAnotherSchoolSeesNothing() {
            service.send(admin, ENROLLMENT, sending(null));
            followed();

            assertThat(Violations.pathsAndCodesThrownBy(() -> service.sign(learner, ENROLLMENT, "learner",
                    Sha256.of(new byte[]{1})))).containsExactly("documentSha256 INVALID_STATE");
            assertThatThrownBy(() -> service.sign(otherSchool, ENROLLMENT, "organisation",
                    contract().signing().documentSha256())).isInstanceOf(NotFoundException.class);
            assertThat(service.find(otherSchool, ENROLLMENT)).isEmpty();
            assertThat(service.document(otherSchool, ENROLLMENT, null)).isEmpty();
            assertThat(service.findForEnrollments(otherSchool, List.of(ENROLLMENT))).isEmpty();
            assertThat(service.findForEnrollments(learner, List.of(ENROLLMENT))).containsKey(ENROLLMENT);
        }
    }

    @Nested
    class Notices {

        private final List<String> told = new ArrayList<>();
        private final ContractNotices notices = new ContractNotices(contracts, memberships, new NoticeDelivery() {
            @Override
            public void toPeople(String cause, Notice notice, Collection<String> subjects) {
                subjects.forEach(subject -> told.add(notice.kind() + " " + subject));
            }

            @Override
            public void toAddress(String cause, Notice notice, EmailAddress address) {
                told.add(notice.kind() + " " + address.value() + " " + notice.parameters().get("url"));
            }
        }, (enrollmentId, version) -> "https://app.test/" + enrollmentId + "/v" + version);

        @Test
        void eachSignatoryIsToldWhenTheirStepComesAndAdmissionsWhenEveryoneSigned() {
            funding = funding(true, true, Set.of(FundingSource.EMPLOYER));
            service.send(admin, ENROLLMENT, new ContractSending(null, null, null, null,
                    new ContractSending.Person("Gérard Garage", "gerard@garage.test"), "Garage du Rhône", null));
            followed();
            String sha = contract().signing().documentSha256();
            Actor gerard = new Actor("gerard-sub", "Gérard Garage", EmailAddress.of("gerard@garage.test"), Set.of(),
                    List.of());

            notices.on(contracts.events().get(0));
            assertThat(told).containsExactly("TRAINING_CONTRACT_TO_SIGN lea");
            service.sign(learner, ENROLLMENT, "learner", sha);
            notices.on(contracts.events().get(1));
            assertThat(told).as("the company's representative, by e-mail, with the version to sign").last()
                    .isEqualTo("TRAINING_CONTRACT_TO_SIGN gerard@garage.test https://app.test/" + ENROLLMENT + "/v1");
            service.sign(gerard, ENROLLMENT, "company", sha);
            notices.on(contracts.events().get(2));
            assertThat(told).last().isEqualTo("TRAINING_CONTRACT_TO_SIGN bruno");
            service.sign(admin, ENROLLMENT, "organisation", sha);
            told.clear();
            notices.on(contracts.events().get(3));

            assertThat(told).as("the school's admissions and admins, not another school's")
                    .containsExactlyInAnyOrder("TRAINING_CONTRACT_SIGNED alice", "TRAINING_CONTRACT_SIGNED bruno");
        }

        @Test
        void aNoticeDeliveredLateTellsNobodyWhoSignedMeanwhile() {
            service.send(admin, ENROLLMENT, sending(null));
            followed();
            service.sign(learner, ENROLLMENT, "learner", contract().signing().documentSha256());

            notices.on(contracts.events().get(0));

            assertThat(told).isEmpty();
        }
    }

    /** Where the enrollment goes on {@code trainingContract.sent} (the core's advancer, not wired here). */
    private void followed() {
        enrollments.seed(enrollment(EnrollmentState.CONTRACT_SENT, true, false));
    }

    private TrainingContract contract() {
        return contracts.findById(ENROLLMENT).orElseThrow();
    }

    private static ContractSending sending(ContractSending.Person organisation) {
        return new ContractSending(null, null, organisation, null, null, null, null);
    }

    private static ContractSending.Person organisation() {
        return new ContractSending.Person("Bruno Méca", Actors.emailOf("bruno").value());
    }

    private static FundingStatus funding(boolean secured, boolean company, Set<FundingSource> sources) {
        return new FundingStatus(true, !sources.equals(Set.of(FundingSource.LEARNER)), secured, false, sources,
                company, Money.euros(890), InstalmentOption.THREE);
    }

    private static Enrollment enrollment(EnrollmentState state, boolean seated, boolean minor) {
        return new Enrollment(ENROLLMENT, SCHOOL, "programme-1", "session-1", "contact-1", "lea", null,
                new Applicant(ContactSituation.FIRST_ARRIVAL, minor), seated, state, null, null, List.of(), "alice",
                Fixtures.NOW, Fixtures.NOW, 0);
    }

    /** PDFs whose bytes follow the contract's content, as the real renderer's do. */
    private static final class FakeDocuments implements ContractDocuments {

        @Override
        public byte[] contract(TrainingContract contract) {
            return ("contract " + contract.id() + " v" + contract.nextVersion() + " " + contract.particulars()
                    + contract.signing().circuit()).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public byte[] signedOriginal(TrainingContract contract, byte[] signedPdf) {
            return ("sealed " + new String(signedPdf, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
    }

    private static final class InMemoryContracts extends InMemoryStore<TrainingContract>
            implements TrainingContracts {

        InMemoryContracts() {
            super("id", TrainingContract::id, (c, version) -> new TrainingContract(c.id(), c.schoolId(),
                    c.enrollmentId(), c.kind(), c.particulars(), c.signing(), c.sentAt(), c.signedAt(),
                    c.withdrawalEndsOn(), c.createdBy(), c.createdAt(), c.updatedAt(), version));
        }

        /** Another writer's change, stored just before the next update (a race lost). */
        Runnable beforeNextUpdate;

        @Override
        public TrainingContract update(TrainingContract contract, DomainEvent event) {
            Runnable race = beforeNextUpdate;
            beforeNextUpdate = null;
            if (race != null) {
                race.run();
            }
            return super.update(contract, event);
        }
    }
}
