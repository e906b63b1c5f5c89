package fr.passerelle.api.web;

import fr.passerelle.api.rest.ProblemResponses;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link Refusal} where no controller answers (filters, the security chain, the container's error page):
 * on {@code /graphql} as a GraphQL response with one classified error, like every other GraphQL error; elsewhere as
 * an RFC 9457 problem, like every other REST error. A client thus reads one shape per endpoint whatever refused it.
 */
public final class ErrorReplies {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String GRAPHQL_PATH = "/graphql";

    private ErrorReplies() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, Refusal refusal)
            throws IOException {
        response.setStatus(refusal.status().value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Object body;
        if (isGraphQl(request)) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            body = Map.of("errors", List.of(Map.of("message", refusal.detail(),
                    "extensions", Map.of("classification", refusal.classification()))));
        } else {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", ProblemResponses.type(refusal.type()).toString());
            problem.put("title", refusal.title());
            problem.put("status", refusal.status().value());
            problem.put("detail", refusal.detail());
            problem.put("instance", originalPath(request));
            problem.put("errors", List.of());
            body = problem;
        }
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }

    /** Whether the request (or, on an error dispatch, the request that failed) was sent to the GraphQL endpoint. */
    public static boolean isGraphQl(HttpServletRequest request) {
        return GRAPHQL_PATH.equals(originalPath(request));
    }

    private static String originalPath(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = failed instanceof String uri ? uri : request.getRequestURI();
        return path.substring(Math.min(request.getContextPath().length(), path.length()));
    }
}
