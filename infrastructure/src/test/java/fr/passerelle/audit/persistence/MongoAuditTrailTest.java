package fr.passerelle.audit.persistence;

import static fr.passerelle.persistence.Fixtures.T0;
import static fr.passerelle.persistence.Fixtures.memberOf;
import static fr.passerelle.persistence.Fixtures.platformAdminFor;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.PersistenceTestApplication;
import fr.passerelle.audit.model.AuditEntry;
import fr.passerelle.audit.model.AuditFilter;
import fr.passerelle.audit.port.out.AuditTrail;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.paging.Keyset;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.TestPropertySource;

/** The {@link AuditTrail} port: append-only, searched newest first with keyset pages. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@TestPropertySource(properties = "passerelle.mongodb.in-memory=true")
class MongoAuditTrailTest {

    private static final AuditFilter EVERYTHING = new AuditFilter(null, null, null, null, null, null, null);

    @Autowired
    private AuditTrail trail;

    @Autowired
    private MongoOperations mongo;

    @BeforeEach
    void emptyDatabase() {
        TestDatabase.clear(mongo);
    }

    @Test
    void appendedEntryIsReadBackWithEveryField() {
        AuditEntry entry = new AuditEntry("event-1", "school.tier_changed", "School", "school-1", 4,
                platformAdminFor("school:school-1"), List.of("tier", "profile.website"), T0);

        trail.append(entry);

        assertThat(search(EVERYTHING)).containsExactly(entry);
    }

    @Test
    void appendingTheSameEventAgainKeepsTheFirstEntryUnchanged() {
        AuditEntry first = entry("event-1", "school.registered", "School", "school-1", memberOf("school:school-1",
                "sub-ana"), T0);
        AuditEntry replay = entry("event-1", "school.tampered", "School", "school-2", Initiator.system(),
                T0.plusSeconds(1));

        trail.append(first);
        trail.append(replay);

        assertThat(search(EVERYTHING)).containsExactly(first);
    }

    @Test
    void searchListsNewestFirstWithTiesByDescendingId() {
        appendHistory();

        assertThat(ids(search(EVERYTHING))).containsExactly("e-6", "e-5", "e-4", "e-3", "e-2", "e-1");
    }

    @Test
    void searchFiltersOnTheAggregateTheSubjectAndTheAction() {
        appendHistory();

        assertThat(ids(search(AuditFilter.ofAggregate("School", "school-1")))).containsExactly("e-4", "e-2", "e-1");
        assertThat(ids(search(AuditFilter.ofAggregate("School", null)))).containsExactly("e-5", "e-4", "e-2", "e-1");
        assertThat(ids(search(new AuditFilter(null, null, "sub-ana", null, null, null, null))))
                .containsExactly("e-2", "e-1");
        assertThat(ids(search(new AuditFilter(null, null, null, "school.tier_changed", null, null, null))))
                .containsExactly("e-5", "e-4");
        assertThat(ids(search(new AuditFilter("School", "school-1", "sub-platform-admin", "school.tier_changed",
                null, null, null)))).containsExactly("e-4");
        assertThat(ids(search(new AuditFilter("Company", "school-1", null, null, null, null, null)))).isEmpty();
    }

    @Test
    void organisationMatchesActionsByItsMembersAndOnItsBehalf() {
        appendHistory();

        assertThat(ids(search(new AuditFilter(null, null, null, null, "school:school-1", null, null))))
                .containsExactly("e-4", "e-2", "e-1");
        assertThat(ids(search(new AuditFilter(null, null, null, null, "company:company-1", null, null))))
                .containsExactly("e-6", "e-3");
        assertThat(ids(search(new AuditFilter(null, null, "sub-platform-admin", null, "school:school-2", null,
                null)))).containsExactly("e-5");
    }

    @Test
    void timeRangeIncludesItsStartAndExcludesItsEnd() {
        appendHistory();

        assertThat(ids(search(new AuditFilter(null, null, null, null, null, T0.plusSeconds(1), T0.plusSeconds(3)))))
                .containsExactly("e-3", "e-2");
        assertThat(ids(search(new AuditFilter(null, null, null, null, null, T0.plusSeconds(3), null))))
                .containsExactly("e-6", "e-5", "e-4");
        assertThat(ids(search(new AuditFilter(null, null, null, null, null, null, T0.plusSeconds(1)))))
                .containsExactly("e-1");
    }

    @Test
    void pagesFollowEachOtherForwardAndBackwardWithoutGapOrOverlap() {
        appendHistory();

        Page<AuditEntry> first = trail.search(EVERYTHING, Paging.first(2, null));
        Page<AuditEntry> second = trail.search(EVERYTHING, Paging.first(2, last(first)));
        Page<AuditEntry> third = trail.search(EVERYTHING, Paging.first(2, last(second)));
        Page<AuditEntry> backFromThird = trail.search(EVERYTHING, Paging.last(2, third.keys().get(0)));
        Page<AuditEntry> backToStart = trail.search(EVERYTHING, Paging.last(3, backFromThird.keys().get(0)));

        assertThat(ids(first.items())).containsExactly("e-6", "e-5");
        assertThat(ids(second.items())).containsExactly("e-4", "e-3");
        assertThat(ids(third.items())).containsExactly("e-2", "e-1");
        assertThat(first.hasNextPage()).isTrue();
        assertThat(first.hasPreviousPage()).isFalse();
        assertThat(third.hasNextPage()).isFalse();
        assertThat(ids(backFromThird.items())).containsExactly("e-4", "e-3");
        assertThat(backFromThird.hasPreviousPage()).isTrue();
        assertThat(ids(backToStart.items())).containsExactly("e-6", "e-5");
        assertThat(backToStart.hasPreviousPage()).isFalse();
        assertThat(first.keys().get(0).sortValue()).isEqualTo(T0.plusSeconds(4));
    }

    @Test
    void pagingWithinAFilterStaysInsideIt() {
        appendHistory();
        AuditFilter school = new AuditFilter(null, null, null, null, "school:school-1", null, null);

        Page<AuditEntry> first = trail.search(school, Paging.first(2, null));
        Page<AuditEntry> second = trail.search(school, Paging.first(2, last(first)));

        assertThat(ids(first.items())).containsExactly("e-4", "e-2");
        assertThat(ids(second.items())).containsExactly("e-1");
        assertThat(second.hasNextPage()).isFalse();
    }

    /**
     * Six actions: e-1, e-2 by a school-1 member; e-3 by a company member; e-4 and e-5 by a platform admin on behalf
     * of schools 1 and 2; e-6 by the system about company-1 (its initiator names the company as served
     * organisation). e-5 and e-6 happen at the same instant.
     */
    private void appendHistory() {
        Initiator ana = memberOf("school:school-1", "sub-ana");
        trail.append(entry("e-3", "company.registered", "Company", "company-1",
                memberOf("company:company-1", "sub-bob"), T0.plusSeconds(2)));
        trail.append(entry("e-1", "school.registered", "School", "school-1", ana, T0));
        trail.append(entry("e-6", "company.verified", "Company", "company-1",
                new Initiator(Initiator.SYSTEM, Set.of(), null, "company:company-1", null),
                T0.plusSeconds(4)));
        trail.append(entry("e-2", "school.profile_updated", "School", "school-1", ana, T0.plusSeconds(1)));
        trail.append(entry("e-5", "school.tier_changed", "School", "school-2", platformAdminFor("school:school-2"),
                T0.plusSeconds(4)));
        trail.append(entry("e-4", "school.tier_changed", "School", "school-1", platformAdminFor("school:school-1"),
                T0.plusSeconds(3)));
    }

    private static AuditEntry entry(String id, String action, String type, String aggregateId, Initiator by,
                                    Instant at) {
        return new AuditEntry(id, action, type, aggregateId, 1, by, List.of("field"), at);
    }

    private List<AuditEntry> search(AuditFilter filter) {
        return trail.search(filter, Paging.first(100, null)).items();
    }

    private static Keyset last(Page<AuditEntry> page) {
        return page.keys().get(page.keys().size() - 1);
    }

    private static List<String> ids(List<AuditEntry> entries) {
        return entries.stream().map(AuditEntry::id).toList();
    }
}
