package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Accepting a position ends the learner's search: their other open applications are withdrawn with the note
 * "accepted another offer", those already answered stay as they are, and other learners' applications are left
 * alone. Answered applications move no more.
 */
class MarketplaceAcceptTest extends MarketplaceApiTest {

    @Test
    void acceptingAnOfferWithdrawsTheLearnersOtherOpenApplications() {
        String tag = tag();
        String chosen = published(with(terms("Choisie " + tag), "positions", 2));
        String other = published(terms("Autre " + tag));
        String interviewing = published(terms("En entretien " + tag));
        String refusing = published(terms("Refus " + tag));
        Applicant learner = independentLearner();
        Applicant rival = independentLearner();

        String accepted = offered(learner.caller(), chosen);
        String open = apply(learner.caller(), other);
        String interview = apply(learner.caller(), interviewing);
        given.succeed("recruiter-x", PROPOSE, Map.of("id", interview, "input", interviewNextWeek()));
        String rejected = apply(learner.caller(), refusing);
        given.succeed("recruiter-x", REJECT, Map.of("id", rejected, "reason", "Poste pourvu."));
        String rivals = apply(rival.caller(), other);

        var reply = succeed(learner.caller(), ACCEPT_OFFER, Map.of("id", accepted, "terms", 1));
        assertThat(reply.<String>read("$.data.applicationAccept.application.status")).isEqualTo("ACCEPTED");
        assertThat(reply.<Integer>read("$.data.applicationAccept.application.offer.positionsFilled")).isEqualTo(1);
        assertThat(reply.<String>read("$.data.applicationAccept.application.offer.status")).isEqualTo("PUBLISHED");

        for (String withdrawn : List.of(open, interview)) {
            var application = application(withdrawn);
            assertThat(application.get("status")).as(withdrawn).isEqualTo("WITHDRAWN");
            @SuppressWarnings("unchecked")
            var history = (List<Map<String, Object>>) application.get("history");
            assertThat(history.get(history.size() - 1)).containsEntry("status", "WITHDRAWN")
                    .containsEntry("note", "accepted another offer");
        }
        assertThat(statusOf(rejected)).as("an answered application stays as it is").isEqualTo("REJECTED");
        assertThat(statusOf(rivals)).as("another learner's application").isEqualTo("SUBMITTED");

        var mine = as(learner.caller(), """
                { viewer { open: applications(first: 10, statuses: [SUBMITTED, SHORTLISTED, INTERVIEW, OFFERED]) {
                  edges { node { id } } }
                  accepted: applications(first: 10, statuses: [ACCEPTED]) { edges { node { id } } } } }""");
        assertThat(ids(mine, "$.data.viewer.open")).as("nothing left open").isEmpty();
        assertThat(ids(mine, "$.data.viewer.accepted")).containsExactly(accepted);
    }

    @Test
    void acceptingAgainChangesNothing() {
        String offer = published(with(terms("Deux clics " + tag()), "positions", 2));
        Applicant learner = independentLearner();
        String application = offered(learner.caller(), offer);
        succeed(learner.caller(), ACCEPT_OFFER, Map.of("id", application, "terms", 1));
        int version = ((Number) application(application).get("version")).intValue();

        var again = succeed(learner.caller(), ACCEPT_OFFER, Map.of("id", application, "terms", 1));
        assertThat(again.<String>read("$.data.applicationAccept.application.status")).isEqualTo("ACCEPTED");
        assertThat(application(application).get("version")).isEqualTo(version);
        assertThat(offer(offer).get("positionsFilled")).isEqualTo(1);
    }

    @Test
    void answeredApplicationsMoveNoMore() {
        String tag = tag();
        String offer = published(with(terms("Réponses " + tag), "positions", 3));
        Applicant decliner = independentLearner();
        String declined = offered(decliner.caller(), offer);
        succeed(decliner.caller(), DECLINE, Map.of("id", declined, "reason", "Trop loin."));

        assertThat(result(as(decliner.caller(), ACCEPT_OFFER, Map.of("id", declined, "terms", 1))))
                .isEqualTo("INVALID_STATE");
        assertThat(result(api.query("recruiter-x", EXTEND_OFFER, Map.of("id", declined)))).isEqualTo("INVALID_STATE");
        assertThat(result(as(decliner.caller(), WITHDRAW, Map.of("id", declined)))).isEqualTo("INVALID_STATE");
        var application = application(declined);
        assertThat(application.get("status")).isEqualTo("DECLINED");
        @SuppressWarnings("unchecked")
        var history = (List<Map<String, Object>>) application.get("history");
        assertThat(history).extracting(step -> step.get("status")).containsExactly("SUBMITTED", "OFFERED", "DECLINED");
        assertThat(history.get(2)).containsEntry("note", "Trop loin.");
        assertThat(offer(offer).get("positionsFilled")).isEqualTo(0);
    }
}
