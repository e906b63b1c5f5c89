package fr.passerelle.agreement.persistence;

import static fr.passerelle.agreement.persistence.AgreementData.agreement;
import static fr.passerelle.agreement.persistence.AgreementData.fullAgreement;
import static fr.passerelle.persistence.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.agreement.model.Agreement;
import fr.passerelle.agreement.model.AgreementScope;
import fr.passerelle.agreement.model.AgreementScope.Visibility;
import fr.passerelle.agreement.model.AgreementStatus;
import fr.passerelle.agreement.model.AgreementTerms;
import fr.passerelle.agreement.model.Amendment;
import fr.passerelle.agreement.port.out.Agreements;
import fr.passerelle.agreement.rules.InternshipPeriod;
import fr.passerelle.persistence.Fixtures;
import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.paging.Keyset;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.persistence.EventDocument;
import fr.passerelle.testing.KeysetPages;
import fr.passerelle.testing.TestDatabase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What {@link Agreements} promises. */
abstract class AgreementsContract extends StoreContract {

    static final String COLLECTION = "agreements";
    private static final AgreementScope EVERYTHING = new AgreementScope(Set.of(), null, null);
    private static final AgreementStatus[] STATUSES = AgreementStatus.values();

    @Autowired
    private Agreements agreements;

    // ---------------------------------------------------------------- round trips

    @Test
    void agreementWithEveryFieldIsReadBackExactly() {
        Agreement agreement = fullAgreement("agreement-1");

        Agreement inserted = agreements.insert(agreement, Fixtures.event());

        assertThat(inserted).isEqualTo(agreement);
        assertThat(agreements.findById("agreement-1")).contains(agreement);
        assertThat(agreements.findAllById(List.of("agreement-1", "unknown"))).containsExactly(agreement);
        assertThat(inserted.signing().complete()).isTrue();
        assertThat(inserted.signing().signatures()).hasSize(5);
        assertThat(inserted.terms().period().schedule().weeks()).hasSize(2);
    }

    @Test
    void minimalAgreementIsReadBackWithTheSameNullsAndEmptyLists() {
        Agreement agreement = agreement("agreement-1").application(null).subject(null).company(null).tutorEmail(null)
                .build();

        Agreement inserted = agreements.insert(agreement, Fixtures.event());

        assertThat(inserted).isEqualTo(agreement);
        assertThat(agreements.findById("agreement-1")).contains(agreement);
        Document stored = TestDatabase.raw(mongo, COLLECTION, "agreement-1");
        assertThat(stored).doesNotContainKeys("applicationId", "learnerSubject", "companyId", "interruption",
                "interruptionInitiative", "tutorEmail");
        assertThat(stored.get("terms", Document.class)).doesNotContainKey("gratification");
        assertThat(stored.getList("amendments", Object.class)).isEmpty();
    }

    @Test
    void storedDocumentHoldsTheQueryFieldsAndTheSealedTypesByNameButNoDerivedValue() {
        DomainEvent event = Fixtures.event();

        agreements.insert(fullAgreement("agreement-1"), event);

        Document stored = TestDatabase.raw(mongo, COLLECTION, "agreement-1");
        assertThat(stored.getList("signatoryEmails", String.class)).containsExactly(
                "amendment.tutor@atelier.example", "claire@atelier.example", "direction@lycee.example",
                "lea.martin@example.fr", "paul.girard@atelier.example", "sophie.martin@example.fr");
        assertThat(stored.getString("tutorEmail")).isEqualTo("marc.petit@atelier.example");
        assertThat(stored.get("createdAt")).isInstanceOf(java.util.Date.class);
        Document period = stored.get("terms", Document.class).get("period", Document.class);
        assertThat(period).containsEntry("start", "2026-04-06").containsEntry("end", "2026-06-26")
                .containsOnlyKeys("start", "end", "schedule", "country", "exceptions", "presenceOnHolidays",
                        "hostDaysOff");
        assertThat(period.getList("exceptions", Document.class))
                .extracting(e -> e.get("type"), e -> e.get("absenceKind")).containsExactly(tuple("ABSENCE", "LEAVE"),
                        tuple("EXTRA_PRESENCE", null),
                        tuple("ABSENCE", "OTHER"));
        Document weekB = period.get("schedule", Document.class).getList("weeks", Document.class).get(1);
        assertThat(weekB.get("minutesByDay", Document.class)).containsEntry("WEDNESDAY", 210)
                .containsEntry("SATURDAY", 240).doesNotContainKey("FRIDAY");
        assertThat(stored.get("terms", Document.class).get("gratification", Document.class))
                .containsEntry("basis", "HOURLY")
                .containsEntry("amount", new Document("amountInMinorUnits", 435L).append("currency", "EUR"));
        assertThat(stored.get("signing", Document.class))
                .containsOnlyKeys("circuit", "documentVersion", "documentSha256", "signatures", "out");
        assertThat(stored).containsEntry("interruptionInitiative", "HOST");
        assertThat(stored).doesNotContainKeys("_class");
        assertThat(TestDatabase.outbox(mongo, COLLECTION, "agreement-1")).extracting(EventDocument::id)
                .containsExactly(event.id());
    }

    /** Agreements interrupted before the initiative was recorded have no such field: it reads as not stated. */
    @Test
    void anInterruptionStoredWithoutItsInitiativeReadsAsNotStated() {
        Agreement full = agreements.insert(fullAgreement("agreement-1"), Fixtures.event());
        mongo.getCollection(COLLECTION).updateOne(new Document("_id", "agreement-1"),
                new Document("$unset", new Document("interruptionInitiative", "")));

        Agreement read = agreements.findById("agreement-1").orElseThrow();

        assertThat(read.interruptionInitiative()).isNull();
        assertThat(read.interruption()).isEqualTo(full.interruption());
        assertThat(read.status()).isEqualTo(AgreementStatus.INTERRUPTED);
    }

    // ---------------------------------------------------------------- optimistic locking and uniqueness

    @Test
    void updateBasedOnTheStoredVersionStoresTheChangeWithItsEventAndIncrementsTheVersion() {
        Agreement inserted = agreements.insert(agreement("agreement-1").build(), Fixtures.event());
        DomainEvent submitted = Fixtures.event();

        Agreement updated = agreements.update(inserted.submittedForValidation(T0.plusSeconds(60)), submitted);
        Agreement cancelled = agreements.update(updated.cancelled(T0.plusSeconds(120)), Fixtures.event());

        assertThat(updated.version()).isEqualTo(1);
        assertThat(cancelled.version()).isEqualTo(2);
        assertThat(cancelled.status()).isEqualTo(AgreementStatus.CANCELLED);
        assertThat(agreements.findById("agreement-1")).contains(cancelled);
        assertThat(TestDatabase.outbox(mongo, COLLECTION, "agreement-1")).hasSize(3)
                .extracting(EventDocument::id).contains(submitted.id());
    }

    @Test
    void updateBasedOnAStaleVersionIsAConcurrentUpdateAndChangesNothing() {
        Agreement inserted = agreements.insert(agreement("agreement-1").build(), Fixtures.event());
        Agreement winner = agreements.update(inserted.submittedForValidation(T0.plusSeconds(60)), Fixtures.event());

        assertThatThrownBy(() -> agreements.update(inserted.cancelled(T0.plusSeconds(61)), Fixtures.event()))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(agreements.findById("agreement-1")).contains(winner);
        assertThat(TestDatabase.outbox(mongo, COLLECTION, "agreement-1")).hasSize(2);
    }

    @Test
    void updateNeverCreatesAnAgreementThatIsNotStored() {
        assertThatThrownBy(() -> agreements.update(agreement("agreement-1").build(), Fixtures.event()))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(agreements.findById("agreement-1")).isEmpty();
    }

    @Test
    void secondAgreementWithTheSameIdIsADuplicateApplicationAndIsNotStored() {
        Agreement first = agreements.insert(agreement("agreement-1").build(), Fixtures.event());

        assertThatThrownBy(() -> agreements.insert(agreement("agreement-1").learner("learner-2").build(),
                Fixtures.event()))
                .isInstanceOfSatisfying(DuplicateKeyException.class,
                        e -> assertThat(e.key()).isEqualTo("applicationId"));
        assertThat(agreements.findById("agreement-1")).contains(first);
        assertThat(TestDatabase.outbox(mongo, COLLECTION, "agreement-1")).hasSize(1);
    }

    // ---------------------------------------------------------------- lists

    @Test
    void scopeWithoutRestrictionListsEveryAgreement() {
        List<Agreement> all = insertRoster();

        assertThat(searchIds(EVERYTHING)).containsExactlyInAnyOrderElementsOf(ids(all));
    }

    @Test
    void statusesAndLearnerRestrictTheListAndCombine() {
        List<Agreement> all = insertRoster();
        Set<AgreementStatus> live = Set.of(AgreementStatus.SIGNED, AgreementStatus.IN_PROGRESS);

        assertScope(all, new AgreementScope(live, null, null), a -> live.contains(a.status()));
        assertScope(all, new AgreementScope(Set.of(), "learner-2", null), a -> a.learnerId().equals("learner-2"));
        assertScope(all, new AgreementScope(Set.of(AgreementStatus.DRAFT, AgreementStatus.CANCELLED), "learner-0",
                null), a -> a.learnerId().equals("learner-0") && (a.status() == AgreementStatus.DRAFT
                || a.status() == AgreementStatus.CANCELLED));
    }

    @Test
    void theInternSeesTheirOwnAgreements() {
        List<Agreement> all = insertRoster();

        assertScope(all, visibleTo("sub-learner-1", null, Set.of(), Set.of()),
                a -> "sub-learner-1".equals(a.learnerSubject()));
    }

    @Test
    void schoolAndCompanyStaffSeeTheirOrganisationsAgreements() {
        List<Agreement> all = insertRoster();

        assertScope(all, visibleTo("sub-staff", null, Set.of("school-b"), Set.of()),
                a -> a.schoolId().equals("school-b"));
        assertScope(all, visibleTo("sub-staff", null, Set.of(), Set.of("company-x")),
                a -> "company-x".equals(a.companyId()));
        assertScope(all, visibleTo("sub-staff", null, Set.of("school-a", "school-c"), Set.of("company-y")),
                a -> a.schoolId().equals("school-a") || "company-y".equals(a.companyId()));
    }

    @Test
    void aSignatoryOrDelegateSeesTheAgreementsNamingTheirEmailInAnyCaseAndAnyCircuit() {
        List<Agreement> all = insertRoster();

        for (String email : List.of("SIGNER-2@example.FR", "delegate-1@example.fr", "amendment-3@example.fr")) {
            String expected = email.toLowerCase(Locale.ROOT);
            assertScope(all, visibleTo("sub-nobody", email, Set.of(), Set.of()),
                    a -> signatoryEmails(a).contains(expected));
        }
    }

    @Test
    void visibilityClausesAddUpAndCombineWithTheFilters() {
        List<Agreement> all = insertRoster();
        Predicate<Agreement> visible = a -> "sub-learner-3".equals(a.learnerSubject())
                || "company-x".equals(a.companyId()) || signatoryEmails(a).contains("signer-4@example.fr");

        assertScope(all, visibleTo("sub-learner-3", "signer-4@example.fr", Set.of(), Set.of("company-x")), visible);
        assertScope(all, new AgreementScope(Set.of(AgreementStatus.DRAFT, AgreementStatus.SIGNED), null,
                        new Visibility("sub-learner-3", "signer-4@example.fr", Set.of(), Set.of("company-x"))),
                visible.and(a -> a.status() == AgreementStatus.DRAFT || a.status() == AgreementStatus.SIGNED));
    }

    @Test
    void aReaderInNoPartySeesNothing() {
        insertRoster();

        assertThat(searchIds(visibleTo("sub-nobody", "nobody@example.fr", Set.of(), Set.of()))).isEmpty();
        assertThat(searchIds(visibleTo("sub-nobody", null, Set.of("school-z"), Set.of("company-z")))).isEmpty();
    }

    @Test
    void pagesGoNewestFirstFromKeysetToKeysetWithoutGapsOrRepeats() {
        List<Agreement> all = insertRoster();
        AgreementScope schoolA = visibleTo("sub-staff", null, Set.of("school-a"), Set.of());
        Predicate<Agreement> ofSchoolA = a -> a.schoolId().equals("school-a");

        for (int size : new int[] {1, 3, 4, 50}) {
            assertThat(readForward(EVERYTHING, size)).as("size %d", size)
                    .containsExactlyElementsOf(newestFirst(all, a -> true));
            assertThat(readForward(schoolA, size)).as("school-a, size %d", size)
                    .containsExactlyElementsOf(newestFirst(all, ofSchoolA));
        }
    }

    // ---------------------------------------------------------------- lookups of the rules

    @Test
    void liveAgreementsOfALearnerAreAllButTheCancelledOnesUpToTheLimit() {
        List<Agreement> all = insertRoster();
        List<String> learners = all.stream().filter(a -> a.learnerId().equals("learner-1")).map(Agreement::id)
                .toList();
        List<String> live = all.stream().filter(a -> a.learnerId().equals("learner-1")
                && a.status() != AgreementStatus.CANCELLED).map(Agreement::id).toList();
        assertThat(live).as("some cancelled, some not").isNotEmpty().hasSizeLessThan(learners.size());

        assertThat(ids(agreements.findLiveByLearners(List.of("learner-1"), 100))).containsExactlyInAnyOrderElementsOf(live);
        assertThat(ids(agreements.findLiveByLearners(List.of("learner-1"), 1))).hasSize(1).isSubsetOf(live);
        assertThat(agreements.findLiveByLearners(List.of("learner-1"), 0)).isEmpty();
        assertThat(agreements.findLiveByLearners(List.of("learner-9"), 100)).isEmpty();
        assertThat(ids(agreements.findLiveByLearners(List.of("learner-9", "learner-1"), 100)))
                .containsExactlyInAnyOrderElementsOf(live);
    }

    @Test
    void liveAgreementsOfATutorLeaveOutTheEndedOnesAndMatchTheEmailInAnyCase() {
        List<Agreement> all = insertRoster();
        Set<AgreementStatus> ended = Set.of(AgreementStatus.CANCELLED, AgreementStatus.COMPLETED,
                AgreementStatus.INTERRUPTED);
        List<String> tutors = all.stream().filter(a -> "tutor-1@example.fr".equals(tutorEmail(a)))
                .map(Agreement::id).toList();
        List<String> live = all.stream().filter(a -> "tutor-1@example.fr".equals(tutorEmail(a))
                && !ended.contains(a.status())).map(Agreement::id).toList();
        assertThat(live).as("some ended, some not").isNotEmpty().hasSizeLessThan(tutors.size());

        assertThat(ids(agreements.findLiveByTutorEmails(List.of("Tutor-1@Example.fr"), 100)))
                .containsExactlyInAnyOrderElementsOf(live);
        assertThat(ids(agreements.findLiveByTutorEmails(List.of("tutor-1@example.fr"), 2))).hasSize(2).isSubsetOf(live);
        assertThat(agreements.findLiveByTutorEmails(List.of("tutor-1@example.fr"), 0)).isEmpty();
        assertThat(agreements.findLiveByTutorEmails(List.of("someone@example.fr"), 100)).isEmpty();
        assertThat(ids(agreements.findLiveByTutorEmails(List.of("someone@example.fr", "TUTOR-1@example.fr"), 100)))
                .containsExactlyInAnyOrderElementsOf(live);
    }

    @Test
    void liveAgreementsOfAHostAreTheNotCancelledOnesWhosePeriodMeetsTheDates() {
        List<Agreement> all = insertRoster();
        List<String> live = all.stream().filter(a -> "company-x".equals(a.companyId())
                && a.status() != AgreementStatus.CANCELLED).map(Agreement::id).toList();
        assertThat(live).as("some cancelled, some not").isNotEmpty()
                .hasSizeLessThan((int) all.stream().filter(a -> "company-x".equals(a.companyId())).count());

        assertThat(ids(agreements.findLiveByCompanies(List.of("company-x"), AgreementData.END,
                AgreementData.END.plusYears(1), 100))).as("from its last day").containsExactlyInAnyOrderElementsOf(live);
        assertThat(ids(agreements.findLiveByCompanies(List.of("company-x"), AgreementData.START.minusYears(1),
                AgreementData.START, 100))).as("to its first day").containsExactlyInAnyOrderElementsOf(live);
        assertThat(agreements.findLiveByCompanies(List.of("company-x"), AgreementData.END.plusDays(1),
                AgreementData.END.plusYears(1), 100)).as("after").isEmpty();
        assertThat(agreements.findLiveByCompanies(List.of("company-x"), AgreementData.START.minusYears(1),
                AgreementData.START.minusDays(1), 100)).as("before").isEmpty();
        assertThat(ids(agreements.findLiveByCompanies(List.of("company-x"), AgreementData.START, AgreementData.END,
                2))).hasSize(2).isSubsetOf(live);
        assertThat(agreements.findLiveByCompanies(List.of("company-z"), AgreementData.START, AgreementData.END, 100))
                .isEmpty();
    }

    @Test
    void aHostAbroadsDaysOffAndThePostReferenceAreKept() {
        Agreement full = fullAgreement("agreement-abroad");
        AgreementTerms terms = full.terms();
        InternshipPeriod period = terms.period();
        AgreementTerms abroad = new AgreementTerms(new InternshipPeriod(period.start(), period.end(),
                period.schedule(), "DE", period.exceptions(), false,
                List.of(period.start().plusDays(3), period.start().plusDays(1))), terms.activities(),
                terms.skillsToAcquire(), terms.nightPresence(), terms.sundayPresence(), terms.gratification(),
                terms.paymentTerms(), terms.benefits(), terms.socialProtection(), terms.leaveAndAbsence(),
                terms.suspensionAndTermination(), terms.evaluation(), terms.workplaces(), "Régie  son");

        agreements.insert(new Agreement(full.id(), full.applicationId(), full.learnerId(), full.learnerSubject(),
                full.schoolId(), full.companyId(), full.parties(), abroad, full.status(), full.signing(),
                full.amendments(), full.interruption(), full.interruptedOn(), full.interruptionInitiative(), full.createdBy(), full.createdAt(),
                full.updatedAt(), full.version()), Fixtures.event());

        AgreementTerms read = agreements.findById("agreement-abroad").orElseThrow().terms();
        assertThat(read).isEqualTo(abroad);
        assertThat(read.postReference()).isEqualTo("RÉGIE SON");
        assertThat(read.period().hostDaysOff()).containsExactly(period.start().plusDays(3),
                period.start().plusDays(1));
    }

    // ---------------------------------------------------------------- data

    /**
     * 24 agreements of 4 learners (learner-0 without an account) at two schools, with two companies and hosts off
     * the platform, in every status, two by two at the same creation time, inserted in an order unrelated to their
     * ids; company signatories' e-mails in mixed case, some delegated, some with an amendment of their own.
     */
    private List<Agreement> insertRoster() {
        int n = 24;
        List<Agreement> inserted = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            int k = (j * 7) % n;
            int learner = k % 4;
            Agreement agreement = agreement("agreement-%02d".formatted((k * 5) % n))
                    .learner("learner-" + learner).subject(learner == 0 ? null : "sub-learner-" + learner)
                    .school(k % 2 == 0 ? "school-a" : "school-b")
                    .company(switch (k % 3) {
                        case 0 -> null;
                        case 1 -> "company-x";
                        default -> "company-y";
                    })
                    .status(STATUSES[(k / 3) % STATUSES.length])
                    .tutorEmail("Tutor-" + (k % 3) + "@example.fr")
                    .companySignatoryEmail("Signer-" + (k % 5) + "@Example.fr")
                    .delegateEmail(k % 4 == 1 ? "Delegate-" + (k % 3) + "@example.fr" : null)
                    .amendmentSignatoryEmail(k % 6 == 5 ? "amendment-" + (k % 4) + "@example.fr" : null)
                    .createdAt(T0.plusSeconds(60L * (j / 2)))
                    .build();
            inserted.add(agreements.insert(agreement, Fixtures.event()));
        }
        return inserted;
    }

    // ---------------------------------------------------------------- helpers

    private List<String> readForward(AgreementScope scope, int size) {
        return ids(KeysetPages.readForward(after -> agreements.search(scope, Paging.first(size, after)), size,
                agreement -> new Keyset(agreement.createdAt(), agreement.id())));
    }

    private static List<String> newestFirst(List<Agreement> all, Predicate<Agreement> filter) {
        Comparator<Agreement> oldestFirst = Comparator.comparing(Agreement::createdAt).thenComparing(Agreement::id);
        return all.stream().filter(filter).sorted(oldestFirst.reversed()).map(Agreement::id).toList();
    }

    /** The scope lists exactly the agreements the predicate accepts, and the case is not trivial. */
    private void assertScope(List<Agreement> all, AgreementScope scope, Predicate<Agreement> expected) {
        List<String> ids = all.stream().filter(expected).map(Agreement::id).toList();
        assertThat(ids).as("the scope keeps some agreements and drops others").isNotEmpty()
                .hasSizeLessThan(all.size());
        assertThat(searchIds(scope)).containsExactlyInAnyOrderElementsOf(ids);
    }

    private List<String> searchIds(AgreementScope scope) {
        Page<Agreement> page = agreements.search(scope, Paging.first(Paging.MAX_SIZE, null));
        assertThat(page.hasNextPage()).isFalse();
        return ids(page.items());
    }

    /** Every signatory's and delegate's e-mail, lower case, written out again from the domain. */
    private static Set<String> signatoryEmails(Agreement agreement) {
        return Stream.concat(Stream.of(agreement.signing()), agreement.amendments().stream().map(Amendment::signing))
                .flatMap(signing -> signing.circuit().signatories().stream())
                .flatMap(s -> Stream.of(s.email(), s.delegate() == null ? null : s.delegate().email()))
                .filter(e -> e != null).map(e -> e.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }

    private static String tutorEmail(Agreement agreement) {
        String email = agreement.parties().tutor().email();
        return email == null ? null : email.toLowerCase(Locale.ROOT);
    }

    private static AgreementScope visibleTo(String subject, String email, Set<String> schoolIds,
                                            Set<String> companyIds) {
        return new AgreementScope(Set.of(), null, new Visibility(subject, email, schoolIds, companyIds));
    }

    private static List<String> ids(List<Agreement> items) {
        return items.stream().map(Agreement::id).toList();
    }
}
