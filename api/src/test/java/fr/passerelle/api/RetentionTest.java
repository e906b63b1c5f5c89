package fr.passerelle.api;

import static fr.passerelle.api.Fixtures.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.consent.model.ConsentDecision;
import fr.passerelle.consent.model.ConsentPurpose;
import fr.passerelle.consent.model.ConsentRecord;
import fr.passerelle.consent.model.ConsentSource;
import fr.passerelle.consent.port.out.ConsentRecords;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Retention policies over HTTP: platform admins read and change them (validated, optimistic locking), nobody else
 * does; a requested run applies them through the providers — here the consent ledger's, holding an erased person's
 * old entries — and its report says what went.
 */
class RetentionTest extends ApiTest {

    private static final String POLICIES = """
            { retentionPolicies { dataClass trigger activeMonths archiveMonths legalBasis version updatedAt } }""";
    private static final String UPDATE = """
            mutation($dataClass: String!, $input: RetentionPolicyInput!, $v: Int) {
              retentionPolicyUpdate(dataClass: $dataClass, input: $input, expectedVersion: $v) {
                userErrors { field code } policy { dataClass activeMonths archiveMonths version } } }""";
    private static final String RUNS = """
            { retentionRuns(first: 20) { edges { node { id startedAt finishedAt
                steps { dataClass feature expiredBefore deleted pseudonymised failure } } } pageInfo { hasNextPage } } }""";

    @Autowired
    private ConsentRecords ledger;

    @Test
    void adminsReadTheDefaultPoliciesAndNobodyElseDoes() {
        var read = api.query("platform-admin", POLICIES);
        assertThat(read.<List<String>>read("$.data.retentionPolicies[*].dataClass"))
                .contains("learner.profile", "agreement.signed", "consent.ledger", "marketing.deliveries");
        assertThat(read.<List<Map<String, Object>>>read("$.data.retentionPolicies[?(@.dataClass == 'learner.profile')]"))
                .singleElement().satisfies(policy -> assertThat(policy).containsEntry("trigger", "LAST_CONTACT_BY_PERSON")
                        .containsEntry("activeMonths", 36).containsEntry("archiveMonths", 0));

        for (String persona : List.of("advisor", "school-admin-a", "learner")) {
            assertThat(api.query(persona, POLICIES).errorClassification()).as(persona).isEqualTo("FORBIDDEN");
            assertThat(api.query(persona, RUNS).errorClassification()).as(persona).isEqualTo("FORBIDDEN");
            assertThat(api.query(persona, "mutation { retentionRunRequest { runId } }").errorClassification())
                    .as(persona).isEqualTo("FORBIDDEN");
        }
    }

    @Test
    void anAdminChangesAPolicyWithinBoundsAndAgainstTheVersionRead() {
        Map<String, Object> policy = api.query("platform-admin", POLICIES).<List<Map<String, Object>>>read(
                "$.data.retentionPolicies[?(@.dataClass == 'billing.invoices')]").get(0);
        int version = (Integer) policy.get("version");
        Map<String, Object> terms = Map.of("trigger", "END_OF_FISCAL_YEAR", "activeMonths", 12,
                "archiveMonths", 96 + version, "legalBasis", "LEGAL_OBLIGATION");

        var outOfRange = api.query("platform-admin", UPDATE, Map.of("dataClass", "billing.invoices", "input",
                Map.of("trigger", "END_OF_FISCAL_YEAR", "activeMonths", 0, "archiveMonths", 100_000,
                        "legalBasis", "LEGAL_OBLIGATION")));
        assertThat(outOfRange.<List<List<String>>>read("$.data.retentionPolicyUpdate.userErrors[*].field"))
                .containsExactlyInAnyOrder(List.of("input", "activeMonths"), List.of("input", "archiveMonths"));
        var stale = api.query("platform-admin", UPDATE, Map.of("dataClass", "billing.invoices", "input", terms,
                "v", version + 1));
        assertThat(stale.<List<String>>read("$.data.retentionPolicyUpdate.userErrors[*].code"))
                .containsExactly("STALE_VERSION");

        var changed = given.succeed("platform-admin", UPDATE, Map.of("dataClass", "billing.invoices", "input", terms,
                "v", version));
        assertThat(changed.<Integer>read("$.data.retentionPolicyUpdate.policy.version")).isEqualTo(version + 1);
        assertThat(changed.<Integer>read("$.data.retentionPolicyUpdate.policy.archiveMonths")).isEqualTo(96 + version);

        var unknown = api.query("platform-admin", UPDATE, Map.of("dataClass", "no.such-class", "input", terms));
        assertThat(unknown.errorClassification()).isEqualTo("NOT_FOUND");
    }

    @Test
    void aRunDeletesWhatOutlivedItsPolicyThroughTheProvidersAndReportsIt() {
        // An erased person's consent entries: one from 2015 (past 12 + 48 months), one from last month (held).
        String erased = "erased-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        ledger.append(entry(erased, Instant.parse("2015-06-01T10:00:00Z")));
        ledger.append(entry(erased, Instant.now().minusSeconds(30L * 24 * 3600)));

        String runId = given.succeed("platform-admin", "mutation { retentionRunRequest { userErrors { code } runId } }",
                Map.of()).read("$.data.retentionRunRequest.runId");
        List<Map<String, Object>> runs = eventually(() -> api.query("platform-admin", RUNS)
                        .<List<Map<String, Object>>>read("$.data.retentionRuns.edges[*].node"),
                found -> found.stream().anyMatch(run -> runId.equals(run.get("id"))));

        Map<String, Object> run = runs.stream().filter(r -> runId.equals(r.get("id"))).findFirst().orElseThrow();
        assertThat((List<Map<String, Object>>) run.get("steps"))
                .filteredOn(step -> "consent.ledger".equals(step.get("dataClass")))
                .singleElement().satisfies(step -> {
                    assertThat(step).containsEntry("feature", "consent").containsEntry("failure", null);
                    assertThat((Integer) step.get("deleted")).isGreaterThanOrEqualTo(1);
                });
        assertThat(ledger.history(erased, 10)).singleElement()
                .satisfies(kept -> assertThat(kept.at()).isAfter(Instant.parse("2020-01-01T00:00:00Z")));
    }

    private static ConsentRecord entry(String subject, Instant at) {
        return new ConsentRecord(UUID.randomUUID().toString(), subject, ConsentPurpose.MARKETING_EMAIL,
                ConsentDecision.WITHDRAWN, ConsentSource.SELF_SERVICE, "marketing-2015", subject, at);
    }
}
