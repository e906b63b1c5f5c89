package fr.passerelle.api.rest;

import fr.passerelle.api.http.IdempotencyKeyFilter;
import fr.passerelle.api.web.DownloadLinks;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of the REST side ({@code /v3/api-docs}) as it really behaves: its name and version, the
 * bearer JWT every operation needs but the few public ones, and the RFC 9457 problems every operation may answer.
 * Each controller states its own request and success bodies; README's "OpenAPI" section says how it is linted.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiDescription {

    static final String BEARER = "bearerAuth";
    static final String PROBLEM = "Problem";
    /** The reference to the problem schema, for controllers' own {@code @ApiResponse}s. */
    public static final String PROBLEM_SCHEMA = "#/components/schemas/" + PROBLEM;
    /**
     * Operations that need no token (see SecurityConfiguration): the tutor's form, the dev personas, the public
     * verification of issued documents.
     */
    private static final List<String> PUBLIC_PATHS = List.of("/evaluation-forms/", "/dev/personas",
            "/document-verifications");

    @Bean
    OpenAPI passerelleOpenApi(@Value("${passerelle.api-version:dev}") String version) {
        return new OpenAPI()
                .info(new Info().title("Passerelle REST API").version(version)
                        .description("The REST side of Passerelle, for what GraphQL (`POST /graphql`) does not carry: "
                                + "files (agreement PDFs, scans, certificates, CSV imports), the tutor's evaluation "
                                + "form and dev helpers. Every operation needs an OAuth2 bearer access token unless "
                                + "it says otherwise; errors are RFC 9457 problems (`application/problem+json`) whose "
                                + "`type` is a stable URN.")
                        .contact(new Contact().name("The Passerelle team")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("An OAuth2 access token of the configured issuer (dev: `/oauth2/token`)."))
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Public operations need no token; every operation lists the problems it may answer. */
    @Bean
    OpenApiCustomizer problemsAndPublicOperations() {
        return openApi -> openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
            boolean open = PUBLIC_PATHS.stream().anyMatch(path::startsWith);
            if (open) {
                operation.setSecurity(List.of());
            } else if (takesDownloadLink(operation)) {
                // A bearer token, or none with a signed link.
                operation.setSecurity(List.of(new SecurityRequirement().addList(BEARER), new SecurityRequirement()));
            }
            addProblems(operation, open);
        }));
    }

    /** Every write takes an {@code Idempotency-Key} (see IdempotencyKeyFilter): a retry then does the work once. */
    @Bean
    OpenApiCustomizer idempotentWrites() {
        return openApi -> openApi.getPaths().values().forEach(item -> {
            if (item.getPost() != null) {
                Operation write = item.getPost();
                write.addParametersItem(new HeaderParameter().name(IdempotencyKeyFilter.HEADER).required(false)
                        .schema(new StringSchema().minLength(1).maxLength(255).pattern("^[\\x21-\\x7E]+$"))
                        .description("A key of your choosing (a UUID, say) that makes retrying this request safe: "
                                + "for 24 h, the same key with the same request gets the first answer again "
                                + "(marked `Idempotent-Replayed: true`) without the work being done twice."));
                write.getResponses().addApiResponse("409", problem("A request with this `Idempotency-Key` is still "
                        + "being processed; retry after `Retry-After` seconds to get its answer"));
                write.getResponses().addApiResponse("422", problem("This `Idempotency-Key` was already used for a "
                        + "different request"));
            }
        });
    }

    private static boolean takesDownloadLink(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "query".equals(p.getIn()) && DownloadLinks.PARAMETER.equals(p.getName()));
    }

    private static void addProblems(Operation operation, boolean open) {
        ApiResponses responses = operation.getResponses();
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("400", "Malformed request (a parameter, a body that cannot be read)");
        if (!open) {
            problems.put("401", "No valid bearer token");
        }
        problems.put("404", "Not found, or not yours: both look the same");
        problems.put("429", "Too many requests; `Retry-After` says when to come back");
        problems.put("500", "Unexpected failure; `detail` quotes a reference for support");
        problems.forEach((status, description) -> {
            if (!responses.containsKey(status)) {
                responses.addApiResponse(status, problem(description));
            }
        });
    }

    static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                "application/problem+json", new MediaType().schema(new Schema<>().$ref(PROBLEM_SCHEMA))));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("An RFC 9457 problem.")
                .addProperty("type", new StringSchema().format("uri")
                        .description("Stable URN clients switch on, e.g. `urn:passerelle:problem:not-found`"))
                .addProperty("title", new StringSchema().description("Short summary of the problem type"))
                .addProperty("status", new IntegerSchema().description("The HTTP status"))
                .addProperty("detail", new StringSchema().description("What went wrong, for people"))
                .addProperty("instance", new StringSchema().format("uri-reference").description("The request's path"))
                .addProperty("errors", new ArraySchema().description("One entry per field at fault, when any")
                        .items(new ObjectSchema()
                                .addProperty("field", new StringSchema().description("Dotted path of the field"))
                                .addProperty("line", new IntegerSchema().description("Line of a file, when known"))
                                .addProperty("column", new StringSchema().description("Column, when known"))
                                .addProperty("message", new StringSchema().description("What is wrong with it"))));
    }
}
