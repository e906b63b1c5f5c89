package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on RFC 9457 problems, the REST endpoints' error answers. */
final class Problems {

    private Problems() {
    }

    /** The reply is a problem of this status and type, with a title and detail a person can read, and no stack trace. */
    static void assertProblem(GraphQlHttp.Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.headers().get("content-type"))
                .anySatisfy(value -> assertThat(value).startsWith("application/problem+json"));
        assertThat(reply.<String>read("$.type")).isEqualTo("urn:passerelle:problem:" + type);
        assertThat(reply.<Integer>read("$.status")).isEqualTo(status);
        assertThat(reply.<String>read("$.title")).isNotBlank();
        assertThat(reply.<String>read("$.detail")).isNotBlank();
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
