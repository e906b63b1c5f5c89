package fr.passerelle.api.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import fr.passerelle.api.security.TokenRefusals;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The container's error page ({@code /error}, replacing Spring Boot's): whatever status a request ended with before
 * a controller could answer (an unreadable body, an unknown path, a method not allowed, an exception escaping a
 * filter), the client gets a classified answer in the endpoint's shape — never Boot's bare JSON nor Tomcat's HTML.
 * Asked for directly, {@code /error} is nothing (404).
 */
@Controller
class ErrorPageController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPageController.class);

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus resolved = status instanceof Integer code ? HttpStatus.resolve(code) : null;
        ErrorReplies.write(request, response, refusal(resolved == null ? HttpStatus.NOT_FOUND : resolved, request));
    }

    private static Refusal refusal(HttpStatus status, HttpServletRequest request) {
        boolean graphQl = ErrorReplies.isGraphQl(request);
        return switch (status) {
            case BAD_REQUEST -> new Refusal(status, "BAD_REQUEST", "bad-request", "Bad request", graphQl
                    ? "The body is not a GraphQL request: send a JSON object with a \"query\" string (and optional "
                    + "\"variables\" object and \"operationName\")"
                    : "The request could not be read; GET /v3/api-docs describes what each endpoint reads.");
            case UNAUTHORIZED -> TokenRefusals.INVALID_TOKEN;
            case FORBIDDEN -> new Refusal(status, "FORBIDDEN", "forbidden", "Forbidden",
                    "You may not do this.");
            case NOT_FOUND -> new Refusal(status, "NOT_FOUND", "not-found", "Not found",
                    "Nothing here, or nothing you may see.");
            case METHOD_NOT_ALLOWED -> new Refusal(status, "BAD_REQUEST", "method-not-allowed", "Method not allowed",
                    graphQl ? "Send GraphQL requests with POST (subscriptions over WebSocket)."
                            : "This path does not take the " + request.getMethod() + " method.");
            case UNSUPPORTED_MEDIA_TYPE -> new Refusal(status, "BAD_REQUEST", "unsupported-media-type",
                    "Unsupported media type", graphQl ? "Send GraphQL requests as application/json."
                    : "This endpoint does not read that Content-Type; GET /v3/api-docs describes what it reads.");
            case NOT_ACCEPTABLE -> new Refusal(status, "BAD_REQUEST", "not-acceptable", "Not acceptable",
                    "This endpoint answers JSON; accept application/json.");
            case CONTENT_TOO_LARGE -> new Refusal(status, "BAD_REQUEST", "content-too-large", "Content too large",
                    "The request body is larger than this endpoint accepts.");
            default -> status.is4xxClientError()
                    ? new Refusal(status, "BAD_REQUEST", "bad-request", status.getReasonPhrase(),
                    "The request was refused: " + status.getReasonPhrase() + ".")
                    : internalError(status, request);
        };
    }

    private static Refusal internalError(HttpStatus status, HttpServletRequest request) {
        String reference = UUID.randomUUID().toString();
        log.error("Request to {} failed with {} before any controller answered (reference {})",
                request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), status.value(), reference,
                (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        return new Refusal(status, "INTERNAL_ERROR", "internal-error", "Internal error",
                InternalErrors.message(reference));
    }
}
