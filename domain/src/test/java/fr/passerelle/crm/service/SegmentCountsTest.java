package fr.passerelle.crm.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.consent.model.ConsentPurpose;
import fr.passerelle.consent.port.out.ConsentRecords;
import fr.passerelle.crm.model.Segment;
import fr.passerelle.crm.model.SegmentCount;
import fr.passerelle.crm.model.SegmentFilter;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.crm.port.out.Segments;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryMemberships;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A page of segments is counted in one call; a count with a consent purpose reads a bounded number of linked contacts
 * and, past them, answers a lower bound said not exact instead of reading on.
 */
class SegmentCountsTest {

    private static final String SCHOOL = "school-1";

    private final InMemoryMemberships memberships = new InMemoryMemberships();
    private final Actor admissions = Actors.member(memberships, "advisor-1", Tenant.school(SCHOOL),
            MembershipRole.ADMISSIONS);
    private final Actor elsewhere = Actors.member(memberships, "other-1", Tenant.school("school-2"),
            MembershipRole.SCHOOL_ADMIN);
    /** Linked contacts per segment's school; every other one's subject granted the purpose. */
    private int linked;
    private final List<Integer> linkedReads = new ArrayList<>();
    private final SegmentService service = new SegmentService(unused(Segments.class), contacts(), consents(),
            Fixtures.countingIds("segment"), Fixtures.events(), Fixtures.CLOCK);

    @Test
    void aConsentCountPastTheCapIsALowerBoundAndReadsNoFurther() {
        linked = 100_000;
        Segment consenting = segment(ConsentPurpose.MARKETING_EMAIL);

        SegmentCount count = service.counts(admissions, List.of(consenting)).get(consenting.id());

        assertThat(count).isEqualTo(new SegmentCount(SegmentService.CONSENT_COUNT_CAP / 2, false));
        assertThat(linkedReads).as("the capped batches, then one probe")
                .hasSize(SegmentService.CONSENT_COUNT_CAP / SegmentService.CONSENT_BATCH + 1);
    }

    @Test
    void belowTheCapTheCountIsExactAndAnotherSchoolGetsZero() {
        linked = 1_200;
        Segment consenting = segment(ConsentPurpose.MARKETING_EMAIL);

        assertThat(service.counts(admissions, List.of(consenting)).get(consenting.id()))
                .isEqualTo(new SegmentCount(600, true));
        assertThat(service.counts(elsewhere, List.of(consenting)).get(consenting.id())).isEqualTo(SegmentCount.NONE);
    }

    private static Segment segment(ConsentPurpose consent) {
        return Segment.create("segment-1", SCHOOL, "Newsletter", new SegmentFilter(null, null, null, null, null,
                null, null, null, null, null, null, consent), "advisor-1", Fixtures.NOW);
    }

    /** Linked contacts {@code contact-0000001}…, in id order, {@code linked} of them. */
    private Contacts contacts() {
        return proxy(Contacts.class, (method, arguments) -> {
            String after = (String) arguments[2];
            int limit = (Integer) arguments[3];
            linkedReads.add(limit);
            int from = after == null ? 0 : Integer.parseInt(after.substring("contact-".length())) + 1;
            return IntStream.range(from, Math.min(linked, from + limit))
                    .mapToObj(i -> new Contacts.LinkedSubject("contact-%07d".formatted(i), "subject-" + i)).toList();
        }, "linkedSubjects");
    }

    private ConsentRecords consents() {
        return proxy(ConsentRecords.class, (method, arguments) -> ((Collection<?>) arguments[1]).stream()
                .map(String::valueOf).filter(subject -> Integer.parseInt(subject.substring(8)) % 2 == 0)
                .collect(Collectors.toSet()), "granting");
    }

    private static <T> T unused(Class<T> type) {
        return proxy(type, (method, arguments) -> null, "none");
    }

    private interface Answer {
        Object apply(String method, Object[] arguments);
    }

    private static <T> T proxy(Class<T> type, Answer answer, String expected) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, arguments) -> {
                    assertThat(method.getName()).as("only %s is read", expected).isEqualTo(expected);
                    return answer.apply(method.getName(), arguments);
                }));
    }
}
