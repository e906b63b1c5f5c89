package fr.passerelle.internship.persistence;

import static fr.passerelle.internship.persistence.InternshipData.LYON;
import static fr.passerelle.internship.persistence.InternshipData.PARIS;
import static fr.passerelle.internship.persistence.InternshipData.TODAY;
import static fr.passerelle.internship.persistence.InternshipData.VILLEURBANNE;
import static fr.passerelle.internship.persistence.InternshipData.offer;
import static fr.passerelle.internship.persistence.InternshipData.requirement;
import static fr.passerelle.internship.persistence.InternshipData.terms;
import static fr.passerelle.persistence.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import fr.passerelle.PersistenceTestApplication;
import fr.passerelle.internship.model.InternshipOffer;
import fr.passerelle.internship.model.LanguageRequirement;
import fr.passerelle.internship.model.MatchPrefilter;
import fr.passerelle.internship.model.MatchTerms;
import fr.passerelle.internship.model.OfferFilter;
import fr.passerelle.internship.model.OfferKind;
import fr.passerelle.internship.model.OfferOrderField;
import fr.passerelle.internship.model.OfferScope;
import fr.passerelle.internship.model.OfferStatus;
import fr.passerelle.internship.model.OfferTerms;
import fr.passerelle.internship.model.Rhythm;
import fr.passerelle.internship.model.SkillRequirement;
import fr.passerelle.internship.model.WorkMode;
import fr.passerelle.internship.port.out.InternshipOffers;
import fr.passerelle.learner.model.CefrLevel;
import fr.passerelle.learner.model.ProficiencyLevel;
import fr.passerelle.persistence.Fixtures;
import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.model.GeoBox;
import fr.passerelle.shared.model.GeoPoint;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.paging.Keyset;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import fr.passerelle.shared.persistence.EventDocument;
import fr.passerelle.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * What {@link InternshipOffers} promises, asserted against whichever database a subclass configures (embedded
 * in-memory server, real MongoDB replica set). Every test starts from empty collections whose indexes are kept.
 * Scopes and prefilters carry an explicit {@link InternshipData#TODAY}.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
abstract class OffersContract {

    private static final String COLLECTION = "internship_offers";
    private static final Currency CHF = Currency.getInstance("CHF");
    private static final OfferStatus[] STATUSES = {OfferStatus.DRAFT, OfferStatus.PUBLISHED, OfferStatus.CLOSED,
            OfferStatus.FILLED, OfferStatus.EXPIRED};
    private static final Predicate<InternshipOffer> OF_COMPANY_1 = o -> o.companyId().equals("company-1");
    private static final OfferScope EVERY_STATUS_OF_COMPANY_1 =
            OfferScope.company("company-1", EnumSet.allOf(OfferStatus.class), TODAY, false);

    @Autowired
    private InternshipOffers offers;

    @Autowired
    private MongoOperations mongo;

    @BeforeEach
    void emptyTheDatabase() {
        TestDatabase.clear(mongo);
    }

    // ---------------------------------------------------------------- round trips

    @Test
    void offerWithEveryFieldIsReadBackExactly() {
        InternshipOffer offer = fullOffer("offer-1");

        InternshipOffer inserted = offers.insert(offer, Fixtures.event());

        assertThat(inserted).isEqualTo(offer);
        assertThat(offers.findById("offer-1")).contains(offer);
        assertThat(offers.findAllById(List.of("offer-1", "unknown"))).containsExactly(offer);
        InternshipOffer read = offers.findById("offer-1").orElseThrow();
        assertThat(read.terms().monthlyStipend()).isEqualTo(new Money(123_456, CHF));
        assertThat(read.terms().location()).isEqualTo(new GeoPoint(45.7597, 4.8422));
        assertThat(read.terms().rhythm()).isEqualTo(new Rhythm(2, 3));
        assertThat(read.acceptedApplicationIds()).containsExactly("application-9", "application-2");
    }

    @Test
    void minimalDraftIsReadBackWithTheSameNullsAndEmptyLists() {
        InternshipOffer draft = minimalDraft("offer-1");

        InternshipOffer inserted = offers.insert(draft, Fixtures.event());

        assertThat(inserted).isEqualTo(draft);
        assertThat(offers.findById("offer-1")).contains(draft);
    }

    @Test
    void insertReturnsExactlyWhatALaterReadGivesEvenForInstantsFinerThanAMillisecond() {
        InternshipOffer offer = offer("offer-1").createdAt(Instant.parse("2026-01-01T10:00:00.123456Z"))
                .publishedAt(Instant.parse("2026-01-02T10:00:00.987654321Z")).build();

        InternshipOffer inserted = offers.insert(offer, Fixtures.event());

        assertThat(offers.findById("offer-1")).contains(inserted);
        assertThat(inserted.createdAt()).isEqualTo(Instant.parse("2026-01-01T10:00:00.123Z"));
        assertThat(inserted.publishedAt()).isEqualTo(Instant.parse("2026-01-02T10:00:00.987Z"));
    }

    @Test
    void storedDocumentCarriesTheDerivedQueryFieldsIsoDatesAndTheEvent() {
        InternshipOffer offer = fullOffer("offer-1");
        DomainEvent event = Fixtures.event();

        offers.insert(offer, event);

        Document stored = TestDatabase.raw(mongo, COLLECTION, "offer-1");
        assertThat(stored.getList("searchTokens", String.class)).isEqualTo(OfferTokens.of(offer.terms()))
                .contains("diagnostic", "electronique", "electricite", "villeurbanne", "constructeur");
        assertThat(stored.getList("skillCodes", String.class))
                .containsExactly("auto-diagnostic", "elec-b1vl", "diagbox");
        assertThat(stored.get("stipendKey")).isEqualTo(123_456L);
        assertThat(stored.get("listedAt")).isEqualTo(Date.from(offer.publishedAt()));
        Document terms = stored.get("terms", Document.class);
        assertThat(terms.get("startDate")).isEqualTo("2026-09-01");
        assertThat(terms.get("endDate")).isEqualTo("2028-08-31");
        assertThat(terms.get("monthlyStipend", Document.class))
                .isEqualTo(new Document("amountInMinorUnits", 123_456L).append("currency", "CHF"));
        assertThat(terms.get("location", Document.class))
                .isEqualTo(new Document("latitude", 45.7597).append("longitude", 4.8422));
        assertThat(TestDatabase.outbox(mongo, COLLECTION, "offer-1")).extracting(EventDocument::id)
                .containsExactly(event.id());
    }

    @Test
    void draftIsListedAtItsCreationAndAnOfferWithoutStipendHasAStipendKeyOfZero() {
        offers.insert(minimalDraft("offer-1"), Fixtures.event());

        Document stored = TestDatabase.raw(mongo, COLLECTION, "offer-1");

        assertThat(stored.get("listedAt")).isEqualTo(Date.from(T0));
        assertThat(stored.get("stipendKey")).isEqualTo(0L);
        assertThat(stored.get("terms", Document.class)).doesNotContainKeys("monthlyStipend", "location", "rhythm");
        assertThat(stored.getList("skillCodes", String.class)).isEmpty();
    }

    @Test
    void sameIdTwiceIsADuplicateAndKeepsTheFirst() {
        InternshipOffer first = offers.insert(offer("offer-1").build(), Fixtures.event());

        assertThatThrownBy(() -> offers.insert(offer("offer-1").company("company-2").build(), Fixtures.event()))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(offers.findById("offer-1")).contains(first);
    }

    // ---------------------------------------------------------------- optimistic locking

    @Test
    void updateBasedOnTheStoredVersionStoresTheChangeRecomputesDerivedFieldsAndIncrementsTheVersion() {
        InternshipOffer inserted = offers.insert(offer("offer-1").status(OfferStatus.DRAFT).build(),
                Fixtures.event());
        OfferTerms edited = terms().title("Mixeur plateau").stipend(null).location(null).city("Marseille").build();

        InternshipOffer updated = offers.update(inserted.withTerms(edited, T0.plusSeconds(5)), Fixtures.event());
        Instant publishedAt = T0.plusSeconds(6);
        InternshipOffer published = offers.update(updated.published(TODAY, publishedAt), Fixtures.event());

        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.terms()).isEqualTo(edited);
        assertThat(published.version()).isEqualTo(2);
        assertThat(published.status()).isEqualTo(OfferStatus.PUBLISHED);
        assertThat(offers.findById("offer-1")).contains(published);
        Document stored = TestDatabase.raw(mongo, COLLECTION, "offer-1");
        assertThat(stored.getList("searchTokens", String.class)).contains("mixeur", "marseille")
                .doesNotContain("assistant", "lyon");
        assertThat(stored.get("stipendKey")).isEqualTo(0L);
        assertThat(stored.get("terms", Document.class)).doesNotContainKeys("monthlyStipend", "location");
        assertThat(stored.get("listedAt")).isEqualTo(Date.from(publishedAt));
        assertThat(TestDatabase.outbox(mongo, COLLECTION, "offer-1")).hasSize(3);
        assertThat(searchIds(new OfferFilter("mixeur", null, null, null, null, null, null, null),
                OfferScope.board(TODAY))).containsExactly("offer-1");
        assertThat(searchIds(new OfferFilter("assistant", null, null, null, null, null, null, null),
                OfferScope.board(TODAY))).isEmpty();
    }

    @Test
    void updateBasedOnAStaleVersionIsAConcurrentUpdateAndChangesNothing() {
        InternshipOffer inserted = offers.insert(offer("offer-1").status(OfferStatus.DRAFT).build(),
                Fixtures.event());
        InternshipOffer winner = offers.update(inserted.withTerms(terms().title("Premier").build(),
                T0.plusSeconds(5)), Fixtures.event());

        assertThatThrownBy(() -> offers.update(inserted.withTerms(terms().title("Second").build(),
                T0.plusSeconds(6)), Fixtures.event()))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(offers.findById("offer-1")).contains(winner);
        assertThat(TestDatabase.outbox(mongo, COLLECTION, "offer-1")).hasSize(2);
    }

    @Test
    void updateNeverCreatesAnOfferThatIsNotStored() {
        assertThatThrownBy(() -> offers.update(offer("offer-1").build(), Fixtures.event()))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(offers.findById("offer-1")).isEmpty();
    }

    // ---------------------------------------------------------------- scopes

    @Test
    void boardListsOffersPublishedAndNotStartedOfEveryCompany() {
        insertOffersInEveryStatus();

        assertThat(searchIds(OfferFilter.NONE, OfferScope.board(TODAY)))
                .containsExactlyInAnyOrder("open", "starts-today", "other-company-open");
    }

    @Test
    void boardOfALaterDayNoLongerListsOffersStartedByThen() {
        insertOffersInEveryStatus();

        assertThat(searchIds(OfferFilter.NONE, OfferScope.board(TODAY.plusDays(30))))
                .containsExactlyInAnyOrder("open", "other-company-open");
        assertThat(searchIds(OfferFilter.NONE, OfferScope.board(TODAY.plusDays(31)))).isEmpty();
    }

    @Test
    void publishedOfferWhoseStartPassedIsListedAsExpiredNotAsPublished() {
        insertOffersInEveryStatus();

        assertThat(searchIds(OfferFilter.NONE, new OfferScope(null, Set.of(OfferStatus.EXPIRED), TODAY, false)))
                .containsExactlyInAnyOrder("started", "expired");
        assertThat(searchIds(OfferFilter.NONE, OfferScope.company("company-1", Set.of(OfferStatus.PUBLISHED),
                TODAY, false))).containsExactlyInAnyOrder("open", "starts-today");
        assertThat(searchIds(OfferFilter.NONE, OfferScope.company("company-1", Set.of(OfferStatus.EXPIRED),
                TODAY, false))).containsExactlyInAnyOrder("started", "expired");
    }

    @Test
    void companyScopeListsThatCompanysOffersInTheStatuses() {
        insertOffersInEveryStatus();

        assertThat(searchIds(OfferFilter.NONE, OfferScope.company("company-1",
                Set.of(OfferStatus.DRAFT, OfferStatus.FILLED), TODAY, false))).containsExactlyInAnyOrder("draft", "filled");
        assertThat(searchIds(OfferFilter.NONE, OfferScope.company("company-1",
                Set.of(OfferStatus.CLOSED, OfferStatus.PUBLISHED, OfferStatus.EXPIRED), TODAY, false)))
                .containsExactlyInAnyOrder("closed", "open", "starts-today", "started", "expired");
        assertThat(searchIds(OfferFilter.NONE, EVERY_STATUS_OF_COMPANY_1)).containsExactlyInAnyOrder(
                "draft", "open", "starts-today", "started", "expired", "filled", "closed");
        assertThat(searchIds(OfferFilter.NONE, OfferScope.company("company-2",
                Set.of(OfferStatus.DRAFT, OfferStatus.EXPIRED), TODAY, false))).isEmpty();
        assertThat(searchIds(OfferFilter.NONE, OfferScope.company("company-3",
                EnumSet.allOf(OfferStatus.class), TODAY, false))).isEmpty();
    }

    @Test
    void publishedOnlyLeavesOutADraftClosedWithoutBeingPublished() {
        insertOffersInEveryStatus();
        insert(offer("closed-draft").status(OfferStatus.CLOSED).publishedAt(null));
        Set<OfferStatus> closed = Set.of(OfferStatus.CLOSED);

        assertThat(searchIds(OfferFilter.NONE, OfferScope.company("company-1", closed, TODAY, false)))
                .containsExactlyInAnyOrder("closed", "closed-draft");
        assertThat(searchIds(OfferFilter.NONE, OfferScope.company("company-1", closed, TODAY, true)))
                .containsExactly("closed");
    }

    // ---------------------------------------------------------------- filters

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(delimiter = '|', value = {
            "Électricité | elec elec-plain",
            "electricites | elec elec-plain",
            "ELECTRICITE | elec elec-plain",
            "mixages | mixing mixing-paris",
            "Mixage | mixing mixing-paris",
            "diagnostic | diag",
            "Électronique | diag",
            "auto-diagnostic | diag",
            "mixage lyon | mixing",
            "MIXAGE  Paris | mixing-paris",
            "studios mixage | mixing",
            "reportage | video",
            "Grenoble, électricité | elec",
            "mixage grenoble | ''",
            "plomberie | ''"})
    void keywordsMatchWordsIgnoringAccentsCaseAndPluralAndMustAllBePresent(String keywords, String expected) {
        insertOffersToSearchByKeyword();

        List<String> found = searchIds(new OfferFilter(keywords, null, null, null, null, null, null, null),
                OfferScope.board(TODAY));

        assertThat(found).containsExactlyInAnyOrderElementsOf(expected.isEmpty() ? List.of()
                : List.of(expected.split(" ")));
    }

    @Test
    void blankOrMissingKeywordsMatchEverythingAndKeywordsNeverWidenTheScope() {
        insertOffersToSearchByKeyword();
        List<String> all = List.of("elec", "elec-plain", "mixing", "mixing-paris", "diag", "video");

        assertThat(searchIds(new OfferFilter(null, null, null, null, null, null, null, null),
                OfferScope.board(TODAY))).containsExactlyInAnyOrderElementsOf(all);
        assertThat(searchIds(new OfferFilter("   ", null, null, null, null, null, null, null),
                OfferScope.board(TODAY))).containsExactlyInAnyOrderElementsOf(all);
        assertThat(searchIds(new OfferFilter("mixage", null, null, null, null, null, null, null),
                OfferScope.company("company-1", Set.of(OfferStatus.DRAFT), TODAY, false)))
                .containsExactly("mixing-draft");
    }

    @Test
    void kindsFilterKeepsOffersOfThoseKinds() {
        offers.insert(offer("internship").terms(terms().kind(OfferKind.INTERNSHIP)).build(), Fixtures.event());
        offers.insert(offer("apprenticeship").terms(terms().kind(OfferKind.APPRENTICESHIP).rhythm(new Rhythm(2, 3)))
                .build(), Fixtures.event());

        assertThat(searchIds(filterKinds(Set.of(OfferKind.APPRENTICESHIP)), OfferScope.board(TODAY)))
                .containsExactly("apprenticeship");
        assertThat(searchIds(filterKinds(Set.of(OfferKind.INTERNSHIP)), OfferScope.board(TODAY)))
                .containsExactly("internship");
        assertThat(searchIds(filterKinds(EnumSet.allOf(OfferKind.class)), OfferScope.board(TODAY)))
                .containsExactlyInAnyOrder("internship", "apprenticeship");
    }

    @Test
    void workModesFilterKeepsOffersInThoseModes() {
        for (WorkMode mode : WorkMode.values()) {
            offers.insert(offer(mode.name()).terms(terms().workMode(mode)).build(), Fixtures.event());
        }

        assertThat(searchIds(new OfferFilter(null, null, Set.of(WorkMode.HYBRID, WorkMode.REMOTE), null, null, null,
                null, null), OfferScope.board(TODAY))).containsExactlyInAnyOrder("HYBRID", "REMOTE");
        assertThat(searchIds(new OfferFilter(null, null, Set.of(WorkMode.ON_SITE), null, null, null, null, null),
                OfferScope.board(TODAY))).containsExactly("ON_SITE");
    }

    @Test
    void startDateRangeIsInclusiveAtBothEnds() {
        for (int days : new int[] {10, 20, 30, 40}) {
            offers.insert(offer("starts-" + days).terms(terms().startDate(TODAY.plusDays(days))).build(),
                    Fixtures.event());
        }

        assertThat(searchIds(startsBetween(TODAY.plusDays(20), TODAY.plusDays(30)), OfferScope.board(TODAY)))
                .containsExactlyInAnyOrder("starts-20", "starts-30");
        assertThat(searchIds(startsBetween(TODAY.plusDays(21), null), OfferScope.board(TODAY)))
                .containsExactlyInAnyOrder("starts-30", "starts-40");
        assertThat(searchIds(startsBetween(null, TODAY.plusDays(10)), OfferScope.board(TODAY)))
                .containsExactly("starts-10");
        assertThat(searchIds(startsBetween(TODAY.plusDays(31), TODAY.plusDays(39)), OfferScope.board(TODAY)))
                .isEmpty();
    }

    @Test
    void minimumStipendKeepsOffersPayingAtLeastThatMuchInTheSameCurrency() {
        offers.insert(offer("eur-500").terms(terms().stipend(Money.euros(500))).build(), Fixtures.event());
        offers.insert(offer("eur-650").terms(terms().stipend(Money.euros(650))).build(), Fixtures.event());
        offers.insert(offer("eur-650.01").terms(terms().stipend(new Money(65_001, Money.euros(1).currency())))
                .build(), Fixtures.event());
        offers.insert(offer("chf-1000").terms(terms().stipend(new Money(100_000, CHF))).build(), Fixtures.event());
        offers.insert(offer("unpaid").terms(terms().stipend(null)).build(), Fixtures.event());

        assertThat(searchIds(minStipend(Money.euros(650)), OfferScope.board(TODAY)))
                .containsExactlyInAnyOrder("eur-650", "eur-650.01");
        assertThat(searchIds(minStipend(Money.euros(501)), OfferScope.board(TODAY)))
                .containsExactlyInAnyOrder("eur-650", "eur-650.01");
        assertThat(searchIds(minStipend(new Money(90_000, CHF)), OfferScope.board(TODAY)))
                .containsExactly("chf-1000");
        assertThat(searchIds(minStipend(new Money(100_001, CHF)), OfferScope.board(TODAY))).isEmpty();
        assertThat(searchIds(minStipend(new Money(1, Currency.getInstance("USD"))), OfferScope.board(TODAY)))
                .isEmpty();
    }

    @Test
    void distanceFilterIsExactAndRemoteOffersAlwaysQualify() {
        int km = 20;
        GeoBox box = GeoBox.around(LYON, km);
        GeoPoint corner = new GeoPoint(box.maxLatitude() - 0.001, box.maxLongitude() - 0.001);
        GeoPoint nineteenKmNorth = new GeoPoint(LYON.latitude() + 19 / 111.2, LYON.longitude());
        assertThat(box.contains(corner)).as("the corner is inside the prefilter box").isTrue();
        assertThat(LYON.distanceKm(corner)).as("but farther than the radius").isGreaterThan(km + 5);
        assertThat(LYON.distanceKm(nineteenKmNorth)).isBetween(18.5, 19.5);
        insertAt("villeurbanne", WorkMode.ON_SITE, VILLEURBANNE);
        insertAt("nineteen-km", WorkMode.ON_SITE, nineteenKmNorth);
        insertAt("corner", WorkMode.ON_SITE, corner);
        insertAt("hybrid-corner", WorkMode.HYBRID, corner);
        insertAt("paris", WorkMode.ON_SITE, PARIS);
        insertAt("hybrid-near", WorkMode.HYBRID, VILLEURBANNE);
        insertAt("remote-paris", WorkMode.REMOTE, PARIS);
        insertAt("remote-nowhere", WorkMode.REMOTE, null);
        insertAt("nowhere", WorkMode.ON_SITE, null);

        assertThat(searchIds(near(LYON, km), OfferScope.board(TODAY))).containsExactlyInAnyOrder(
                "villeurbanne", "nineteen-km", "hybrid-near", "remote-paris", "remote-nowhere");
        assertThat(searchIds(near(LYON, 1), OfferScope.board(TODAY)))
                .containsExactlyInAnyOrder("remote-paris", "remote-nowhere");
        assertThat(searchIds(near(PARIS, 5), OfferScope.board(TODAY)))
                .containsExactlyInAnyOrder("paris", "remote-paris", "remote-nowhere");
        assertThat(searchIds(new OfferFilter(null, null, null, LYON, null, null, null, null),
                OfferScope.board(TODAY))).hasSize(9);
    }

    @Test
    void filtersCombine() {
        offers.insert(offer("match").terms(terms().title("Mixage").kind(OfferKind.APPRENTICESHIP)
                .workMode(WorkMode.HYBRID).location(VILLEURBANNE).stipend(Money.euros(900))).build(), Fixtures.event());
        offers.insert(offer("wrong-kind").terms(terms().title("Mixage").workMode(WorkMode.HYBRID)
                .location(VILLEURBANNE).stipend(Money.euros(900))).build(), Fixtures.event());
        offers.insert(offer("too-far").terms(terms().title("Mixage").kind(OfferKind.APPRENTICESHIP)
                .workMode(WorkMode.HYBRID).location(PARIS).stipend(Money.euros(900))).build(), Fixtures.event());
        offers.insert(offer("underpaid").terms(terms().title("Mixage").kind(OfferKind.APPRENTICESHIP)
                .workMode(WorkMode.HYBRID).location(VILLEURBANNE).stipend(Money.euros(600))).build(), Fixtures.event());
        offers.insert(offer("other-words").terms(terms().title("Montage").kind(OfferKind.APPRENTICESHIP)
                .workMode(WorkMode.HYBRID).location(VILLEURBANNE).stipend(Money.euros(900))).build(), Fixtures.event());
        OfferFilter filter = new OfferFilter("mixages", Set.of(OfferKind.APPRENTICESHIP), Set.of(WorkMode.HYBRID),
                LYON, 30, TODAY, TODAY.plusDays(30), Money.euros(800));

        assertThat(searchIds(filter, OfferScope.board(TODAY))).containsExactly("match");
    }

    // ---------------------------------------------------------------- orders and keyset paging

    @ParameterizedTest(name = "{0} ascending={1}, pages of {2}")
    @CsvSource({"PUBLISHED_AT, true, 3", "PUBLISHED_AT, false, 4", "START_DATE, true, 4", "START_DATE, false, 3",
            "STIPEND, true, 2", "STIPEND, false, 5"})
    void readingForwardPageAfterPageGivesTheWholeOrderWithoutGapsOrDuplicates(OfferOrderField field,
                                                                              boolean ascending, int size) {
        List<InternshipOffer> all = insertRoster();

        List<String> read = readForward(OfferFilter.NONE, EVERY_STATUS_OF_COMPANY_1, new Sort<>(field, ascending),
                size, all.size());

        assertThat(read).containsExactlyElementsOf(expectedOrder(all, field, ascending, OF_COMPANY_1));
    }

    @ParameterizedTest(name = "{0} ascending={1}, pages of {2}")
    @CsvSource({"PUBLISHED_AT, true, 4", "PUBLISHED_AT, false, 3", "START_DATE, true, 2", "START_DATE, false, 5",
            "STIPEND, true, 3", "STIPEND, false, 4"})
    void readingBackwardFromTheEndGivesTheWholeOrderWithoutGapsOrDuplicates(OfferOrderField field,
                                                                            boolean ascending, int size) {
        List<InternshipOffer> all = insertRoster();

        List<String> read = readBackward(OfferFilter.NONE, EVERY_STATUS_OF_COMPANY_1, new Sort<>(field, ascending),
                size, all.size());

        assertThat(read).containsExactlyElementsOf(expectedOrder(all, field, ascending, OF_COMPANY_1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"PUBLISHED_AT", "START_DATE", "STIPEND"})
    void boardPagesInOrderOverTheOffersOpenToday(OfferOrderField field) {
        List<InternshipOffer> all = insertRoster();
        Predicate<InternshipOffer> open = o -> o.statusOn(TODAY) == OfferStatus.PUBLISHED;

        List<String> forward = readForward(OfferFilter.NONE, OfferScope.board(TODAY), new Sort<>(field, false), 1,
                all.size());
        List<String> backward = readBackward(OfferFilter.NONE, OfferScope.board(TODAY), new Sort<>(field, true), 2,
                all.size());

        assertThat(forward).hasSizeGreaterThan(1).containsExactlyElementsOf(expectedOrder(all, field, false, open));
        assertThat(backward).containsExactlyElementsOf(expectedOrder(all, field, true, open));
    }

    /**
     * 130 offers inside the box around Lyon, of which only 10 are within the radius: the others, at the box's
     * corner, are rejected after reading, sometimes more than 50 in a row (more than one refill).
     */
    @ParameterizedTest(name = "{0} ascending={1}, pages of {2}")
    @CsvSource({"PUBLISHED_AT, true, 2", "PUBLISHED_AT, false, 3", "START_DATE, true, 3", "START_DATE, false, 1",
            "STIPEND, true, 4", "STIPEND, false, 2"})
    void distanceIsFilteredAcrossPagesWithoutGapsOrDuplicatesWhateverTheRejectionsBetween(OfferOrderField field,
                                                                                         boolean ascending,
                                                                                         int size) {
        List<InternshipOffer> all = insertSparseAroundLyon();
        OfferFilter filter = near(LYON, 20);
        Predicate<InternshipOffer> within = o -> o.terms().location().distanceKm(LYON) <= 20;
        List<String> expected = expectedOrder(all, field, ascending, within);
        assertThat(expected).hasSize(10);

        List<String> forward = readForward(filter, OfferScope.board(TODAY), new Sort<>(field, ascending), size,
                all.size());
        List<String> backward = readBackward(filter, OfferScope.board(TODAY), new Sort<>(field, ascending), size,
                all.size());

        assertThat(forward).containsExactlyElementsOf(expected);
        assertThat(backward).containsExactlyElementsOf(expected);
    }

    @Test
    void distanceFilteredPageSaysMoreFollowOnlyWhenAKeptOfferFollows() {
        List<InternshipOffer> all = insertSparseAroundLyon();
        OfferFilter filter = near(LYON, 20);
        Sort<OfferOrderField> byPublication = new Sort<>(OfferOrderField.PUBLISHED_AT, true);
        List<String> expected = expectedOrder(all, OfferOrderField.PUBLISHED_AT, true,
                o -> o.terms().location().distanceKm(LYON) <= 20);
        InternshipOffer lastKept = all.stream().filter(o -> o.id().equals(expected.get(expected.size() - 1)))
                .findFirst().orElseThrow();
        Keyset afterLastKept = new Keyset(lastKept.publishedAt(), lastKept.id());

        Page<InternshipOffer> none = offers.search(filter, OfferScope.board(TODAY), byPublication,
                Paging.first(0, null));
        Page<InternshipOffer> afterTheLast = offers.search(filter, OfferScope.board(TODAY), byPublication,
                Paging.first(5, afterLastKept));
        Page<InternshipOffer> lastTwo = offers.search(filter, OfferScope.board(TODAY), byPublication,
                Paging.last(2, null));

        assertThat(none.items()).isEmpty();
        assertThat(none.hasNextPage()).isTrue();
        assertThat(afterTheLast.items()).isEmpty();
        assertThat(afterTheLast.hasNextPage()).isFalse();
        assertThat(ids(lastTwo.items())).containsExactlyElementsOf(expected.subList(8, 10));
        assertThat(lastTwo.hasPreviousPage()).isTrue();
    }

    @Test
    void distanceFilterRejectingEverythingGivesAnEmptyPageWithoutMore() {
        GeoBox box = GeoBox.around(LYON, 20);
        GeoPoint corner = new GeoPoint(box.maxLatitude() - 0.001, box.maxLongitude() - 0.001);
        for (int i = 0; i < 60; i++) {
            insertAt("corner-%02d".formatted(i), WorkMode.ON_SITE, corner);
        }

        Page<InternshipOffer> page = offers.search(near(LYON, 20), OfferScope.board(TODAY),
                new Sort<>(OfferOrderField.PUBLISHED_AT, true), Paging.first(10, null));

        assertThat(page.items()).isEmpty();
        assertThat(page.hasNextPage()).isFalse();
    }

    @Test
    void stipendCursorTakesAnyIntegralValueButNotText() {
        insertRoster();
        Sort<OfferOrderField> byStipend = new Sort<>(OfferOrderField.STIPEND, true);
        Page<InternshipOffer> first = offers.search(OfferFilter.NONE, EVERY_STATUS_OF_COMPANY_1, byStipend,
                Paging.first(5, null));
        Keyset last = first.keys().get(4);

        Page<InternshipOffer> fromLong = offers.search(OfferFilter.NONE, EVERY_STATUS_OF_COMPANY_1, byStipend,
                Paging.first(5, last));
        Page<InternshipOffer> fromInteger = offers.search(OfferFilter.NONE, EVERY_STATUS_OF_COMPANY_1, byStipend,
                Paging.first(5, new Keyset(((Long) last.sortValue()).intValue(), last.id())));

        assertThat(fromLong.items()).hasSize(5);
        assertThat(ids(fromInteger.items())).isEqualTo(ids(fromLong.items()));
        assertThatThrownBy(() -> offers.search(OfferFilter.NONE, EVERY_STATUS_OF_COMPANY_1, byStipend,
                Paging.first(5, new Keyset(last.sortValue().toString(), last.id()))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pageOfSizeZeroHoldsNoItemsButSaysWhetherAnyFollow() {
        Sort<OfferOrderField> sort = new Sort<>(OfferOrderField.PUBLISHED_AT, false);
        assertThat(offers.search(OfferFilter.NONE, OfferScope.board(TODAY), sort, Paging.first(0, null))
                .hasNextPage()).isFalse();
        insertRoster();

        Page<InternshipOffer> page = offers.search(OfferFilter.NONE, OfferScope.board(TODAY), sort,
                Paging.first(0, null));

        assertThat(page.items()).isEmpty();
        assertThat(page.hasNextPage()).isTrue();
    }

    // ---------------------------------------------------------------- matching prefilter

    @Test
    void matchCandidatesArePublishedOffersNotStartedYet() {
        insertOffersInEveryStatus();

        assertThat(candidateIds(new MatchPrefilter(TODAY, null, "school-a", Set.of()), 100))
                .containsExactlyInAnyOrder("open", "starts-today", "other-company-open");
        assertThat(candidateIds(new MatchPrefilter(TODAY.plusDays(1), null, "school-a", Set.of()), 100))
                .containsExactlyInAnyOrder("open", "other-company-open");
    }

    @Test
    void learnersOfASchoolAreOfferedUntargetedOffersAndThoseTargetingTheirSchool() {
        insertOffersToMatch();

        assertThat(candidateIds(new MatchPrefilter(TODAY, null, "school-a", Set.of()), 100))
                .containsExactlyInAnyOrder("open", "for-a", "for-a-and-b", "remote-far", "far", "nowhere");
        assertThat(candidateIds(new MatchPrefilter(TODAY, null, "school-b", Set.of()), 100))
                .containsExactlyInAnyOrder("open", "for-b", "for-a-and-b", "remote-far", "far", "nowhere");
        assertThat(candidateIds(new MatchPrefilter(TODAY, null, "school-z", Set.of()), 100))
                .containsExactlyInAnyOrder("open", "remote-far", "far", "nowhere");
    }

    @Test
    void independentLearnersAreOfferedUntargetedOffersOnly() {
        insertOffersToMatch();

        assertThat(candidateIds(new MatchPrefilter(TODAY, null, null, Set.of()), 100))
                .containsExactlyInAnyOrder("open", "remote-far", "far", "nowhere");
    }

    @Test
    void boxKeepsOffersSitedInsideItAndRemoteOnesAndIgnoresSkills() {
        insertOffersToMatch();
        GeoBox aroundLyon = GeoBox.around(LYON, 30);

        assertThat(candidateIds(new MatchPrefilter(TODAY, aroundLyon, "school-a", Set.of()), 100))
                .containsExactlyInAnyOrder("open", "for-a", "for-a-and-b", "remote-far");
        assertThat(candidateIds(new MatchPrefilter(TODAY, aroundLyon, null, Set.of("video-editing")), 100))
                .containsExactlyInAnyOrder("open", "remote-far");
        assertThat(candidateIds(new MatchPrefilter(TODAY, GeoBox.around(PARIS, 10), null, Set.of()), 100))
                .containsExactlyInAnyOrder("remote-far", "far");
    }

    @Test
    void withoutBoxSkillCodesKeepOffersAskingAnyOfThemRequiredOrNiceOrAskingNoSkill() {
        insertOffersToMatch();
        List<String> askingNoSkill = List.of("for-a-and-b", "remote-far", "nowhere");

        assertThat(candidateIds(new MatchPrefilter(TODAY, null, "school-a", Set.of("sound-mixing")), 100))
                .containsExactlyInAnyOrderElementsOf(with(askingNoSkill, "open", "for-a"));
        assertThat(candidateIds(new MatchPrefilter(TODAY, null, "school-a",
                Set.of("sound-mixing", "video-editing")), 100))
                .containsExactlyInAnyOrderElementsOf(with(askingNoSkill, "open", "for-a", "far"));
        assertThat(candidateIds(new MatchPrefilter(TODAY, null, "school-b", Set.of("sound-mixing")), 100))
                .containsExactlyInAnyOrderElementsOf(with(askingNoSkill, "open", "for-b"));
        assertThat(candidateIds(new MatchPrefilter(TODAY, null, "school-a", Set.of("grandma3")), 100))
                .containsExactlyInAnyOrderElementsOf(askingNoSkill);
        assertThat(candidateIds(new MatchPrefilter(TODAY, null, null, Set.of("video-editing")), 100))
                .containsExactlyInAnyOrder("far", "remote-far", "nowhere");
    }

    @Test
    void matchCandidatesCarryWhatMatchingWeighsOfTheWholeOffers() {
        insertOffersToMatch();
        offers.insert(fullOffer("full"), Fixtures.event());

        List<MatchTerms> read = offers.matchCandidates(new MatchPrefilter(TODAY, null, "school-a", Set.of()), 100);

        assertThat(read).extracting(MatchTerms::offerId).contains("full", "open", "nowhere");
        assertThat(read).containsExactlyInAnyOrderElementsOf(offers.findAllById(read.stream()
                .map(MatchTerms::offerId).toList()).stream().map(MatchTerms::of).toList());
    }

    @Test
    void matchCandidatesRespectTheLimit() {
        insertOffersToMatch();
        List<String> all = List.of("open", "for-a", "for-a-and-b", "remote-far", "far", "nowhere");
        MatchPrefilter prefilter = new MatchPrefilter(TODAY, null, "school-a", Set.of());

        assertThat(candidateIds(prefilter, 3)).hasSize(3).doesNotHaveDuplicates().isSubsetOf(all);
        assertThat(candidateIds(prefilter, 6)).containsExactlyInAnyOrderElementsOf(all);
        assertThat(candidateIds(prefilter, 1)).hasSize(1).isSubsetOf(all);
        assertThat(candidateIds(prefilter, 0)).isEmpty();
    }

    // ---------------------------------------------------------------- data

    /** One offer per case of the scopes: every stored status, and published offers before and after their start. */
    private void insertOffersInEveryStatus() {
        insert(offer("draft").status(OfferStatus.DRAFT));
        insert(offer("open"));
        insert(offer("starts-today").terms(terms().startDate(TODAY)));
        insert(offer("started").terms(terms().startDate(TODAY.minusDays(1))));
        insert(offer("expired").status(OfferStatus.EXPIRED).terms(terms().startDate(TODAY.minusDays(10))));
        insert(offer("filled").status(OfferStatus.FILLED).accepted("application-1"));
        insert(offer("closed").status(OfferStatus.CLOSED));
        insert(offer("other-company-open").company("company-2"));
    }

    private void insertOffersToSearchByKeyword() {
        insert(offer("elec").terms(terms().title("Technicien électricité bâtiment").city("Grenoble")
                .description("Chantiers neufs")));
        insert(offer("elec-plain").terms(terms().title("ELECTRICITE industrielle").description(null).city(null)));
        insert(offer("mixing").terms(terms().title("Assistant mixage").description(null).city("Lyon")
                .specialisations("Studio")));
        insert(offer("mixing-paris").terms(terms().title("Mixage live").description("Concerts et festivals")
                .city("Paris")));
        insert(offer("diag").terms(terms().title("Mécanicien").description("Atelier toutes marques")
                .city("Vénissieux").required(requirement("auto-diagnostic"))));
        insert(offer("video").terms(terms().title("Monteur vidéo").description("Montage de reportages")
                .city("Bron")));
        insert(offer("mixing-draft").status(OfferStatus.DRAFT).terms(terms().title("Mixage").city("Lyon")));
    }

    /**
     * Published offers starting in a month unless said: untargeted in Lyon, targeted at schools, remote or on site
     * far away, and without location, some asking skills (open, for-a, far), the others none; plus offers no
     * prefilter may return.
     */
    private void insertOffersToMatch() {
        insert(offer("open").terms(terms().required(requirement("sound-mixing"))));
        insert(offer("for-a").terms(terms().targetSchools("school-a").niceToHave(requirement("sound-mixing"))));
        insert(offer("for-b").terms(terms().targetSchools("school-b")));
        insert(offer("for-a-and-b").terms(terms().targetSchools("school-a", "school-b")));
        insert(offer("remote-far").terms(terms().workMode(WorkMode.REMOTE).location(PARIS)));
        insert(offer("far").terms(terms().location(PARIS).required(requirement("video-editing"))));
        insert(offer("nowhere").terms(terms().location(null)));
        insert(offer("draft").status(OfferStatus.DRAFT).terms(terms().required(requirement("sound-mixing"))));
        insert(offer("closed").status(OfferStatus.CLOSED).terms(terms().required(requirement("sound-mixing"))));
        insert(offer("filled").status(OfferStatus.FILLED).terms(terms().required(requirement("sound-mixing"))));
        insert(offer("started").terms(terms().startDate(TODAY.minusDays(1)).required(requirement("sound-mixing"))));
        insert(offer("expired").status(OfferStatus.EXPIRED)
                .terms(terms().startDate(TODAY.minusDays(5)).required(requirement("sound-mixing"))));
    }

    /**
     * 14 offers of company-1 in every status, inserted in an order unrelated to their ids, with shared publication
     * times, start dates (some past) and stipends (some absent, one in another currency with an equal amount), plus
     * one open offer of company-2 (last) that no company-1 list may show.
     */
    private List<InternshipOffer> insertRoster() {
        int n = 14;
        List<InternshipOffer> inserted = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            int k = (j * 5) % n;
            OfferStatus status = STATUSES[k % STATUSES.length];
            Money stipend = switch (k % 4) {
                case 0 -> null;
                case 1 -> Money.euros(500);
                case 2 -> Money.euros(650);
                default -> new Money(50_000, CHF);
            };
            Instant createdAt = T0.plusSeconds(j / 3);
            var builder = offer("offer-%02d".formatted((k * 3) % n)).status(status).createdAt(createdAt)
                    .terms(terms().startDate(TODAY.plusDays((k * 5) % 6 - 1)).stipend(stipend));
            if (status != OfferStatus.DRAFT) {
                builder.publishedAt(T0.plusSeconds(3_600L * ((k * 7) % 4)));
            }
            inserted.add(offers.insert(builder.build(), Fixtures.event()));
        }
        inserted.add(offers.insert(offer("other-company").company("company-2").build(), Fixtures.event()));
        return inserted;
    }

    /**
     * 130 published offers, the i-th published at T0 + i s, starting at TODAY + i days and paying 100 + i €; those
     * at {@code KEPT} indexes are in Villeurbanne, all others at the corner of the 20 km box around Lyon.
     */
    private List<InternshipOffer> insertSparseAroundLyon() {
        Set<Integer> kept = Set.of(3, 5, 6, 60, 61, 62, 63, 64, 120, 126);
        GeoBox box = GeoBox.around(LYON, 20);
        GeoPoint corner = new GeoPoint(box.maxLatitude() - 0.001, box.maxLongitude() - 0.001);
        List<InternshipOffer> inserted = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            OfferTerms terms = terms().location(kept.contains(i) ? VILLEURBANNE : corner)
                    .startDate(TODAY.plusDays(i)).stipend(Money.euros(100 + i)).build();
            inserted.add(offers.insert(offer("offer-%03d".formatted((i * 7) % 130)).terms(terms)
                    .publishedAt(T0.plusSeconds(i)).build(), Fixtures.event()));
        }
        return inserted;
    }

    private void insert(InternshipData.OfferBuilder offer) {
        offers.insert(offer.build(), Fixtures.event());
    }

    private void insertAt(String id, WorkMode mode, GeoPoint location) {
        offers.insert(offer(id).terms(terms().workMode(mode).location(location)).build(), Fixtures.event());
    }

    /** An offer with every field set: another currency, a rhythm, skills of both kinds, targets, positions taken. */
    private static InternshipOffer fullOffer(String id) {
        OfferTerms terms = new OfferTerms(OfferKind.APPRENTICESHIP, "Technicien·ne diagnostic",
                "Diagnostic et réparation, véhicules électriques.", "site-2", new GeoPoint(45.7597, 4.8422),
                "Villeurbanne", "membership-7", LocalDate.of(2026, 9, 1), LocalDate.of(2028, 8, 31), 35,
                new Money(123_456, CHF),
                List.of(new SkillRequirement("auto-diagnostic", ProficiencyLevel.ADVANCED),
                        new SkillRequirement("elec-b1vl", ProficiencyLevel.BEGINNER)),
                List.of(new SkillRequirement("diagbox", ProficiencyLevel.EXPERT)),
                List.of("Électricité", "Diagnostic"),
                List.of(new LanguageRequirement("fr", CefrLevel.NATIVE), new LanguageRequirement("en", CefrLevel.B1)),
                3, Set.of("school-a", "school-b"), Set.of("CAP-MV", "BAC-PRO"), WorkMode.HYBRID, new Rhythm(2, 3));
        return new InternshipOffer(id, "company-1", terms, OfferStatus.PUBLISHED, 2,
                List.of("application-9", "application-2"), "sub-recruiter", T0, T0.plusMillis(86_400_007),
                T0.plusMillis(3_600_001), 0);
    }

    /** A draft with only what the domain requires: no description, site, location, stipend, rhythm or lists. */
    private static InternshipOffer minimalDraft(String id) {
        OfferTerms terms = new OfferTerms(OfferKind.INTERNSHIP, "Stage", null, null, null, null, null,
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), 0, null, List.of(), List.of(), List.of(),
                List.of(), 1, Set.of(), Set.of(), WorkMode.ON_SITE, null);
        return InternshipOffer.draft(id, "company-1", terms, null, T0);
    }

    // ---------------------------------------------------------------- helpers

    private List<String> readForward(OfferFilter filter, OfferScope scope, Sort<OfferOrderField> sort, int size,
                                     int max) {
        List<String> read = new ArrayList<>();
        Keyset after = null;
        for (int pages = 0; ; pages++) {
            if (pages > max) {
                fail("paging does not end");
            }
            Page<InternshipOffer> page = offers.search(filter, scope, sort, Paging.first(size, after));
            assertKeysDescribeItems(page, sort.field());
            assertThat(page.hasPreviousPage()).as("hasPreviousPage of page %d", pages).isEqualTo(after != null);
            if (after != null) {
                assertThat(page.items()).as("the page after one that said more follow").isNotEmpty();
            }
            read.addAll(ids(page.items()));
            if (!page.hasNextPage()) {
                return read;
            }
            assertThat(page.items()).as("a page that says more follow is full").hasSize(size);
            after = page.keys().get(page.keys().size() - 1);
        }
    }

    private List<String> readBackward(OfferFilter filter, OfferScope scope, Sort<OfferOrderField> sort, int size,
                                      int max) {
        List<String> read = new ArrayList<>();
        Keyset before = null;
        for (int pages = 0; ; pages++) {
            if (pages > max) {
                fail("paging does not end");
            }
            Page<InternshipOffer> page = offers.search(filter, scope, sort, Paging.last(size, before));
            assertKeysDescribeItems(page, sort.field());
            assertThat(page.hasNextPage()).as("hasNextPage of page %d", pages).isEqualTo(before != null);
            if (before != null) {
                assertThat(page.items()).as("the page before one that said more precede").isNotEmpty();
            }
            read.addAll(0, ids(page.items()));
            if (!page.hasPreviousPage()) {
                return read;
            }
            assertThat(page.items()).as("a page that says more precede is full").hasSize(size);
            before = page.keys().get(0);
        }
    }

    /** The ids in the order the port promises: the field, then the id, both in the sort's direction. */
    private static List<String> expectedOrder(List<InternshipOffer> all, OfferOrderField field, boolean ascending,
                                              Predicate<InternshipOffer> filter) {
        Comparator<InternshipOffer> order = switch (field) {
            case PUBLISHED_AT -> Comparator.comparing(o -> (Instant) sortValue(o, field));
            case START_DATE -> Comparator.comparing(o -> (String) sortValue(o, field));
            case STIPEND -> Comparator.comparing(o -> (Long) sortValue(o, field));
        };
        order = order.thenComparing(InternshipOffer::id);
        return all.stream().filter(filter).sorted(ascending ? order : order.reversed()).map(InternshipOffer::id)
                .toList();
    }

    /** What the keysets carry: publication (drafts: creation) time, ISO start date, stipend amount (0 without). */
    private static Object sortValue(InternshipOffer offer, OfferOrderField field) {
        return switch (field) {
            case PUBLISHED_AT -> offer.publishedAt() != null ? offer.publishedAt() : offer.createdAt();
            case START_DATE -> offer.terms().startDate().toString();
            case STIPEND -> offer.terms().monthlyStipend() == null ? 0L
                    : offer.terms().monthlyStipend().amountInMinorUnits();
        };
    }

    /** Every item comes with the keyset a client would page from: its sort value and its id. */
    private static void assertKeysDescribeItems(Page<InternshipOffer> page, OfferOrderField field) {
        assertThat(page.keys()).hasSameSizeAs(page.items());
        for (int i = 0; i < page.items().size(); i++) {
            InternshipOffer offer = page.items().get(i);
            assertThat(page.keys().get(i)).isEqualTo(new Keyset(sortValue(offer, field), offer.id()));
        }
    }

    private List<String> searchIds(OfferFilter filter, OfferScope scope) {
        Page<InternshipOffer> page = offers.search(filter, scope, new Sort<>(OfferOrderField.PUBLISHED_AT, true),
                Paging.first(Paging.MAX_SIZE, null));
        assertThat(page.hasNextPage()).isFalse();
        return ids(page.items());
    }

    private List<String> candidateIds(MatchPrefilter prefilter, int limit) {
        return offers.matchCandidates(prefilter, limit).stream().map(MatchTerms::offerId).toList();
    }

    private static OfferFilter filterKinds(Set<OfferKind> kinds) {
        return new OfferFilter(null, kinds, null, null, null, null, null, null);
    }

    private static OfferFilter startsBetween(LocalDate from, LocalDate to) {
        return new OfferFilter(null, null, null, null, null, from, to, null);
    }

    private static OfferFilter minStipend(Money money) {
        return new OfferFilter(null, null, null, null, null, null, null, money);
    }

    private static OfferFilter near(GeoPoint point, int km) {
        return new OfferFilter(null, null, null, point, km, null, null, null);
    }

    private static List<String> with(List<String> ids, String... more) {
        List<String> all = new ArrayList<>(ids);
        all.addAll(List.of(more));
        return all;
    }

    private static List<String> ids(List<InternshipOffer> items) {
        return items.stream().map(InternshipOffer::id).toList();
    }
}
