package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Positions are never oversold: many learners offered the same positions accept at the very same moment, each from
 * a thread of their own with their own token, over real HTTP. Exactly as many accept as there are positions; the
 * others are told why (a user error) and stay offered; nobody gets a server error. And one learner accepting many
 * offers for one period at once (many tabs) keeps exactly one.
 */
class MarketplaceConcurrencyTest extends MarketplaceApiTest {

    private static final int LEARNERS = 20;
    private static final int POSITIONS = 3;

    @Test
    void twentyLearnersAcceptingThreePositionsAtOnceFillExactlyThree() throws Exception {
        String offer = published(with(terms("Ruée " + tag()), "positions", POSITIONS));
        List<Applicant> learners = new ArrayList<>();
        List<String> applications = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            Applicant learner = independentLearner();
            learners.add(learner);
            applications.add(offered(learner.caller(), offer));
        }

        List<GraphQlHttp.Reply> replies = atOnce(LEARNERS, i -> as(learners.get(i).caller(), ACCEPT_OFFER,
                Map.of("id", applications.get(i), "terms", 1)));

        List<String> winners = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            var reply = replies.get(i);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            assertThat(reply.errorClassification()).as("no top-level error: " + reply).isNull();
            List<String> codes = reply.read("$.data.applicationAccept.userErrors[*].code");
            if (codes.isEmpty()) {
                assertThat(reply.<String>read("$.data.applicationAccept.application.status")).isEqualTo("ACCEPTED");
                winners.add(applications.get(i));
            } else {
                assertThat(codes).as(reply.toString()).hasSize(1).allMatch(code -> code.equals("INVALID_STATE")
                        || code.equals("STALE_VERSION"));
                assertThat(reply.<Object>read("$.data.applicationAccept.application")).isNull();
            }
        }
        assertThat(winners).as("accepted replies").hasSize(POSITIONS);

        assertThat(offer(offer)).containsEntry("positionsFilled", POSITIONS).containsEntry("positionsLeft", 0)
                .containsEntry("status", "FILLED");
        List<String> accepted = new ArrayList<>();
        for (String application : applications) {
            String status = statusOf(application);
            assertThat(status).isIn("ACCEPTED", "OFFERED");
            if (status.equals("ACCEPTED")) {
                accepted.add(application);
            }
        }
        assertThat(accepted).as("applications stored as accepted").containsExactlyInAnyOrderElementsOf(winners);
    }

    @Test
    void oneLearnerAcceptingTenOffersForOnePeriodAtOnceKeepsExactlyOne() throws Exception {
        Applicant learner = independentLearner();
        List<String> offers = new ArrayList<>();
        List<String> applications = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String offer = published(terms("Deux onglets " + i + " " + tag()));
            offers.add(offer);
            applications.add(offered(learner.caller(), offer));
        }

        List<GraphQlHttp.Reply> replies = atOnce(offers.size(), i -> as(learner.caller(), ACCEPT_OFFER,
                Map.of("id", applications.get(i), "terms", 1)));

        List<String> winners = new ArrayList<>();
        for (int i = 0; i < replies.size(); i++) {
            var reply = replies.get(i);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            assertThat(reply.errorClassification()).as("no top-level error: " + reply).isNull();
            List<String> codes = reply.read("$.data.applicationAccept.userErrors[*].code");
            if (codes.isEmpty()) {
                winners.add(applications.get(i));
            } else {
                assertThat(userErrors(reply)).as("refused for the period, or already withdrawn by the winner: " + reply)
                        .hasSize(1).containsAnyOf(Map.entry(List.of("id"), "INVALID_STATE"),
                                Map.entry(List.of("status"), "INVALID_STATE"));
            }
        }
        assertThat(winners).as("accepted replies").hasSize(1);
        for (int i = 0; i < applications.size(); i++) {
            boolean won = applications.get(i).equals(winners.get(0));
            assertThat(statusOf(applications.get(i))).isEqualTo(won ? "ACCEPTED" : "WITHDRAWN");
            assertThat(offer(offers.get(i))).containsEntry("positionsFilled", won ? 1 : 0);
        }
    }

    @Test
    void oneLearnerAcceptingFiveTimesAtOnceTakesOnePosition() throws Exception {
        String offer = published(with(terms("Impatient " + tag()), "positions", 2));
        Applicant learner = independentLearner();
        String application = offered(learner.caller(), offer);

        List<GraphQlHttp.Reply> replies = atOnce(5, i -> as(learner.caller(), ACCEPT_OFFER,
                Map.of("id", application, "terms", 1)));

        for (var reply : replies) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            assertThat(reply.errorClassification()).as(reply.toString()).isNull();
            List<String> codes = reply.read("$.data.applicationAccept.userErrors[*].code");
            assertThat(codes).as("accepting is safe to retry: " + reply).isEmpty();
            assertThat(reply.<String>read("$.data.applicationAccept.application.status")).isEqualTo("ACCEPTED");
        }
        assertThat(offer(offer)).containsEntry("positionsFilled", 1).containsEntry("positionsLeft", 1)
                .containsEntry("status", "PUBLISHED");
        @SuppressWarnings("unchecked")
        var steps = (List<Map<String, Object>>) application(application).get("history");
        assertThat(steps.stream().filter(step -> "ACCEPTED".equals(step.get("status"))).count())
                .as("accepted once in the history").isEqualTo(1);
    }
}
