package fr.passerelle.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document says what the REST side really does: its name, the bearer JWT, multipart uploads, PDF
 * downloads, problems for errors. The test leaves the document served in {@code target/openapi.json}, where CI lints
 * it with Spectral (README, "The two commands").
 */
class OpenApiDocumentTest extends ApiTest {

    static final Path SERVED = Path.of("target", "openapi.json");

    @Test
    void theDocumentDescribesTheRestSideAsItBehaves() throws IOException {
        var reply = api.get("/v3/api-docs", Map.of());
        assertThat(reply.status()).isEqualTo(200);
        Files.createDirectories(SERVED.getParent());
        Files.writeString(SERVED, reply.body(), StandardCharsets.UTF_8);

        assertThat(reply.<String>read("$.info.title")).isEqualTo("Passerelle REST API");
        assertThat(reply.<String>read("$.info.version")).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(reply.<Map<String, Object>>read("$.components.securitySchemes.bearerAuth"))
                .containsEntry("type", "http").containsEntry("scheme", "bearer").containsEntry("bearerFormat", "JWT");
        assertThat(reply.<List<Object>>read("$.security[*].bearerAuth")).hasSize(1);

        String paper = "$.paths['/agreements/{agreementId}/paper-signatures'].post";
        assertThat(reply.<Map<String, Object>>read(paper + ".requestBody.content")).containsOnlyKeys("multipart/form-data");
        assertThat(reply.<Map<String, Object>>read(paper + ".requestBody.content['multipart/form-data'].schema.properties.file"))
                .containsEntry("type", "string").containsEntry("format", "binary");
        assertThat(reply.<Map<String, Object>>read(paper + ".responses.422.content"))
                .containsOnlyKeys("application/problem+json");

        String document = "$.paths['/agreements/{agreementId}/document'].get";
        assertThat(reply.<Map<String, Object>>read(document + ".responses.200.content")).containsOnlyKeys("application/pdf");
        assertThat(reply.<Map<String, Object>>read(document + ".responses.404.content"))
                .containsOnlyKeys("application/problem+json");
        assertThat(reply.<List<String>>read(document + ".parameters[*].name")).contains("link");
        assertThat(reply.<List<Object>>read(document + ".security")).as("a bearer token, or a signed link").hasSize(2);

        assertThat(reply.<List<Object>>read("$.paths['/evaluation-forms/{token}'].get.security"))
                .as("the tutor's form needs no token").isEmpty();
        String verification = "$.paths['/document-verifications'].post";
        assertThat(reply.<List<Object>>read(verification + ".security")).as("anyone verifies a document").isEmpty();
        assertThat(reply.<Map<String, Object>>read(verification + ".requestBody.content"))
                .containsKeys("multipart/form-data", "application/json");
    }
}
