package fr.passerelle.catalog.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.catalog.model.HalfDay;
import fr.passerelle.catalog.model.Programme;
import fr.passerelle.catalog.model.ProgrammeDetails;
import fr.passerelle.catalog.model.Session;
import fr.passerelle.catalog.model.SessionDetails;
import fr.passerelle.catalog.model.WeeklySlot;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.shared.model.DateRange;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryCrm;
import fr.passerelle.testing.InMemoryMemberships;
import fr.passerelle.testing.InMemoryProgrammes;
import fr.passerelle.testing.InMemorySessions;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The first pages of several programmes' sessions, read at once, under the same rule as one programme's. */
class SessionServiceTest {

    private final InMemorySessions sessions = new InMemorySessions();
    private final InMemoryProgrammes programmes = new InMemoryProgrammes();
    private final InMemoryMemberships memberships = new InMemoryMemberships();
    private final SessionService service = new SessionService(sessions, programmes, memberships,
            new InMemoryCrm.KnownContacts(), Fixtures.countingIds("id-"), Fixtures.events(), Fixtures.CLOCK);

    @BeforeEach
    void twoSchoolsWithAProgrammeAndSessionsEach() {
        programmes.seed(programme("ours", "school-1"));
        programmes.seed(programme("theirs", "school-2"));
        sessions.seed(session("ours-late", "ours", "school-1", 60));
        sessions.seed(session("ours-soon", "ours", "school-1", 30));
        sessions.seed(session("theirs-1", "theirs", "school-2", 30));
    }

    @Test
    void eachProgrammeIsCheckedAsWhenReadAloneAndOnlyTheReadableOnesSessionsAreRead() {
        Actor finance = Actors.member(memberships, "finance-1", Tenant.school("school-1"), MembershipRole.FINANCE);

        Map<String, Page<Session>> pages = service.firstPagesOfProgrammes(finance,
                List.of("ours", "theirs", "missing"), 1);

        assertThat(pages).containsOnlyKeys("ours", "theirs", "missing");
        assertThat(pages.get("ours").items()).extracting(Session::id).containsExactly("ours-soon");
        assertThat(pages.get("ours").hasNextPage()).isTrue();
        // Another school's programme looks exactly like a missing one, and its sessions are not even read.
        assertThat(pages.get("theirs")).isEqualTo(Page.empty()).isEqualTo(pages.get("missing"));
        assertThat(sessions.firstPagesAskedFor()).containsExactly("ours");
        assertThat(pages.get("ours")).isEqualTo(service.ofProgramme(finance, "ours", Paging.first(1, null)));
    }

    @Test
    void whoeverReadsNoSchoolsCatalogueGetsEmptyPagesWithoutAnyRead() {
        for (Actor outsider : List.of(Actors.platformAdmin(), Actors.advisor(),
                Actors.member(memberships, "admin-2", Tenant.school("school-2"), MembershipRole.SCHOOL_ADMIN))) {
            Map<String, Page<Session>> pages = service.firstPagesOfProgrammes(outsider, List.of("ours"), 10);

            assertThat(pages).containsExactly(Map.entry("ours", Page.empty()));
        }
        assertThat(sessions.firstPagesAskedFor()).isEmpty();
    }

    private static Programme programme(String id, String schoolId) {
        return Programme.draft(id, schoolId, new ProgrammeDetails("Programme " + id, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null), "admin", Fixtures.NOW);
    }

    private static Session session(String id, String programmeId, String schoolId, int inDays) {
        SessionDetails details = new SessionDetails(new DateRange(Fixtures.TODAY.plusDays(inDays),
                Fixtures.TODAY.plusDays(inDays + 30)), List.of(new WeeklySlot(DayOfWeek.MONDAY, HalfDay.MORNING,
                LocalTime.of(9, 0), LocalTime.of(12, 30))), null, true, 10, List.of(), null);
        return Session.plan(id, schoolId, programmeId, details, "admin", Fixtures.NOW);
    }
}
