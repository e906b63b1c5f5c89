package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the client screens read without holes: the public school and company cards and who sees which fields, the
 * relations an offer and an agreement point at as objects, a school's list of its learners' applications, the
 * agreement prefilled from the accepted offer with its divergences, and the match rankings as connections.
 */
class ScreensTest extends AgreementApiTest {

    private static final String SCHOOL_CARD = "id name kind city website partnershipTier";
    private static final String COMPANY_CARD = "id name description website city verified";
    private static final String OFFER_CARDS = """
            query($id: ID!) { node(id: $id) { ... on InternshipOffer { company { id siret }
              companyCard { %s offers(first: 100) { edges { node { id status } } } }
              site { id name address { city } } tutor { id email } targetSchools { %s } } } }"""
            .formatted(COMPANY_CARD, SCHOOL_CARD);
    private static final String SCHOOL_APPLICATIONS = """
            query($school: ID!, $filter: SchoolApplicationFilter, $first: Int, $after: String) {
              node(id: $school) { ... on School { applications(first: $first, after: $after, filter: $filter) {
                edges { node { id status learner { id } } } pageInfo { hasNextPage endCursor } } } } }""";

    // ---- public cards ------------------------------------------------------------------------------------------

    @Test
    void aLearnerReadsTheirSchoolsCardButNotTheSchool() {
        Applicant learner = learnerOfSchoolA();

        var reply = as(learner.caller(), """
                { viewer { learnerProfile { academic { school { id } schoolCard { %s } } } } }""".formatted(SCHOOL_CARD));

        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        Map<String, Object> academic = reply.read("$.data.viewer.learnerProfile.academic");
        assertThat(academic.get("school")).isNull();
        assertThat(asMap(academic.get("schoolCard"))).containsEntry("id", SCHOOL_A)
                .containsEntry("name", SCHOOL_A_NAME).containsKey("partnershipTier");
    }

    @Test
    void aCardHoldsNoPrivateFieldOfTheSchoolOrTheCompany() {
        for (String query : List.of("query($id: ID!) { schoolCard(id: $id) { contactEmail } }",
                "query($id: ID!) { schoolCard(id: $id) { partnership { annualFee } } }",
                "query($id: ID!) { companyCard(id: $id) { siret } }",
                "query($id: ID!) { companyCard(id: $id) { members { edges { node { id } } } } }")) {
            var reply = api.query("learner", query, Map.of("id", SCHOOL_A));
            assertThat(reply.errorClassification()).as(query).isEqualTo("BAD_REQUEST");
        }
    }

    @Test
    void aRecruiterReadsTheApplicantsSchoolCardOnlyWhenTheLearnerSharedTheAcademicPart() {
        String offer = published(terms("Carte d'école " + tag()));
        Applicant sharing = learnerOfSchoolA();
        Applicant discreet = learnerOfSchoolA();
        String shared = apply(sharing.caller(), offer, "ACADEMIC");
        String notShared = apply(discreet.caller(), offer, "SKILLS");
        String read = "query($id: ID!) { node(id: $id) { ... on Application { applicant { academic { school { id } schoolCard { name } } } } } }";

        var sharedReply = api.query("recruiter-x", read, Map.of("id", shared));
        var notSharedReply = api.query("recruiter-x", read, Map.of("id", notShared));

        assertThat(sharedReply.<Object>read("$.data.node.applicant.academic.school")).isNull();
        assertThat(sharedReply.<String>read("$.data.node.applicant.academic.schoolCard.name")).isEqualTo(SCHOOL_A_NAME);
        assertThat(notSharedReply.<Object>read("$.data.node.applicant.academic")).isNull();
    }

    @Test
    void everyoneWhoSeesAnOfferReadsItsCompanysCardWithItsPublishedOffersButNeverTheCompany() {
        String offer = published(terms("Carte d'entreprise " + tag()));
        String draft = draft(terms("Brouillon " + tag()));

        for (String persona : List.of("learner", "recruiter-y", "school-admin-b", "advisor")) {
            var reply = api.query(persona, OFFER_CARDS, Map.of("id", offer));
            assertThat(reply.errorClassification()).as(persona + reply).isNull();
            Map<String, Object> card = reply.read("$.data.node.companyCard");
            assertThat(card).as(persona).containsEntry("id", COMPANY_X).containsEntry("verified", true)
                    .containsEntry("name", COMPANY_X_NAME);
            List<String> listed = reply.read("$.data.node.companyCard.offers.edges[*].node.id");
            assertThat(listed).as(persona).contains(offer).doesNotContain(draft);
            assertThat(reply.<List<String>>read("$.data.node.companyCard.offers.edges[*].node.status"))
                    .doesNotContain("DRAFT");
            boolean readsCompany = persona.equals("advisor");
            assertThat(reply.<Object>read("$.data.node.company") != null).as(persona).isEqualTo(readsCompany);
        }
        // Its own recruiter reads the company, and the card still lists no draft.
        var own = api.query("recruiter-x", OFFER_CARDS, Map.of("id", offer));
        assertThat(own.<String>read("$.data.node.company.id")).isEqualTo(COMPANY_X);
        assertThat(own.<List<String>>read("$.data.node.companyCard.offers.edges[*].node.id")).doesNotContain(draft);
    }

    @Test
    void anUnverifiedCompanysCardIsForThoseWhoReadItsProfileOnly() {
        Caller founder = newPersonWithoutRole();
        String company = as(founder, """
                mutation($siret: String!) { companyRegister(input: {legalName: "Atelier en attente", siret: $siret, kind: FLEET}) {
                  company { id } } }""", Map.of("siret", Fixtures.validSiret())).read("$.data.companyRegister.company.id");
        String read = "query($id: ID!) { companyCard(id: $id) { %s } }".formatted(COMPANY_CARD);

        assertThat(as(founder, read, Map.of("id", company)).<Boolean>read("$.data.companyCard.verified")).isFalse();
        assertThat(api.query("advisor", read, Map.of("id", company)).<String>read("$.data.companyCard.id"))
                .isEqualTo(company);
        for (String persona : List.of("learner", "recruiter-x", "school-admin-a")) {
            assertThat(api.query(persona, read, Map.of("id", company)).<Object>read("$.data.companyCard"))
                    .as(persona).isNull();
        }
        assertThat(api.query("learner", read, Map.of("id", COMPANY_X)).<String>read("$.data.companyCard.name"))
                .isEqualTo(COMPANY_X_NAME);
        assertThat(api.query("learner", "query($id: ID!) { schoolCard(id: $id) { name } }", Map.of("id", SCHOOL_B))
                .<String>read("$.data.schoolCard.name")).isEqualTo("MécaFormation Lyon");
    }

    @Test
    void anonymousCallersReadNoCard() {
        var reply = api.postWithToken(null, """
                {"query": "{ schoolCard(id: \\"%s\\") { name } }"}""".formatted(SCHOOL_A));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body()).doesNotContain(SCHOOL_A_NAME);
    }

    // ---- relations as objects ----------------------------------------------------------------------------------

    @Test
    void anOfferShowsItsSiteTargetSchoolsAndTutorAsObjectsEachToWhoMayReadThem() {
        String tutor = api.query("recruiter-x", "{ viewer { memberships { id } } }")
                .read("$.data.viewer.memberships[0].id");
        String offer = published(with(terms("Relations " + tag()), "tutorMembershipId", tutor,
                "targetSchoolIds", List.of(SCHOOL_B, SCHOOL_A)));

        var recruiter = api.query("recruiter-x", OFFER_CARDS, Map.of("id", offer));
        var staff = api.query("school-admin-a", OFFER_CARDS, Map.of("id", offer));

        assertThat(recruiter.<String>read("$.data.node.site.id")).isEqualTo(SITE_X);
        assertThat(recruiter.<String>read("$.data.node.tutor.id")).isEqualTo(tutor);
        assertThat(staff.<String>read("$.data.node.site.id")).isEqualTo(SITE_X);
        assertThat(staff.<Object>read("$.data.node.tutor")).isNull();
        assertThat(staff.<List<String>>read("$.data.node.targetSchools[*].name"))
                .containsExactly(SCHOOL_A_NAME, "MécaFormation Lyon");
    }

    @Test
    void anAgreementShowsTheApplicationItCameFrom() {
        LocalDate start = next(DayOfWeek.MONDAY).plusWeeks(2);
        Internship internship = drafted(fullTime(start, start.plusWeeks(4).minusDays(3)));
        String read = "query($id: ID!) { node(id: $id) { ... on InternshipAgreement { applicationId application { id status } } } }";

        var reply = api.query("school-admin-a", read, Map.of("id", internship.id()));

        assertThat(reply.<String>read("$.data.node.application.id")).isEqualTo(internship.applicationId())
                .isEqualTo(reply.read("$.data.node.applicationId"));
        assertThat(reply.<String>read("$.data.node.application.status")).isEqualTo("ACCEPTED");
    }

    // ---- a school's applications -------------------------------------------------------------------------------

    @Test
    void aSchoolListsItsLearnersApplicationsAndAcceptedOffersAndAnotherSchoolNothing() {
        Applicant learner = learnerOfSchoolA();
        String accepted = acceptedApplication(learner);
        String open = apply(learner.caller(), published(terms("Liste d'école " + tag())));
        Map<String, Object> own = Map.of("learnerId", learner.learnerId());

        var all = api.query("school-admin-a", SCHOOL_APPLICATIONS, Map.of("school", SCHOOL_A, "filter", own));
        var acceptedOnly = api.query("advisor", SCHOOL_APPLICATIONS, Map.of("school", SCHOOL_A,
                "filter", Map.of("learnerId", learner.learnerId(), "statuses", List.of("ACCEPTED"))));
        var otherSchool = api.query("school-admin-b", SCHOOL_APPLICATIONS, Map.of("school", SCHOOL_B, "filter", own));
        var otherSchoolsRead = api.query("school-admin-b", SCHOOL_APPLICATIONS, Map.of("school", SCHOOL_A));

        assertThat(all.<List<String>>read("$.data.node.applications.edges[*].node.id"))
                .containsExactlyInAnyOrder(accepted, open);
        assertThat(all.<List<String>>read("$.data.node.applications.edges[*].node.learner.id"))
                .containsOnly(learner.learnerId());
        assertThat(acceptedOnly.<List<String>>read("$.data.node.applications.edges[*].node.id")).containsExactly(accepted);
        assertThat(otherSchool.<List<String>>read("$.data.node.applications.edges")).isEmpty();
        assertThat(otherSchoolsRead.<Object>read("$.data.node")).isNull();
        assertThat(otherSchoolsRead.body()).doesNotContain(accepted).doesNotContain(open);
    }

    @Test
    void aSchoolsApplicationsComeInKeysetPages() {
        Applicant learner = learnerOfSchoolA();
        List<String> offers = List.of(published(terms("Page 1 " + tag())), published(terms("Page 2 " + tag())),
                published(terms("Page 3 " + tag())));
        List<String> applied = offers.stream().map(offer -> apply(learner.caller(), offer)).toList();
        Map<String, Object> filter = Map.of("learnerId", learner.learnerId(), "offerId", offers.get(1));
        List<String> read = new ArrayList<>();
        String after = null;
        do {
            var variables = new HashMap<String, Object>(Map.of("school", SCHOOL_A, "first", 2,
                    "filter", Map.of("learnerId", learner.learnerId())));
            if (after != null) {
                variables.put("after", after);
            }
            var page = api.query("school-admin-a", SCHOOL_APPLICATIONS, variables);
            read.addAll(page.read("$.data.node.applications.edges[*].node.id"));
            after = Boolean.TRUE.equals(page.read("$.data.node.applications.pageInfo.hasNextPage"))
                    ? page.read("$.data.node.applications.pageInfo.endCursor") : null;
        } while (after != null);

        assertThat(read).containsExactly(applied.get(2), applied.get(1), applied.get(0));
        assertThat(api.query("school-admin-a", SCHOOL_APPLICATIONS, Map.of("school", SCHOOL_A, "filter", filter))
                .<List<String>>read("$.data.node.applications.edges[*].node.id")).containsExactly(applied.get(1));
    }

    // ---- agreement prefilled from the accepted offer -----------------------------------------------------------

    @Test
    void anAgreementLeavingTheTermsOutStartsWithTheAcceptedOffersAndWarnsOfEachTermChangedLater() {
        String tutorMembership = api.query("recruiter-x", "{ viewer { memberships { id email } } }")
                .read("$.data.viewer.memberships[0].id");
        String tutorEmail = api.query("recruiter-x", "{ viewer { memberships { email } } }")
                .read("$.data.viewer.memberships[0].email");
        Map<String, Object> offerTerms = with(terms("Convention préremplie " + tag()), "tutorMembershipId",
                tutorMembership);
        Applicant learner = learnerOfSchoolA();
        String offer = published(offerTerms);
        String application = offered(learner.caller(), offer);
        succeed(learner.caller(), ACCEPT_OFFER, Map.of("id", application, "terms", 1));
        var clauses = with(clauses(today(), today(), List.of()), "start", null, "end", null, "weeks", null,
                "workplaces", null);
        var input = with(input(named(), clauses), "tutor", null);

        String id = create(application, input);

        Map<String, Object> agreement = termsOf(id);
        Map<String, Object> terms = asMap(agreement.get("terms"));
        assertThat(terms).containsEntry("start", offerTerms.get("startDate")).containsEntry("end",
                offerTerms.get("endDate"));
        assertThat(asList(terms.get("weeks"))).singleElement()
                .satisfies(week -> assertThat(week.get("weeklyMinutes")).isEqualTo(35 * 60));
        assertThat(asMap(terms.get("gratification"))).containsEntry("basis", "MONTHLY");
        assertThat(asMap(asMap(terms.get("gratification")).get("amount"))).containsEntry("amount", 60_000);
        assertThat((List<?>) terms.get("workplaces")).singleElement().asString().contains("Lyon");
        assertThat(asMap(asMap(agreement.get("parties")).get("tutor"))).containsEntry("email", tutorEmail);
        assertThat(asList(agreement.get("divergences"))).isEmpty();

        LocalDate later = dateOf(offerTerms.get("startDate")).plusDays(7);
        var edit = with(clauses(later, dateOf(offerTerms.get("endDate")), List.of(fiveDays())),
                "gratification", monthly(500), "workplaces", List.of("Entrepôt du port, Lyon"));
        given.succeed("school-admin-a", """
                mutation($id: ID!, $input: InternshipAgreementInput!) { internshipAgreementUpdate(id: $id, input: $input) {
                  userErrors { field code message } agreement { id } } }""", Map.of("id", id, "input",
                with(input(named(), edit), "tutor", party("Zoé Blanc", Fixtures.freshEmail(), null))));

        assertThat(asList(termsOf(id).get("divergences"))).extracting(d -> d.get("field")).containsExactly(
                "terms.start", "terms.gratification", "terms.workplaces", "tutor.email");
        assertThat(asList(termsOf(id).get("divergences")).get(0)).containsEntry("offerValue", offerTerms.get("startDate"))
                .containsEntry("agreementValue", later.toString());
    }

    private static LocalDate dateOf(Object iso) {
        return java.time.LocalDate.parse((String) iso);
    }

    private Map<String, Object> termsOf(String agreementId) {
        var reply = api.query("school-admin-a", """
                query($id: ID!) { node(id: $id) { ... on InternshipAgreement { terms { %s }
                  parties { tutor { name email } } divergences { field offerValue agreementValue } } } }"""
                .formatted(TERMS), Map.of("id", agreementId));
        assertThat(reply.errorClassification()).as(reply.toString()).isNull();
        return reply.read("$.data.node");
    }

    // ---- rankings as connections -------------------------------------------------------------------------------

    @Test
    void matchingOffersComeInPagesOfTheRankingTheDeprecatedListShows() {
        for (int i = 0; i < 4; i++) {
            published(terms("Classement " + tag()));
        }
        String page = """
                query($after: String) { viewer { matchingOffers(first: 2, after: $after) {
                  edges { cursor node { offer { id } match { score } } } pageInfo { hasNextPage hasPreviousPage endCursor } } } }""";

        var first = api.query("learner", page, new HashMap<>(Map.of()));
        var second = api.query("learner", page, Map.of("after", first.<String>read("$.data.viewer.matchingOffers.pageInfo.endCursor")));
        var list = api.query("learner", "{ viewer { offerMatches(first: 4) { offer { id } } } }");

        List<String> paged = new ArrayList<>(first.read("$.data.viewer.matchingOffers.edges[*].node.offer.id"));
        paged.addAll(second.read("$.data.viewer.matchingOffers.edges[*].node.offer.id"));
        assertThat(paged).hasSize(4).doesNotHaveDuplicates()
                .isEqualTo(list.read("$.data.viewer.offerMatches[*].offer.id"));
        assertThat(first.<Boolean>read("$.data.viewer.matchingOffers.pageInfo.hasNextPage")).isTrue();
        assertThat(second.<Boolean>read("$.data.viewer.matchingOffers.pageInfo.hasPreviousPage")).isTrue();
        List<Integer> scores = new ArrayList<>(first.read("$.data.viewer.matchingOffers.edges[*].node.match.score"));
        scores.addAll(second.read("$.data.viewer.matchingOffers.edges[*].node.match.score"));
        assertThat(scores).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(api.query("learner", page, Map.of("after", "bm90IGEgY3Vyc29y")).errorClassification())
                .isEqualTo("BAD_REQUEST");
    }

    @Test
    void rankedCandidatesComeInPagesForTheCompanyAndNothingForAnotherCompany() {
        String offer = published(terms("Candidats " + tag()));
        List<String> applied = List.of(apply(learnerOfSchoolA().caller(), offer, "SKILLS"),
                apply(learnerOfSchoolA().caller(), offer, "SKILLS"));
        String page = """
                query($id: ID!, $after: String) { node(id: $id) { ... on InternshipOffer { rankedCandidates(first: 1, after: $after) {
                  edges { node { application { id } match { score } } } pageInfo { hasNextPage endCursor } } } } }""";

        var first = api.query("recruiter-x", page, Map.of("id", offer));
        var second = api.query("recruiter-x", page, Map.of("id", offer,
                "after", first.<String>read("$.data.node.rankedCandidates.pageInfo.endCursor")));
        var another = api.query("recruiter-y", page, Map.of("id", offer));

        List<String> ranked = new ArrayList<>(first.read("$.data.node.rankedCandidates.edges[*].node.application.id"));
        ranked.addAll(second.read("$.data.node.rankedCandidates.edges[*].node.application.id"));
        assertThat(ranked).containsExactlyInAnyOrderElementsOf(applied);
        assertThat(second.<Boolean>read("$.data.node.rankedCandidates.pageInfo.hasNextPage")).isFalse();
        assertThat(another.<List<Object>>read("$.data.node.rankedCandidates.edges")).isEmpty();
    }
}
