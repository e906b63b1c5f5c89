package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The board through GraphQL: published offers still open, found by keywords (accents, case and plurals ignored),
 * kind, work mode, distance (remote offers always qualify), start dates and stipend, ordered and paged by cursor.
 * Drafts, closed and filled offers never show. Every offer here carries one word no other test uses, and every
 * search includes it, so other data never interferes; the tests only read.
 */
class MarketplaceBoardTest extends MarketplaceApiTest {

    /** The offers of this class: four on the board, three that must never be. */
    private record Board(String tag, String lyonInternship, String lyonApprenticeship, String remote, String hybrid,
                         String draft, String closed, String filled) {

        List<String> listed() {
            return List.of(lyonInternship, lyonApprenticeship, remote, hybrid);
        }
    }

    private static Board board;

    private Board board() {
        if (board == null) {
            String tag = tag();
            var start = today().plusDays(40);
            String a = published(with(terms("Électricité automobile " + tag), "startDate", start.toString(),
                    "endDate", start.plusMonths(2).toString(), "monthlyStipend", euros(500)));
            String b = published(with(terms("Apprenti mécanique " + tag), "kind", "APPRENTICESHIP",
                    "rhythm", Map.of("schoolDaysPerWeek", 2, "companyDaysPerWeek", 3),
                    "startDate", start.plusDays(20).toString(), "endDate", start.plusYears(2).toString(),
                    "monthlyStipend", euros(1_200)));
            String c = published("recruiter-y", COMPANY_Y, with(terms("Mixage à distance " + tag), "siteId", SITE_Y,
                    "workMode", "REMOTE", "requiredSkills", List.of(Map.of("code", "sound-mixing",
                            "minimumLevel", "BEGINNER")),
                    "startDate", start.plusDays(40).toString(), "endDate", start.plusDays(100).toString(),
                    "monthlyStipend", euros(700)));
            String d = published("recruiter-y", COMPANY_Y, with(terms("Prise de son hybride " + tag), "siteId", SITE_Y,
                    "workMode", "HYBRID", "requiredSkills", List.of(),
                    "startDate", start.plusDays(60).toString(), "endDate", start.plusDays(120).toString(),
                    "monthlyStipend", null));
            String draft = draft(terms("Électricité brouillon " + tag));
            String closed = published(terms("Électricité fermée " + tag));
            given.succeed("recruiter-x", OFFER_CLOSE, Map.of("id", closed));
            String filled = published(terms("Électricité pourvue " + tag));
            Applicant learner = independentLearner();
            succeed(learner.caller(), ACCEPT_OFFER, Map.of("id", offered(learner.caller(), filled), "terms", 1));
            board = new Board(tag, a, b, c, d, draft, closed, filled);
        }
        return board;
    }

    /** The board's ids for a filter (the class's word always added to its keywords), one page as asked. */
    private GraphQlHttp.Reply search(String persona, Map<String, Object> filter, Map<String, Object> paging) {
        var withTag = new HashMap<>(filter);
        withTag.merge("keywords", board().tag(), (words, tag) -> words + " " + tag);
        var variables = new HashMap<String, Object>(paging);
        variables.put("filter", withTag);
        var reply = api.query(persona, """
                query($filter: InternshipOfferFilter, $orderBy: InternshipOfferOrder, $first: Int, $after: String,
                      $last: Int, $before: String) {
                  internshipOffers(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last,
                                   before: $before) {
                    edges { cursor node { id status } }
                    pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }""", variables);
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        assertThat(reply.<List<String>>read("$.data.internshipOffers.edges[*].node.status")).allMatch("PUBLISHED"::equals);
        return reply;
    }

    private List<String> found(Map<String, Object> filter) {
        return ids(search("learner", filter, Map.of("first", 100)), "$.data.internshipOffers");
    }

    /** Every page, forward from the start, as many per page as asked; fails on a repeated offer. */
    private List<List<String>> pages(Map<String, Object> filter, Map<String, Object> orderBy, int size) {
        List<List<String>> pages = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            var paging = new HashMap<String, Object>(Map.of("first", size));
            if (orderBy != null) {
                paging.put("orderBy", orderBy);
            }
            if (after != null) {
                paging.put("after", after);
            }
            var reply = search("learner", filter, paging);
            List<String> page = ids(reply, "$.data.internshipOffers");
            assertThat(page.size()).isLessThanOrEqualTo(size);
            pages.add(page);
            more = reply.read("$.data.internshipOffers.pageInfo.hasNextPage");
            after = reply.read("$.data.internshipOffers.pageInfo.endCursor");
            assertThat(pages).as("pages so far").hasSizeLessThan(10);
        }
        List<String> all = pages.stream().flatMap(List::stream).toList();
        assertThat(all).as("no offer twice across pages").doesNotHaveDuplicates();
        return pages;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"learner", "recruiter-x", "recruiter-y", "school-admin-a", "advisor"})
    void theBoardShowsPublishedOpenOffersOnlyToEveryoneSignedIn(String persona) {
        Board board = board();
        var reply = search(persona, Map.of(), Map.of("first", 100));
        assertThat(ids(reply, "$.data.internshipOffers")).as("neither the draft, the closed nor the filled offer")
                .containsExactlyInAnyOrderElementsOf(board.listed())
                .doesNotContain(board.draft(), board.closed(), board.filled());
        assertThat(offer(board.filled()).get("status")).isEqualTo("FILLED");
        assertThat(offer(board.closed()).get("status")).isEqualTo("CLOSED");
    }

    @Test
    void keywordsIgnoreAccentsCaseAndPlurals() {
        Board board = board();
        assertThat(found(Map.of("keywords", "ELECTRICITE"))).containsExactly(board.lyonInternship());
        assertThat(found(Map.of("keywords", "mecaniques"))).containsExactly(board.lyonApprenticeship());
        assertThat(found(Map.of("keywords", "Mixàge"))).containsExactly(board.remote());
        assertThat(found(Map.of("keywords", "mixage lyon"))).as("every word must appear").isEmpty();
        assertThat(found(Map.of("keywords", "Prise de son"))).containsExactly(board.hybrid());
        assertThat(found(Map.of("keywords", "lyon"))).as("the site's city counts")
                .containsExactlyInAnyOrder(board.lyonInternship(), board.lyonApprenticeship());
        assertThat(found(Map.of("keywords", "sound-mixing"))).as("skills count by their code")
                .containsExactly(board.remote());
        assertThat(found(Map.of("keywords", "climatisations"))).as("skills count by their catalog label")
                .containsExactlyInAnyOrder(board.lyonInternship(), board.lyonApprenticeship());
    }

    static Stream<Arguments> filters() {
        var from = today().plusDays(40);
        return Stream.of(
                Arguments.of("apprenticeships", Map.of("kinds", List.of("APPRENTICESHIP")), List.of(1)),
                Arguments.of("internships", Map.of("kinds", List.of("INTERNSHIP")), List.of(0, 2, 3)),
                Arguments.of("remote or hybrid", Map.of("workModes", List.of("REMOTE", "HYBRID")), List.of(2, 3)),
                Arguments.of("on-site internships", Map.of("kinds", List.of("INTERNSHIP"), "workModes",
                        List.of("ON_SITE")), List.of(0)),
                Arguments.of("within 30 km of Lyon", Map.of("near", Map.of("latitude", 45.75, "longitude", 4.85),
                        "withinKm", 30), List.of(0, 1, 2)),
                Arguments.of("within 30 km of Paris", Map.of("near", Map.of("latitude", 48.86, "longitude", 2.35),
                        "withinKm", 30), List.of(2, 3)),
                Arguments.of("within 10 km of a point 11 km from the Lyon site",
                        Map.of("near", Map.of("latitude", 45.803, "longitude", 4.933), "withinKm", 10), List.of(2)),
                Arguments.of("within 12 km of the same point",
                        Map.of("near", Map.of("latitude", 45.803, "longitude", 4.933), "withinKm", 12), List.of(0, 1, 2)),
                Arguments.of("starting from day 50 to day 90", Map.of("startsFrom", from.plusDays(10).toString(),
                        "startsTo", from.plusDays(50).toString()), List.of(1, 2)),
                Arguments.of("starting on the first day exactly", Map.of("startsFrom", from.toString(),
                        "startsTo", from.toString()), List.of(0)),
                Arguments.of("paying €600 or more", Map.of("minMonthlyStipend", euros(600)), List.of(1, 2)),
                Arguments.of("paying €700 or more", Map.of("minMonthlyStipend", euros(700)), List.of(1, 2)),
                Arguments.of("paying in dollars", Map.of("minMonthlyStipend", Map.of("amount", 100, "currency", "USD")),
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void filtersNarrowTheBoard(String name, Map<String, Object> filter, List<Integer> expected) {
        Board board = board();
        assertThat(found(filter)).containsExactlyInAnyOrderElementsOf(
                expected.stream().map(board.listed()::get).toList());
    }

    @Test
    void aDistanceFilterPagesWithoutLosingOrRepeatingOffers() {
        Board board = board();
        var near = Map.<String, Object>of("near", Map.of("latitude", 45.803, "longitude", 4.933), "withinKm", 12);
        var pages = pages(near, Map.of("field", "START_DATE", "direction", "ASC"), 1);
        assertThat(pages.stream().flatMap(List::stream).toList())
                .containsExactly(board.lyonInternship(), board.lyonApprenticeship(), board.remote());
    }

    @Test
    void startDateOrderPagesForwardAndBackward() {
        Board board = board();
        var ascending = Map.<String, Object>of("field", "START_DATE", "direction", "ASC");
        assertThat(pages(Map.of(), ascending, 2)).containsExactly(
                List.of(board.lyonInternship(), board.lyonApprenticeship()), List.of(board.remote(), board.hybrid()));
        assertThat(pages(Map.of(), Map.of("field", "START_DATE", "direction", "DESC"), 3)).containsExactly(
                List.of(board.hybrid(), board.remote(), board.lyonApprenticeship()), List.of(board.lyonInternship()));

        var last = search("learner", Map.of(), Map.of("orderBy", ascending, "last", 2));
        assertThat(ids(last, "$.data.internshipOffers")).containsExactly(board.remote(), board.hybrid());
        assertThat(last.<Boolean>read("$.data.internshipOffers.pageInfo.hasPreviousPage")).isTrue();
        var before = search("learner", Map.of(), Map.of("orderBy", ascending, "last", 2,
                "before", last.read("$.data.internshipOffers.pageInfo.startCursor")));
        assertThat(ids(before, "$.data.internshipOffers"))
                .containsExactly(board.lyonInternship(), board.lyonApprenticeship());
        assertThat(before.<Boolean>read("$.data.internshipOffers.pageInfo.hasPreviousPage")).isFalse();
    }

    @Test
    void stipendOrderCountsNoStipendAsZero() {
        Board board = board();
        assertThat(pages(Map.of(), Map.of("field", "STIPEND", "direction", "DESC"), 1)).containsExactly(
                List.of(board.lyonApprenticeship()), List.of(board.remote()), List.of(board.lyonInternship()),
                List.of(board.hybrid()));
        assertThat(pages(Map.of(), Map.of("field", "STIPEND", "direction", "ASC"), 3)).containsExactly(
                List.of(board.hybrid(), board.lyonInternship(), board.remote()), List.of(board.lyonApprenticeship()));
    }

    @Test
    void newestFirstByDefault() {
        Board board = board();
        assertThat(pages(Map.of(), null, 2)).containsExactly(List.of(board.hybrid(), board.remote()),
                List.of(board.lyonApprenticeship(), board.lyonInternship()));
    }

    @Test
    void aPlaceWithoutADistanceIsABadRequest() {
        board();
        for (var filter : List.<Map<String, Object>>of(
                Map.of("near", Map.of("latitude", 45.75, "longitude", 4.85)),
                Map.of("withinKm", 30),
                Map.of("near", Map.of("latitude", 45.75, "longitude", 4.85), "withinKm", 0),
                Map.of("near", Map.of("latitude", 45.75, "longitude", 4.85), "withinKm", 1_001))) {
            var reply = api.query("learner", """
                    query($filter: InternshipOfferFilter) { internshipOffers(first: 5, filter: $filter) { edges { node { id } } } }""",
                    Map.of("filter", filter));
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            assertThat(reply.errorClassification()).as(filter.toString()).isEqualTo("BAD_REQUEST");
        }
    }
}
