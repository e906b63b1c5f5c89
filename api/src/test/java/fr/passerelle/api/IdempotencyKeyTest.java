package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.api.GraphQlHttp.Reply;
import fr.passerelle.api.Newcomers.Person;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A client unsure whether its write arrived sends it again with the same {@code Idempotency-Key}: the work is done
 * once, the answer given twice.
 */
class IdempotencyKeyTest extends ApiTest {

    private static final String REGISTER = """
            mutation($name: String!, $siret: String!) { companyRegister(input: {legalName: $name, siret: $siret, kind: FLEET}) {
              userErrors { code } company { id } } }""";
    private static final String MY_COMPANIES = "{ viewer { memberships { company { id } } } }";

    private Reply register(Person person, String key, String siret) {
        return api.queryWithToken(person.token(), REGISTER, Map.of("name", "Garage Idem", "siret", siret),
                Map.of("Idempotency-Key", key));
    }

    private List<String> companiesOf(Person person) {
        return api.queryWithToken(person.token(), MY_COMPANIES, Map.of())
                .read("$.data.viewer.memberships[*].company.id");
    }

    @Test
    void a_retried_mutation_gets_the_first_answer_and_does_the_work_once() {
        Person person = people.newcomer();
        String key = UUID.randomUUID().toString();
        String siret = Fixtures.validSiret();

        Reply first = register(person, key, siret);
        Reply retry = register(person, key, siret);

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.<List<?>>read("$.data.companyRegister.userErrors")).isEmpty();
        assertThat(first.headers()).doesNotContainKey("idempotent-replayed");
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().get("idempotent-replayed")).containsExactly("true");
        assertThat(companiesOf(person)).containsExactly(first.<String>read("$.data.companyRegister.company.id"));
    }

    @Test
    void concurrent_duplicates_do_the_work_once_and_the_others_get_its_answer_or_wait() throws Exception {
        Person person = people.newcomer();
        String key = UUID.randomUUID().toString();
        String siret = Fixtures.validSiret();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Reply>> sent = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                sent.add(pool.submit((Callable<Reply>) () -> register(person, key, siret)));
            }
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> reply : sent) {
                replies.add(reply.get());
            }

            List<String> created = companiesOf(person);
            assertThat(created).hasSize(1);
            for (Reply reply : replies) {
                if (reply.status() == 409) {
                    assertThat(reply.errorClassification()).isEqualTo("CONFLICT");
                    assertThat(reply.headers().get("retry-after")).containsExactly("1");
                } else {
                    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
                    assertThat(reply.<String>read("$.data.companyRegister.company.id")).isEqualTo(created.get(0));
                }
            }
            assertThat(register(person, key, siret).<String>read("$.data.companyRegister.company.id"))
                    .as("once the first is done, every retry gets its answer").isEqualTo(created.get(0));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_same_key_with_another_request_is_refused_and_changes_nothing() {
        Person person = people.newcomer();
        String key = UUID.randomUUID().toString();
        register(person, key, Fixtures.validSiret());

        Reply other = register(person, key, Fixtures.validSiret());

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.errorClassification()).isEqualTo("BAD_REQUEST");
        assertThat(other.errorMessage()).contains("already used for a different request");
        assertThat(companiesOf(person)).hasSize(1);
    }

    @Test
    void keys_are_per_client() {
        Person alice = people.newcomer();
        Person bob = people.newcomer();
        String key = UUID.randomUUID().toString();
        String siret = Fixtures.validSiret();

        register(alice, key, siret);
        Reply bobs = register(bob, key, Fixtures.validSiret());

        assertThat(bobs.headers()).doesNotContainKey("idempotent-replayed");
        assertThat(companiesOf(bob)).containsExactly(bobs.<String>read("$.data.companyRegister.company.id"));
    }

    @Test
    void queries_ignore_the_key_since_reading_twice_is_harmless() {
        Person person = people.newcomer();
        String key = UUID.randomUUID().toString();

        Reply before = api.queryWithToken(person.token(), MY_COMPANIES, Map.of(), Map.of("Idempotency-Key", key));
        register(person, UUID.randomUUID().toString(), Fixtures.validSiret());
        Reply after = api.queryWithToken(person.token(), MY_COMPANIES, Map.of(), Map.of("Idempotency-Key", key));

        assertThat(before.<List<?>>read("$.data.viewer.memberships")).isEmpty();
        assertThat(after.<List<?>>read("$.data.viewer.memberships")).hasSize(1);
    }

    @Test
    void a_malformed_key_is_a_classified_error_and_nothing_runs() {
        Person person = people.newcomer();

        Reply refused = register(person, "has spaces in it", Fixtures.validSiret());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorClassification()).isEqualTo("BAD_REQUEST");
        assertThat(companiesOf(person)).isEmpty();
    }

    @Test
    void a_rest_write_is_answered_once_too() {
        String key = UUID.randomUUID().toString();
        HttpRequest.Builder ask = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dev/tokens"))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"email": "idem@example.test", "name": "Idem Potent", "roles": ["LEARNER"]}"""));

        Reply first = api.send(ask);
        Reply retry = api.send(ask);

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().get("idempotent-replayed")).containsExactly("true");
        assertThat(retry.headers().get("content-type")).isEqualTo(first.headers().get("content-type"));
    }
}
