package fr.passerelle.webhook.model;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.Initiator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookAudienceTest {

    private static DomainEvent event(String type, String aggregateType, String id, Map<String, String> attributes) {
        return new DomainEvent("evt-1", type, aggregateType, id, 3, Initiator.system(),
                Instant.parse("2026-12-07T12:00:00Z"), List.of("name"), attributes);
    }

    @Test
    void aSchoolOrCompanyHearsOfChangesToItself() {
        assertThat(WebhookAudience.of(event("school.tier_changed", "School", "s1", Map.of()))).containsExactly("school:s1");
        assertThat(WebhookAudience.of(event("company.verified", "Company", "c1", Map.of()))).containsExactly("company:c1");
    }

    @Test
    void anAgreementConcernsItsSchoolAndItsCompanyButNotItsLearnersAccount() {
        var signed = event("agreement.signed", "Agreement", "a1",
                Map.of("school", "school:s1", "company", "company:c1", "learner", "subject-42", "status", "SIGNED"));
        assertThat(WebhookAudience.of(signed)).containsExactlyInAnyOrder("school:s1", "company:c1");
    }

    @Test
    void aCrmRecordConcernsTheSchoolItsSchoolIdNames() {
        assertThat(WebhookAudience.of(event("contact.merged", "Contact", "k1",
                Map.of("schoolId", "s7", "contactId", "k1", "mergedContactId", "k2")))).containsExactly("school:s7");
    }

    @Test
    void aMembershipConcernsItsOrganisation() {
        assertThat(WebhookAudience.of(event("membership.activated", "Membership", "m1",
                Map.of("tenant", "company:c9", "role", "TUTOR")))).containsExactly("company:c9");
    }

    @Test
    void aLearnerWithoutASchoolConcernsNoOrganisation() {
        assertThat(WebhookAudience.of(event("learner.registered", "Learner", "l1", Map.of()))).isEmpty();
    }

    @Test
    void thePayloadIsThinTypeIdsSequenceAndTimeOnly() {
        var signed = event("agreement.signed", "Agreement", "a1",
                Map.of("school", "school:s1", "learner", "subject-42"));
        assertThat(WebhookPayload.of(signed, "school:s1")).isEqualTo("{\"type\":\"agreement.signed\","
                + "\"timestamp\":\"2026-12-07T12:00:00Z\",\"data\":{\"eventId\":\"evt-1\",\"objectType\":\"Agreement\","
                + "\"objectId\":\"QWdyZWVtZW50OmEx\",\"sequence\":3,\"organisation\":\"U2Nob29sOnMx\"}}");
    }
}
