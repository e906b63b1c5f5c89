package fr.passerelle.persistence;

import static fr.passerelle.persistence.Fixtures.T0;
import static fr.passerelle.persistence.Fixtures.active;
import static fr.passerelle.persistence.Fixtures.company;
import static fr.passerelle.persistence.Fixtures.fullCompany;
import static fr.passerelle.persistence.Fixtures.fullSchool;
import static fr.passerelle.persistence.Fixtures.invited;
import static fr.passerelle.persistence.Fixtures.minimalSchool;
import static fr.passerelle.persistence.Fixtures.school;
import static fr.passerelle.persistence.Fixtures.siret;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import fr.passerelle.PersistenceTestApplication;
import fr.passerelle.company.model.Company;
import fr.passerelle.company.model.CompanyFilter;
import fr.passerelle.company.model.CompanyOrderField;
import fr.passerelle.company.model.CompanyProfile;
import fr.passerelle.company.model.VettingStatus;
import fr.passerelle.company.port.out.Companies;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.MembershipStatus;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.school.model.PartnershipTier;
import fr.passerelle.school.model.School;
import fr.passerelle.school.model.SchoolFilter;
import fr.passerelle.school.model.SchoolKind;
import fr.passerelle.school.model.SchoolOrderField;
import fr.passerelle.school.model.SchoolProfile;
import fr.passerelle.school.port.out.Schools;
import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.paging.Keyset;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import fr.passerelle.shared.persistence.SearchKeys;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.IndexField;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.query.Query;

/**
 * What the out-ports {@link Schools}, {@link Companies} and {@link Memberships} promise, asserted against whichever
 * database a subclass configures (embedded in-memory server, real MongoDB replica set). Every test starts from
 * empty collections whose indexes are kept.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
public abstract class PersistenceContract {

    /**
     * 25 school names, listed in the order the NAME sort must give: by name ignoring case, accents and repeated
     * spaces. Raw string order differs ("Zénith" &lt; "atelier", "École" after "Z"), so a sort on the raw name fails.
     */
    private static final List<String> NAMES_IN_ORDER = List.of(
            "Académie 3D",
            "ACADÉMIE des Arts",
            "Atelier  Cinéma",
            "atelier-son",
            "Ciné-Club (Paris)",
            "Cinéma Lumière",
            "Conservatoire Régional",
            "Éclairage Scénique",
            "école de la Lumière",
            "École du Son",
            "Ecole Supérieure",
            "Garage École",
            "Institut Image",
            "Institut image 2",
            "Lycée Pro Auto",
            "lycée pro Mécanique",
            "Mécanique Avenir",
            "Musique & Co",
            "Pôle Son",
            "Régie Lumière",
            "Studio Anim",
            "studio animation",
            "Théâtre Scène",
            "Zénith Audio",
            "zoo Studio");

    private static final SchoolKind[] KINDS = {SchoolKind.SOUND, SchoolKind.CINEMA_AUDIOVISUAL, SchoolKind.MUSIC};
    private static final Sort<SchoolOrderField> BY_NAME = new Sort<>(SchoolOrderField.NAME, true);

    @Autowired
    protected Schools schools;

    @Autowired
    protected Companies companies;

    @Autowired
    protected Memberships memberships;

    @Autowired
    protected MongoOperations mongo;

    @BeforeEach
    void deleteEveryDocumentButKeepTheIndexes() {
        for (String collection : List.of("schools", "companies", "memberships")) {
            mongo.remove(new Query(), collection);
        }
    }

    // ---------------------------------------------------------------- round trips

    @Test
    void insertedSchoolIsReadBackByIdWithEveryField() {
        School school = fullSchool("school-1", "École Supérieure du Son");

        School inserted = schools.insert(school, Fixtures.event());

        assertThat(inserted).usingRecursiveComparison().isEqualTo(school);
        assertThat(schools.findById("school-1")).get().usingRecursiveComparison().isEqualTo(school);
    }

    @Test
    void schoolWithoutOptionalFieldsIsReadBackWithTheSameNulls() {
        School school = minimalSchool("school-1", "Lycée Pro Auto");

        schools.insert(school, Fixtures.event());

        assertThat(schools.findById("school-1")).get().usingRecursiveComparison().isEqualTo(school);
    }

    @Test
    void findAllByIdReturnsTheStoredSchoolsAndIgnoresUnknownIds() {
        School full = schools.insert(fullSchool("school-1", "École du Son"), Fixtures.event());
        schools.insert(minimalSchool("school-2", "Pôle Son"), Fixtures.event());
        School minimal = schools.insert(minimalSchool("school-3", "Régie Lumière"), Fixtures.event());

        List<School> found = schools.findAllById(List.of("school-3", "school-1", "unknown"));

        assertThat(found).usingRecursiveComparison().ignoringCollectionOrder().isEqualTo(List.of(full, minimal));
        assertThat(schools.findById("unknown")).isEmpty();
    }

    @Test
    void insertedCompanyIsReadBackByIdWithEveryField() {
        Company company = fullCompany("company-1", "Garage Dupont SARL", siret("7321087650001"));

        Company inserted = companies.insert(company, Fixtures.event());

        assertThat(inserted).usingRecursiveComparison().isEqualTo(company);
        assertThat(companies.findById("company-1")).get().usingRecursiveComparison().isEqualTo(company);
        assertThat(companies.findAllById(List.of("company-1", "unknown")))
                .usingRecursiveComparison().isEqualTo(List.of(company));
    }

    @Test
    void pendingCompanyWithoutSitesIsReadBackWithTheSameNulls() {
        Company company = company("company-1", "Studio Nord", null, siret("4420118990002"), VettingStatus.PENDING);

        companies.insert(company, Fixtures.event());

        assertThat(companies.findById("company-1")).get().usingRecursiveComparison().isEqualTo(company);
    }

    @Test
    void insertedMembershipsAreReadBackByIdWithEveryField() {
        Membership activeOne = active("membership-1", Tenant.company("company-1"), "tutor@dupont.example.com",
                "sub-tutor");
        Membership invitedOne = invited("membership-2", Tenant.school("school-1"), "prof@son.example.fr");

        assertThat(memberships.insert(activeOne, Fixtures.event())).usingRecursiveComparison().isEqualTo(activeOne);
        assertThat(memberships.insert(invitedOne, Fixtures.event())).usingRecursiveComparison().isEqualTo(invitedOne);

        assertThat(memberships.findById("membership-1")).get().usingRecursiveComparison().isEqualTo(activeOne);
        assertThat(memberships.findById("membership-2")).get().usingRecursiveComparison().isEqualTo(invitedOne);
        assertThat(memberships.findAllById(List.of("membership-2", "membership-1", "unknown")))
                .usingRecursiveComparison().ignoringCollectionOrder().isEqualTo(List.of(activeOne, invitedOne));
    }

    @Test
    void insertReturnsExactlyWhatALaterReadGivesEvenForInstantsFinerThanAMillisecond() {
        Instant now = Instant.parse("2026-01-01T10:00:00.123456Z");
        School registered = School.register("school-1",
                new SchoolProfile("Pôle Son", SchoolKind.GENERAL, null, null, null, null), "sub-admin", now);

        School inserted = schools.insert(registered, Fixtures.event());

        assertThat(schools.findById("school-1")).get().usingRecursiveComparison().isEqualTo(inserted);
    }

    // ---------------------------------------------------------------- unique constraints

    @Test
    void secondSchoolWhoseNameDiffersOnlyByCaseAccentsAndSpacesIsADuplicateName() {
        schools.insert(minimalSchool("school-1", "École Test"), Fixtures.event());

        assertThatThrownBy(() -> schools.insert(minimalSchool("school-2", "ecole test"), Fixtures.event()))
                .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.key()).isEqualTo("name"));
        assertThatThrownBy(() -> schools.insert(minimalSchool("school-3", "  ÉCOLE   Test "), Fixtures.event()))
                .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.key()).isEqualTo("name"));
        assertThat(schools.findAllById(List.of("school-2", "school-3"))).isEmpty();
    }

    @Test
    void secondCompanyWithTheSameSiretIsADuplicateSiret() {
        companies.insert(company("company-1", "Garage Dupont", null, siret("7321087650001"), VettingStatus.PENDING), Fixtures.event());

        assertThatThrownBy(() -> companies.insert(
                company("company-2", "Autre Garage", null, siret("7321087650001"), VettingStatus.PENDING), Fixtures.event()))
                .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.key()).isEqualTo("siret"));
        assertThat(companies.findById("company-2")).isEmpty();
    }

    @Test
    void sameEmailTwiceInOneOrganisationIsADuplicateEmail() {
        memberships.insert(invited("membership-1", Tenant.school("school-1"), "prof@son.example.fr"), Fixtures.event());

        assertThatThrownBy(() -> memberships.insert(
                active("membership-2", Tenant.school("school-1"), "prof@son.example.fr", "sub-prof"), Fixtures.event()))
                .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.key()).isEqualTo("email"));
        assertThat(memberships.findById("membership-2")).isEmpty();
    }

    @Test
    void sameEmailMayBelongToOtherOrganisationsIncludingOneOfAnotherTypeWithTheSameId() {
        memberships.insert(invited("membership-1", Tenant.school("org-1"), "prof@son.example.fr"), Fixtures.event());

        memberships.insert(invited("membership-2", Tenant.school("org-2"), "prof@son.example.fr"), Fixtures.event());
        memberships.insert(invited("membership-3", Tenant.company("org-1"), "prof@son.example.fr"), Fixtures.event());

        assertThat(memberships.findAllById(List.of("membership-1", "membership-2", "membership-3"))).hasSize(3);
    }

    @Test
    void schoolsCollectionHasAUniqueIndexOnTheNormalisedName() {
        assertThat(uniqueIndexKeys("schools")).contains(List.of("nameKey"));
    }

    @Test
    void companiesCollectionHasAUniqueIndexOnTheSiret() {
        assertThat(uniqueIndexKeys("companies")).contains(List.of("profile.siret"));
    }

    @Test
    void membershipsCollectionHasAUniqueIndexOnTheStoredTenantAndEmailFields() {
        memberships.insert(invited("membership-1", Tenant.school("school-1"), "prof@son.example.fr"), Fixtures.event());
        Document stored = mongo.getCollection("memberships").find().first();
        Document tenant = stored.get("tenant", Document.class);
        // Spring Data stores a nested property named "id" as "_id"; the index must cover the stored names.
        assertThat(tenant.keySet()).containsExactlyInAnyOrder("type", "_id");

        assertThat(uniqueIndexKeys("memberships")).contains(List.of("tenant.type", "tenant._id", "email"));
    }

    // ---------------------------------------------------------------- optimistic locking

    @Test
    void schoolUpdateBasedOnTheStoredVersionStoresTheChangeAndIncrementsTheVersion() {
        School inserted = schools.insert(fullSchool("school-1", "École du Son"), Fixtures.event());

        School updated = schools.update(inserted.withTier(PartnershipTier.STRATEGIC, T0.plusSeconds(5)), Fixtures.event());
        School updatedAgain = schools.update(updated.withTier(PartnershipTier.CERTIFIED, T0.plusSeconds(6)), Fixtures.event());

        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.tier()).isEqualTo(PartnershipTier.STRATEGIC);
        assertThat(updatedAgain.version()).isEqualTo(2);
        assertThat(updatedAgain.tier()).isEqualTo(PartnershipTier.CERTIFIED);
        assertThat(schools.findById("school-1")).get().usingRecursiveComparison().isEqualTo(updatedAgain);
    }

    @Test
    void schoolUpdateBasedOnAStaleVersionIsAConcurrentUpdateAndChangesNothing() {
        School inserted = schools.insert(fullSchool("school-1", "École du Son"), Fixtures.event());
        School winner = schools.update(inserted.withTier(PartnershipTier.CERTIFIED, T0.plusSeconds(5)), Fixtures.event());

        assertThatThrownBy(() -> schools.update(inserted.withTier(PartnershipTier.STRATEGIC, T0.plusSeconds(6)), Fixtures.event()))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(schools.findById("school-1")).get().usingRecursiveComparison().isEqualTo(winner);
    }

    @Test
    void updateNeverCreatesASchoolThatIsNotStored() {
        School neverInserted = minimalSchool("school-1", "Pôle Son");

        assertThatThrownBy(() -> schools.update(neverInserted, Fixtures.event())).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(schools.findById("school-1")).isEmpty();
    }

    @Test
    void renamingASchoolToAnotherSchoolsNameIsADuplicateNameAndChangesNothing() {
        schools.insert(minimalSchool("school-1", "École du Son"), Fixtures.event());
        School other = schools.insert(minimalSchool("school-2", "Pôle Son"), Fixtures.event());
        SchoolProfile p = other.profile();
        SchoolProfile renamed = new SchoolProfile("ECOLE DU SON", p.kind(), p.address(), p.website(),
                p.contactEmail(), p.description());

        assertThatThrownBy(() -> schools.update(other.withProfile(renamed, T0.plusSeconds(1)), Fixtures.event()))
                .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.key()).isEqualTo("name"));
        assertThat(schools.findById("school-2")).get().usingRecursiveComparison().isEqualTo(other);
    }

    @Test
    void companyUpdateIncrementsTheVersionAndAStaleOneIsAConcurrentUpdate() {
        Company inserted = companies.insert(fullCompany("company-1", "Garage Dupont SARL", siret("7321087650001")), Fixtures.event());

        Company updated = companies.update(
                inserted.decide(VettingStatus.VERIFIED, "Visite faite", "sub-advisor-2", T0.plusSeconds(9)), Fixtures.event());

        assertThat(updated.version()).isEqualTo(1);
        assertThat(companies.findById("company-1")).get().usingRecursiveComparison().isEqualTo(updated);
        assertThat(updated.vetting().status()).isEqualTo(VettingStatus.VERIFIED);
        assertThatThrownBy(() -> companies.update(
                inserted.decide(VettingStatus.REJECTED, "Doublon", "sub-advisor-3", T0.plusSeconds(10)), Fixtures.event()))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(companies.findById("company-1")).get().usingRecursiveComparison().isEqualTo(updated);
    }

    @Test
    void changingACompanySiretToAnotherCompanysSiretIsADuplicateSiret() {
        companies.insert(company("company-1", "Garage Dupont", null, siret("7321087650001"), VettingStatus.PENDING), Fixtures.event());
        Company other = companies.insert(
                company("company-2", "Studio Nord", null, siret("4420118990002"), VettingStatus.PENDING), Fixtures.event());
        CompanyProfile p = other.profile();
        CompanyProfile taken = new CompanyProfile(p.legalName(), p.tradeName(), siret("7321087650001"), p.kind(),
                p.website(), p.description());

        assertThatThrownBy(() -> companies.update(other.withProfile(taken, T0.plusSeconds(1)), Fixtures.event()))
                .isInstanceOfSatisfying(DuplicateKeyException.class, e -> assertThat(e.key()).isEqualTo("siret"));
        assertThat(companies.findById("company-2")).get().usingRecursiveComparison().isEqualTo(other);
    }

    @Test
    void membershipUpdateIncrementsTheVersionAndAStaleOneIsAConcurrentUpdate() {
        Membership inserted = memberships.insert(invited("membership-1", Tenant.school("school-1"),
                "prof@son.example.fr"), Fixtures.event());

        Membership accepted = memberships.update(inserted.activate("sub-prof", T0.plusSeconds(30)), Fixtures.event());

        assertThat(accepted.version()).isEqualTo(1);
        assertThat(accepted.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(memberships.findById("membership-1")).get().usingRecursiveComparison().isEqualTo(accepted);
        assertThatThrownBy(() -> memberships.update(inserted.activate("sub-intruder", T0.plusSeconds(31)), Fixtures.event()))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(memberships.findById("membership-1")).get().extracting(Membership::subject).isEqualTo("sub-prof");
    }

    // ---------------------------------------------------------------- school keyset paging

    @Test
    void firstPageHoldsTheFirstItemsInNameOrderAndSaysMoreFollow() {
        List<School> all = insertTwentyFiveSchools();

        Page<School> page = schools.search(SchoolFilter.ANY, null, BY_NAME, Paging.first(10, null));

        assertThat(ids(page)).containsExactlyElementsOf(expectedOrder(all, SchoolOrderField.NAME, true).subList(0, 10));
        assertThat(page.hasNextPage()).isTrue();
        assertThat(page.hasPreviousPage()).isFalse();
        assertKeysDescribeItems(page, SchoolOrderField.NAME);
    }

    @ParameterizedTest(name = "{0} ascending={1}, pages of {2}")
    @CsvSource({"NAME, true, 10", "NAME, false, 7", "CREATED_AT, true, 3", "CREATED_AT, false, 4",
            "CREATED_AT, true, 1"})
    void readingForwardPageAfterPageGivesTheWholeOrderWithoutGapsOrDuplicates(SchoolOrderField field,
                                                                              boolean ascending, int size) {
        List<School> all = insertTwentyFiveSchools();
        Sort<SchoolOrderField> sort = new Sort<>(field, ascending);

        List<String> read = new ArrayList<>();
        Keyset after = null;
        for (int pages = 0; ; pages++) {
            if (pages > all.size()) {
                fail("paging does not end");
            }
            Page<School> page = schools.search(SchoolFilter.ANY, null, sort, Paging.first(size, after));
            assertKeysDescribeItems(page, field);
            assertThat(page.hasPreviousPage()).as("hasPreviousPage of page %d", pages).isEqualTo(after != null);
            read.addAll(ids(page));
            if (!page.hasNextPage()) {
                break;
            }
            assertThat(page.items()).as("a page that says more follow is full").hasSize(size);
            after = page.keys().get(page.keys().size() - 1);
        }

        assertThat(read).containsExactlyElementsOf(expectedOrder(all, field, ascending));
    }

    @ParameterizedTest(name = "{0} ascending={1}, pages of {2}")
    @CsvSource({"NAME, true, 10", "NAME, false, 6", "CREATED_AT, true, 3", "CREATED_AT, false, 4"})
    void readingBackwardFromTheEndGivesTheWholeOrderWithoutGapsOrDuplicates(SchoolOrderField field,
                                                                            boolean ascending, int size) {
        List<School> all = insertTwentyFiveSchools();
        Sort<SchoolOrderField> sort = new Sort<>(field, ascending);

        List<String> read = new ArrayList<>();
        Keyset before = null;
        for (int pages = 0; ; pages++) {
            if (pages > all.size()) {
                fail("paging does not end");
            }
            Page<School> page = schools.search(SchoolFilter.ANY, null, sort, Paging.last(size, before));
            assertKeysDescribeItems(page, field);
            assertThat(page.hasNextPage()).as("hasNextPage of page %d", pages).isEqualTo(before != null);
            read.addAll(0, ids(page));
            if (!page.hasPreviousPage()) {
                break;
            }
            assertThat(page.items()).as("a page that says more precede is full").hasSize(size);
            before = page.keys().get(0);
        }

        assertThat(read).containsExactlyElementsOf(expectedOrder(all, field, ascending));
    }

    @Test
    void lastPageBeforeAnItemHoldsTheItemsJustBeforeItInAscendingOrder() {
        List<School> all = insertTwentyFiveSchools();
        List<String> expected = expectedOrder(all, SchoolOrderField.NAME, true);
        List<Keyset> keys = schools.search(SchoolFilter.ANY, null, BY_NAME, Paging.first(25, null)).keys();

        Page<School> page = schools.search(SchoolFilter.ANY, null, BY_NAME, Paging.last(10, keys.get(15)));

        assertThat(ids(page)).containsExactlyElementsOf(expected.subList(5, 15));
        assertThat(page.hasPreviousPage()).isTrue();
        assertThat(page.hasNextPage()).isTrue();
        assertKeysDescribeItems(page, SchoolOrderField.NAME);
    }

    @Test
    void lastPageBeforeAnEarlyItemHoldsWhatPrecedesItAndSaysNothingMorePrecedes() {
        List<School> all = insertTwentyFiveSchools();
        List<String> expected = expectedOrder(all, SchoolOrderField.NAME, true);
        List<Keyset> keys = schools.search(SchoolFilter.ANY, null, BY_NAME, Paging.first(25, null)).keys();

        Page<School> page = schools.search(SchoolFilter.ANY, null, BY_NAME, Paging.last(10, keys.get(3)));

        assertThat(ids(page)).containsExactlyElementsOf(expected.subList(0, 3));
        assertThat(page.hasPreviousPage()).isFalse();
    }

    @Test
    void createdAtOrderBreaksTiesBetweenSchoolsCreatedAtTheSameInstantById() {
        List<School> all = insertTwentyFiveSchools();
        assertThat(all.stream().map(School::createdAt).distinct()).hasSizeLessThan(all.size());

        Page<School> page = schools.search(SchoolFilter.ANY, null, new Sort<>(SchoolOrderField.CREATED_AT, true),
                Paging.first(25, null));

        List<School> read = page.items();
        for (int i = 1; i < read.size(); i++) {
            School previous = read.get(i - 1);
            School current = read.get(i);
            assertThat(current.createdAt()).isAfterOrEqualTo(previous.createdAt());
            if (current.createdAt().equals(previous.createdAt())) {
                assertThat(current.id()).isGreaterThan(previous.id());
            }
        }
        assertThat(read).hasSize(25);
    }

    @Test
    void pageOfSizeZeroHoldsNoItemsButSaysWhetherAnyFollow() {
        assertThat(schools.search(SchoolFilter.ANY, null, BY_NAME, Paging.first(0, null)).hasNextPage()).isFalse();
        insertTwentyFiveSchools();

        Page<School> page = schools.search(SchoolFilter.ANY, null, BY_NAME, Paging.first(0, null));

        assertThat(page.items()).isEmpty();
        assertThat(page.keys()).isEmpty();
        assertThat(page.hasNextPage()).isTrue();
    }

    @Test
    void kindsFilterKeepsOnlySchoolsOfThoseKinds() {
        List<School> all = insertTwentyFiveSchools();
        Set<SchoolKind> wanted = Set.of(SchoolKind.SOUND, SchoolKind.MUSIC);

        Page<School> page = schools.search(new SchoolFilter(wanted, null, null), null, BY_NAME,
                Paging.first(100, null));

        assertThat(ids(page)).isNotEmpty().containsExactlyElementsOf(
                expectedOrder(all, SchoolOrderField.NAME, true, s -> wanted.contains(s.profile().kind())));
    }

    @Test
    void tiersFilterKeepsOnlySchoolsOfThoseTiers() {
        List<School> all = insertTwentyFiveSchools();
        Set<PartnershipTier> wanted = Set.of(PartnershipTier.PREMIUM);

        Page<School> page = schools.search(new SchoolFilter(null, wanted, null), null, BY_NAME,
                Paging.first(100, null));

        assertThat(ids(page)).isNotEmpty().containsExactlyElementsOf(
                expectedOrder(all, SchoolOrderField.NAME, true, s -> wanted.contains(s.tier())));
    }

    @Test
    void nameFragmentMatchesIgnoringCaseAndAccents() {
        insertTwentyFiveSchools();

        assertThat(namesMatching("ECOLE"))
                .containsExactly("école de la Lumière", "École du Son", "Ecole Supérieure", "Garage École");
        assertThat(namesMatching("lumière"))
                .containsExactly("Cinéma Lumière", "école de la Lumière", "Régie Lumière");
        assertThat(namesMatching("  STUDIO   ANIM ")).containsExactly("Studio Anim", "studio animation");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.*", ".", "(", "[", "\\", "\\E", "*", "$"})
    void nameFragmentWithRegexMetacharactersIsMatchedLiterally(String fragment) {
        List<School> all = new ArrayList<>(insertTwentyFiveSchools());
        all.add(schools.insert(minimalSchool("school-literal", "Studio " + fragment + " Prod"), Fixtures.event()));

        List<String> literalMatches = all.stream().map(s -> s.profile().name())
                .filter(name -> SearchKeys.normalize(name).contains(SearchKeys.normalize(fragment)))
                .sorted(Comparator.comparing(SearchKeys::normalize))
                .toList();
        assertThat(literalMatches).contains("Studio " + fragment + " Prod").hasSizeLessThan(all.size());
        assertThat(namesMatching(fragment)).containsExactlyElementsOf(literalMatches);
    }

    @Test
    void nameFragmentWithParenthesisFindsTheNameContainingIt() {
        insertTwentyFiveSchools();

        assertThat(namesMatching("(paris)")).containsExactly("Ciné-Club (Paris)");
    }

    @Test
    void onlyIdsRestrictsTheResultToThoseIds() {
        List<School> all = insertTwentyFiveSchools();
        String first = all.get(3).id();
        String second = all.get(17).id();

        Page<School> page = schools.search(SchoolFilter.ANY, Set.of(first, second, "unknown"), BY_NAME,
                Paging.first(100, null));

        assertThat(ids(page)).containsExactlyElementsOf(
                expectedOrder(all, SchoolOrderField.NAME, true, s -> Set.of(first, second).contains(s.id())));
    }

    @Test
    void emptyOnlyIdsMeansNothingAndNullMeansEverything() {
        insertTwentyFiveSchools();

        Page<School> none = schools.search(SchoolFilter.ANY, Set.of(), BY_NAME, Paging.first(100, null));
        Page<School> everything = schools.search(SchoolFilter.ANY, null, BY_NAME, Paging.first(100, null));

        assertThat(none.items()).isEmpty();
        assertThat(none.hasNextPage()).isFalse();
        assertThat(everything.items()).hasSize(25);
    }

    @Test
    void filtersCombineAndPagingFollowsTheFilteredOrder() {
        List<School> all = insertTwentyFiveSchools();
        SchoolFilter filter = new SchoolFilter(Set.of(SchoolKind.SOUND, SchoolKind.CINEMA_AUDIOVISUAL), null, "o");
        Predicate<School> matches = s -> filter.kinds().contains(s.profile().kind())
                && SearchKeys.normalize(s.profile().name()).contains("o");
        List<String> expected = expectedOrder(all, SchoolOrderField.NAME, true, matches);

        Page<School> first = schools.search(filter, null, BY_NAME, Paging.first(3, null));
        Page<School> second = schools.search(filter, null, BY_NAME,
                Paging.first(100, first.keys().get(first.keys().size() - 1)));

        assertThat(expected).hasSizeGreaterThan(3);
        assertThat(ids(first)).containsExactlyElementsOf(expected.subList(0, 3));
        assertThat(ids(second)).containsExactlyElementsOf(expected.subList(3, expected.size()));
        assertThat(second.hasNextPage()).isFalse();
    }

    // ---------------------------------------------------------------- companies

    @Test
    void findBySiretFindsTheCompanyRegisteredWithIt() {
        Company dupont = companies.insert(
                company("company-1", "Garage Dupont", null, siret("7321087650001"), VettingStatus.PENDING), Fixtures.event());
        companies.insert(company("company-2", "Studio Nord", null, siret("4420118990002"), VettingStatus.PENDING), Fixtures.event());

        assertThat(companies.findBySiret(siret("7321087650001"))).get().usingRecursiveComparison().isEqualTo(dupont);
        assertThat(companies.findBySiret(siret("1111111110003"))).isEmpty();
    }

    @Test
    void companySearchFiltersByVettingStatus() {
        insertCompanies();

        assertThat(companyIds(new CompanyFilter(null, Set.of(VettingStatus.VERIFIED), null)))
                .containsExactly("company-b", "company-d");
        assertThat(companyIds(new CompanyFilter(null, Set.of(VettingStatus.PENDING, VettingStatus.REJECTED), null)))
                .containsExactly("company-a", "company-c");
        assertThat(companyIds(CompanyFilter.ANY))
                .containsExactly("company-a", "company-b", "company-c", "company-d");
    }

    @Test
    void companySearchMatchesAFragmentOfTheTradeOrLegalNameIgnoringCaseAndAccents() {
        insertCompanies();

        assertThat(companyIds(new CompanyFilter(null, null, "LAC"))).containsExactly("company-b");
        assertThat(companyIds(new CompanyFilter(null, null, "societe"))).containsExactly("company-b", "company-d");
        assertThat(companyIds(new CompanyFilter(null, null, "garage"))).containsExactly("company-a", "company-b");
        assertThat(companyIds(new CompanyFilter(null, Set.of(VettingStatus.VERIFIED), "garage")))
                .containsExactly("company-b");
    }

    @Test
    void companiesWithTheSameLegalNamePageInNameThenIdOrderWithoutLoss() {
        List<String> legalNames = List.of("Garage Martin", "GARAGE MARTIN", "Garage  Martín", "Atelier Nord",
                "garage martin", "Zèbre Auto", "Atelier nord");
        for (int i = 0; i < legalNames.size(); i++) {
            companies.insert(company("company-" + (7 - i), legalNames.get(i), null, siret("55500000000" + (10 + i)),
                    VettingStatus.PENDING), Fixtures.event());
        }
        Sort<CompanyOrderField> byName = new Sort<>(CompanyOrderField.LEGAL_NAME, true);

        List<String> read = new ArrayList<>();
        Keyset after = null;
        for (int pages = 0; pages <= legalNames.size(); pages++) {
            Page<Company> page = companies.search(CompanyFilter.ANY, null, byName, Paging.first(2, after));
            page.items().forEach(c -> read.add(c.id()));
            if (!page.hasNextPage()) {
                break;
            }
            after = page.keys().get(page.keys().size() - 1);
        }

        // "atelier nord": companies 4 and 1; "garage martin": 7, 6, 5, 3; "zebre auto": 2.
        assertThat(read).containsExactly("company-1", "company-4", "company-3", "company-5", "company-6",
                "company-7", "company-2");
    }

    // ---------------------------------------------------------------- memberships

    @Test
    void findActiveBySubjectReturnsOnlyThatSubjectsActiveMemberships() {
        Membership school = memberships.insert(active("m-1", Tenant.school("school-1"), "ana@example.fr", "sub-ana"), Fixtures.event());
        Membership company = memberships.insert(
                active("m-2", Tenant.company("company-1"), "ana@example.fr", "sub-ana"), Fixtures.event());
        memberships.insert(active("m-3", Tenant.school("school-1"), "bob@example.fr", "sub-bob"), Fixtures.event());
        memberships.insert(new Membership("m-4", Tenant.school("school-2"), school.role(),
                EmailAddress.of("ana@example.fr"), "sub-ana", MembershipStatus.INVITED, "sub-inviter", T0, null, 0), Fixtures.event());
        memberships.insert(invited("m-5", Tenant.school("school-3"), "ana@example.fr"), Fixtures.event());

        assertThat(memberships.findActiveBySubject("sub-ana"))
                .usingRecursiveComparison().ignoringCollectionOrder().isEqualTo(List.of(school, company));
        assertThat(memberships.findActiveBySubject("sub-nobody")).isEmpty();
    }

    @Test
    void activeSubjectsKeepsOnlyTheGivenSubjectsActiveInThatOrganisationWithTheRole() {
        Tenant school = Tenant.school("school-1");
        memberships.insert(withRole(active("m-1", school, "ana@example.fr", "sub-ana"), MembershipRole.TRAINER),
                Fixtures.event());
        memberships.insert(active("m-2", school, "bob@example.fr", "sub-bob"), Fixtures.event());
        memberships.insert(withRole(active("m-3", Tenant.school("school-2"), "cle@example.fr", "sub-cle"),
                MembershipRole.TRAINER), Fixtures.event());
        memberships.insert(new Membership("m-4", school, MembershipRole.TRAINER, EmailAddress.of("dan@example.fr"),
                "sub-dan", MembershipStatus.INVITED, "sub-inviter", T0, null, 0), Fixtures.event());
        memberships.insert(withRole(active("m-5", school, "eve@example.fr", "sub-eve"), MembershipRole.TRAINER),
                Fixtures.event());

        assertThat(memberships.activeSubjects(school, Set.of(MembershipRole.TRAINER),
                List.of("sub-ana", "sub-bob", "sub-cle", "sub-dan", "sub-nobody"))).containsExactly("sub-ana");
        assertThat(memberships.activeSubjects(school, Set.of(MembershipRole.TRAINER), List.of())).isEmpty();
    }

    private static Membership withRole(Membership m, MembershipRole role) {
        return new Membership(m.id(), m.tenant(), role, m.email(), m.subject(), m.status(), m.invitedBy(),
                m.invitedAt(), m.activatedAt(), m.version());
    }

    @Test
    void findInvitedByEmailReturnsOnlyPendingInvitationsToThatEmailUpToTheLimit() {
        memberships.insert(invited("m-1", Tenant.school("school-1"), "ana@example.fr"), Fixtures.event());
        memberships.insert(invited("m-2", Tenant.school("school-2"), "ana@example.fr"), Fixtures.event());
        memberships.insert(invited("m-3", Tenant.company("company-1"), "ana@example.fr"), Fixtures.event());
        memberships.insert(active("m-4", Tenant.company("company-2"), "ana@example.fr", "sub-ana"), Fixtures.event());
        memberships.insert(invited("m-5", Tenant.school("school-1"), "bob@example.fr"), Fixtures.event());

        List<Membership> all = memberships.findInvitedByEmail(EmailAddress.of("ana@example.fr"), 10);
        List<Membership> limited = memberships.findInvitedByEmail(EmailAddress.of("ana@example.fr"), 2);

        assertThat(all).extracting(Membership::id).containsExactlyInAnyOrder("m-1", "m-2", "m-3");
        assertThat(limited).hasSize(2).extracting(Membership::id).isSubsetOf("m-1", "m-2", "m-3");
        assertThat(memberships.findInvitedByEmail(EmailAddress.of("carl@example.fr"), 10)).isEmpty();
    }

    @Test
    void findInvitedByEmailWithLimitZeroReturnsNothing() {
        memberships.insert(invited("m-1", Tenant.school("school-1"), "ana@example.fr"), Fixtures.event());
        memberships.insert(invited("m-2", Tenant.school("school-2"), "ana@example.fr"), Fixtures.event());

        assertThat(memberships.findInvitedByEmail(EmailAddress.of("ana@example.fr"), 0)).isEmpty();
    }

    @Test
    void findByTenantAndEmailFindsTheMembershipOfThatOrganisationOnly() {
        Membership inSchool = memberships.insert(invited("m-1", Tenant.school("org-1"), "ana@example.fr"), Fixtures.event());
        Membership inCompany = memberships.insert(
                active("m-2", Tenant.company("org-1"), "ana@example.fr", "sub-ana"), Fixtures.event());

        assertThat(memberships.findByTenantAndEmail(Tenant.school("org-1"), EmailAddress.of("ana@example.fr")))
                .get().usingRecursiveComparison().isEqualTo(inSchool);
        assertThat(memberships.findByTenantAndEmail(Tenant.company("org-1"), EmailAddress.of("ana@example.fr")))
                .get().usingRecursiveComparison().isEqualTo(inCompany);
        assertThat(memberships.findByTenantAndEmail(Tenant.school("org-2"), EmailAddress.of("ana@example.fr")))
                .isEmpty();
        assertThat(memberships.findByTenantAndEmail(Tenant.school("org-1"), EmailAddress.of("bob@example.fr")))
                .isEmpty();
    }

    @Test
    void pageListsOneOrganisationsMembershipsInEmailOrder() {
        Tenant school = Tenant.school("org-1");
        memberships.insert(invited("m-1", school, "zoe@example.fr"), Fixtures.event());
        memberships.insert(active("m-2", school, "ana@example.fr", "sub-ana"), Fixtures.event());
        memberships.insert(invited("m-3", school, "marc@example.fr"), Fixtures.event());
        memberships.insert(invited("m-4", school, "bob@example.fr"), Fixtures.event());
        memberships.insert(active("m-5", school, "lea@example.fr", "sub-lea"), Fixtures.event());
        memberships.insert(invited("m-6", Tenant.company("org-1"), "alex@example.fr"), Fixtures.event());
        memberships.insert(invited("m-7", Tenant.school("org-2"), "aaron@example.fr"), Fixtures.event());

        Page<Membership> first = memberships.page(school, Paging.first(2, null));
        Page<Membership> second = memberships.page(school, Paging.first(2, first.keys().get(1)));
        Page<Membership> third = memberships.page(school, Paging.first(2, second.keys().get(1)));

        assertThat(first.items()).extracting(m -> m.email().value()).containsExactly("ana@example.fr", "bob@example.fr");
        assertThat(second.items()).extracting(m -> m.email().value())
                .containsExactly("lea@example.fr", "marc@example.fr");
        assertThat(third.items()).extracting(m -> m.email().value()).containsExactly("zoe@example.fr");
        assertThat(first.hasNextPage()).isTrue();
        assertThat(second.hasNextPage()).isTrue();
        assertThat(third.hasNextPage()).isFalse();
        assertThat(first.keys()).extracting(Keyset::id).containsExactly("m-2", "m-4");
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Inserts the 25 named schools in an order unrelated to their names, with ids unrelated to both, and creation
     * times shared by groups of four (so the creation order has ties to break by id).
     */
    private List<School> insertTwentyFiveSchools() {
        int n = NAMES_IN_ORDER.size();
        List<School> inserted = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            int nameIndex = (j * 3) % n;
            String id = "school-%02d".formatted((nameIndex * 7) % n);
            Instant createdAt = T0.plusSeconds(j / 4);
            PartnershipTier tier = PartnershipTier.values()[nameIndex % PartnershipTier.values().length];
            inserted.add(schools.insert(school(id, NAMES_IN_ORDER.get(nameIndex), KINDS[nameIndex % KINDS.length],
                    tier, createdAt), Fixtures.event()));
        }
        return inserted;
    }

    private static List<String> expectedOrder(List<School> all, SchoolOrderField field, boolean ascending) {
        return expectedOrder(all, field, ascending, s -> true);
    }

    /** The ids in the order the port promises: the field, then the id, both in the sort's direction. */
    private static List<String> expectedOrder(List<School> all, SchoolOrderField field, boolean ascending,
                                              Predicate<School> filter) {
        Comparator<School> order = switch (field) {
            case NAME -> Comparator.comparingInt(s -> NAMES_IN_ORDER.indexOf(s.profile().name()));
            case CREATED_AT -> Comparator.comparing(School::createdAt);
        };
        order = order.thenComparing(School::id);
        return all.stream().filter(filter).sorted(ascending ? order : order.reversed()).map(School::id).toList();
    }

    private static List<String> ids(Page<School> page) {
        return page.items().stream().map(School::id).toList();
    }

    /** Every item comes with the keyset a client would page from: its id and its sort value. */
    private static void assertKeysDescribeItems(Page<School> page, SchoolOrderField field) {
        assertThat(page.keys()).hasSameSizeAs(page.items());
        for (int i = 0; i < page.items().size(); i++) {
            School school = page.items().get(i);
            Object sortValue = switch (field) {
                case NAME -> SearchKeys.normalize(school.profile().name());
                case CREATED_AT -> school.createdAt();
            };
            assertThat(page.keys().get(i)).isEqualTo(new Keyset(sortValue, school.id()));
        }
    }

    private List<String> namesMatching(String fragment) {
        return schools.search(new SchoolFilter(null, null, fragment), null, BY_NAME, Paging.first(100, null))
                .items().stream().map(s -> s.profile().name()).toList();
    }

    /** The key fields of each unique index of the collection, in index order. */
    private List<List<String>> uniqueIndexKeys(String collection) {
        return mongo.indexOps(collection).getIndexInfo().stream()
                .filter(IndexInfo::isUnique)
                .map(index -> index.getIndexFields().stream().map(IndexField::getKey).toList())
                .toList();
    }

    private void insertCompanies() {
        companies.insert(company("company-a", "Garage Arnaud", null, siret("1000000000001"), VettingStatus.PENDING), Fixtures.event());
        companies.insert(company("company-b", "Société Martin SAS", "Garage du Lac", siret("2000000000002"),
                VettingStatus.VERIFIED), Fixtures.event());
        companies.insert(company("company-c", "Studio Nord", "Nord Images", siret("3000000000003"),
                VettingStatus.REJECTED), Fixtures.event());
        companies.insert(company("company-d", "Théâtre Zénith", "SOCIÉTÉ du Zénith", siret("4000000000004"),
                VettingStatus.VERIFIED), Fixtures.event());
    }

    private List<String> companyIds(CompanyFilter filter) {
        return companies.search(filter, null, new Sort<>(CompanyOrderField.LEGAL_NAME, true), Paging.first(100, null))
                .items().stream().map(Company::id).toList();
    }
}
