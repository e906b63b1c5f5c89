package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may write and read company X's offers, over HTTP with real tokens. Company X's recruiters and platform admins
 * write; drafts are read by the company's members, advisors and admins only, published offers (open or closed) by
 * everyone signed in. Someone else's draft looks missing (NOT_FOUND / null); an offer one sees but may not change is
 * FORBIDDEN. Every test writes offers of its own.
 */
class MarketplaceOfferAuthorizationTest extends MarketplaceApiTest {

    static Stream<Arguments> changes() {
        // Columns: create on X, then on a draft: update, publish, close; then on a published offer: update,
        // publish again, close.
        return Stream.of(
                Arguments.of("platform-admin", OK, OK, OK, OK, OK, OK, OK),
                Arguments.of("recruiter-x", OK, OK, OK, OK, OK, OK, OK),
                Arguments.of("advisor", FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Arguments.of("school-admin-a", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Arguments.of("school-admin-b", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Arguments.of("recruiter-y", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Arguments.of("learner", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Arguments.of(NEWCOMER, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void eachCallerWritesExactlyTheOffersItsRoleAllows(String who, String create, String updateDraft,
                                                      String publishDraft, String closeDraft, String updatePublished,
                                                      String publishPublished, String closePublished) {
        Caller caller = caller(who);
        String tag = tag();
        String draftToPublish = draft(terms("Brouillon " + tag));
        String draftToClose = draft(terms("Brouillon à fermer " + tag));
        String open = published(terms("Offre publiée " + tag));
        int openVersion = ((Number) offer(open).get("version")).intValue();

        var created = as(caller, OFFER_CREATE, Map.of("company", COMPANY_X, "input", terms("Nouvelle " + tag)));
        assertThat(result(created)).as("internshipOfferCreate").isEqualTo(create);
        assertThat(result(as(caller, OFFER_UPDATE, Map.of("id", draftToPublish,
                "input", Map.of("terms", terms("Renommée " + tag)))))).as("update a draft").isEqualTo(updateDraft);
        assertThat(result(as(caller, OFFER_PUBLISH, Map.of("id", draftToPublish)))).as("publish a draft")
                .isEqualTo(publishDraft);
        assertThat(result(as(caller, OFFER_CLOSE, Map.of("id", draftToClose)))).as("close a draft")
                .isEqualTo(closeDraft);
        assertThat(result(as(caller, OFFER_UPDATE, Map.of("id", open, "input", Map.of("terms",
                with(terms("Offre publiée " + tag), "description", "Nouvelle description."))))))
                .as("update a published offer").isEqualTo(updatePublished);
        assertThat(result(as(caller, OFFER_PUBLISH, Map.of("id", open)))).as("publish a published offer again")
                .isEqualTo(publishPublished);
        assertThat(result(as(caller, OFFER_CLOSE, Map.of("id", open)))).as("close a published offer")
                .isEqualTo(closePublished);

        // What was allowed happened, what was refused left no trace.
        var theirs = created.<Map<String, Object>>find("$.data.internshipOfferCreate.offer");
        if (OK.equals(create)) {
            assertThat(theirs).containsEntry("status", "DRAFT").containsEntry("companyName", "Garage Martin")
                    .containsEntry("viewerCanManage", true);
        }
        assertThat(companyOffers(tag)).as("company X's offers of this test")
                .hasSize(OK.equals(create) ? 4 : 3);
        var first = offer(draftToPublish);
        assertThat(first.get("title")).isEqualTo(OK.equals(updateDraft) ? "Renommée " + tag : "Brouillon " + tag);
        assertThat(first.get("status")).isEqualTo(OK.equals(publishDraft) ? "PUBLISHED" : "DRAFT");
        assertThat(offer(draftToClose).get("status")).isEqualTo(OK.equals(closeDraft) ? "CLOSED" : "DRAFT");
        var published = offer(open);
        assertThat(published.get("description"))
                .isEqualTo(OK.equals(updatePublished) ? "Nouvelle description." : DESCRIPTION);
        assertThat(published.get("status")).isEqualTo(OK.equals(closePublished) ? "CLOSED" : "PUBLISHED");
        assertThat(published.get("termsVersion")).as("a new description is no new terms version").isEqualTo(1);
        if (!OK.equals(updatePublished) && !OK.equals(closePublished)) {
            assertThat(published.get("version")).as("refused changes write nothing").isEqualTo(openVersion);
        }
    }

    /** The titles of company X's offers carrying the tag, every status, as the platform admin lists them. */
    private List<String> companyOffers(String tag) {
        var reply = api.query("platform-admin", """
                query($company: ID!, $tag: String) { node(id: $company) { ... on Company {
                  offers(first: 100, filter: {keywords: $tag}) { edges { node { id title } } } } } }""",
                Map.of("company", COMPANY_X, "tag", tag));
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        return reply.read("$.data.node.offers.edges[*].node.title");
    }

    // ---- reading ---------------------------------------------------------------------------------------------

    /** One draft, one published and one closed offer of company X, shared by the reading tests (none changes them). */
    private record Offers(String tag, String draft, String open, String closed) {
    }

    private static Offers offers;

    private Offers offers() {
        if (offers == null) {
            String tag = tag();
            String draft = draft(terms("Lecture brouillon " + tag));
            String open = published(terms("Lecture publiée " + tag));
            String closed = published(terms("Lecture fermée " + tag));
            given.succeed("recruiter-x", OFFER_CLOSE, Map.of("id", closed));
            offers = new Offers(tag, draft, open, closed);
        }
        return offers;
    }

    static Stream<Arguments> reads() {
        // Columns: sees the draft, sees the published and the closed offer, company X's offer list (null: company X
        // itself is invisible), may manage, sees the offer's company.
        return Stream.of(
                Arguments.of("platform-admin", true, true, true, true, true),
                Arguments.of("advisor", true, true, true, false, true),
                Arguments.of("recruiter-x", true, true, true, true, true),
                Arguments.of("school-admin-a", false, true, null, false, false),
                Arguments.of("school-admin-b", false, true, null, false, false),
                Arguments.of("recruiter-y", false, true, null, false, false),
                Arguments.of("learner", false, true, null, false, false),
                Arguments.of(NEWCOMER, false, true, null, false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reads")
    void eachCallerReadsDraftsOnlyAsAnInsiderAndPublishedOffersAlways(String who, boolean draft, boolean published,
                                                                      Boolean lists, boolean manages,
                                                                      boolean company) {
        Offers offers = offers();
        var reply = as(caller(who), """
                query($draft: ID!, $open: ID!, $closed: ID!, $company: ID!, $tag: String) {
                  draft: node(id: $draft) { id ... on InternshipOffer { title } }
                  open: node(id: $open) { id ... on InternshipOffer { status title companyName viewerCanManage company { id } } }
                  closed: node(id: $closed) { id ... on InternshipOffer { status } }
                  nodes(ids: [$draft, $open]) { id }
                  company: node(id: $company) { ... on Company {
                    all: offers(first: 100, filter: {keywords: $tag}) { edges { node { id status } } }
                    drafts: offers(first: 100, statuses: [DRAFT], filter: {keywords: $tag}) { edges { node { id } } } } }
                }""", Map.of("draft", offers.draft(), "open", offers.open(), "closed", offers.closed(),
                "company", COMPANY_X, "tag", offers.tag()));
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();

        assertThat(reply.<String>find("$.data.draft.id")).as("node(draft)").isEqualTo(draft ? offers.draft() : null);
        assertThat(reply.<String>find("$.data.draft.title")).isEqualTo(draft ? "Lecture brouillon " + offers.tag() : null);
        assertThat(reply.<List<Object>>read("$.data.nodes[*]")).as("nodes(draft, published)")
                .containsExactly(draft ? Map.of("id", offers.draft()) : null, Map.of("id", offers.open()));
        assertThat(reply.<String>find("$.data.open.id")).as("node(published)").isEqualTo(published ? offers.open() : null);
        assertThat(reply.<String>find("$.data.open.status")).isEqualTo("PUBLISHED");
        assertThat(reply.<String>find("$.data.open.companyName")).isEqualTo("Garage Martin");
        assertThat(reply.<String>find("$.data.closed.status")).as("node(closed)").isEqualTo("CLOSED");
        assertThat(reply.<Boolean>find("$.data.open.viewerCanManage")).as("viewerCanManage").isEqualTo(manages);
        assertThat(reply.<String>find("$.data.open.company.id")).as("offer.company").isEqualTo(company ? COMPANY_X : null);

        if (lists == null) {
            assertThat(reply.<Object>find("$.data.company")).as("company X is invisible, its list too").isNull();
        } else {
            assertThat(ids(reply, "$.data.company.all")).as("company X's offers")
                    .containsExactlyInAnyOrder(offers.draft(), offers.open(), offers.closed());
            assertThat(ids(reply, "$.data.company.drafts")).as("company X's drafts").containsExactly(offers.draft());
        }
    }

    @Test
    void aCompanyListsOnlyItsOwnOffers() {
        Offers offers = offers();
        var reply = api.query("recruiter-y", """
                query($company: ID!, $tag: String) { node(id: $company) { ... on Company {
                  offers(first: 100, filter: {keywords: $tag}) { edges { node { id } } } } } }""",
                Map.of("company", COMPANY_Y, "tag", offers.tag()));
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        assertThat(ids(reply, "$.data.node.offers")).as("company Y lists none of X's offers").isEmpty();
    }

    @Test
    void aDraftClosedBeforeBeingPublishedStaysHiddenFromOutsiders() {
        String tag = tag();
        String offer = draft(terms("Jamais publiée " + tag));
        given.succeed("recruiter-x", OFFER_CLOSE, Map.of("id", offer));
        assertThat(offer(offer)).containsEntry("status", "CLOSED").containsEntry("publishedAt", null);

        for (String outsider : List.of("recruiter-y", "school-admin-a", "learner")) {
            var reply = api.query(outsider, OFFER_READ, Map.of("id", offer));
            assertThat(reply.errorClassification()).as(reply.toString()).isNull();
            assertThat(reply.<Object>find("$.data.node")).as(outsider + " reads an offer that was never published")
                    .isNull();
        }
    }

    @Test
    void requestsWithoutATokenAreUnauthorizedAndWriteNothing() {
        String tag = tag();
        String draft = draft(terms("Sans jeton " + tag));
        var json = JsonMapper.builder().build();

        var create = api.postWithToken(null, json.writeValueAsString(Map.of("query", OFFER_CREATE,
                "variables", Map.of("company", COMPANY_X, "input", terms("Créée sans jeton " + tag)))));
        var publish = api.postWithToken(null, json.writeValueAsString(Map.of("query", OFFER_PUBLISH,
                "variables", Map.of("id", draft))));
        var read = api.postWithToken(null, json.writeValueAsString(Map.of("query", OFFER_READ,
                "variables", Map.of("id", draft))));
        var board = api.postWithToken("not-a-jwt", json.writeValueAsString(Map.of("query",
                "{ internshipOffers(first: 5) { edges { node { id } } } }")));

        for (var reply : List.of(create, publish, read, board)) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
            assertThat(reply.body()).as("nothing about the offer leaks").doesNotContain(tag);
        }
        assertThat(companyOffers(tag)).containsExactly("Sans jeton " + tag);
        assertThat(offer(draft).get("status")).isEqualTo("DRAFT");
    }

    /**
     * A published offer is everyone's to read, its history too, but not who at the company wrote it: outsiders read
     * each action and its time, never the recruiter's subject, client or the internal names of the fields changed.
     */
    @Test
    void anOffersHistoryNamesTheRecruiterOnlyToTheCompanyAdvisorsAndAdmins() {
        String offer = published(terms("Historique " + tag()));
        given.awaitAuditOf(offer, 2);
        String history = """
                query($id: ID!) { node(id: $id) { ... on InternshipOffer { history(first: 100) { edges { node {
                  action occurredAt changedFields actor { subject roles organisationId client } } } } } } }""";

        String recruiter = api.query("recruiter-x", history, Map.of("id", offer))
                .read("$.data.node.history.edges[0].node.actor.subject");
        assertThat(recruiter).isNotBlank();
        for (String insider : List.of("recruiter-x", "advisor", "platform-admin")) {
            var reply = api.query(insider, history, Map.of("id", offer));
            assertThat(reply.errorClassification()).as(reply.toString()).isNull();
            assertThat(reply.<List<String>>read("$.data.node.history.edges[*].node.actor.subject")).as(insider)
                    .hasSize(2).containsOnly(recruiter);
        }
        for (String outsider : List.of("recruiter-y", "school-admin-a", "learner")) {
            var reply = api.query(outsider, history, Map.of("id", offer));
            assertThat(reply.errorClassification()).as(reply.toString()).isNull();
            assertThat(reply.<List<String>>read("$.data.node.history.edges[*].node.action")).as(outsider)
                    .containsExactly("offer.published", "offer.created");
            assertThat(reply.<List<Object>>read("$.data.node.history.edges[*].node.actor")).containsOnlyNulls();
            assertThat(reply.<List<List<String>>>read("$.data.node.history.edges[*].node.changedFields"))
                    .allSatisfy(fields -> assertThat(fields).isEmpty());
            assertThat(reply.body()).doesNotContain(recruiter);
        }
    }
}
