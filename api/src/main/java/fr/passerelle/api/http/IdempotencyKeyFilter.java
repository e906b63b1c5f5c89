package fr.passerelle.api.http;

import fr.passerelle.api.web.ErrorReplies;
import fr.passerelle.api.web.Refusal;
import fr.passerelle.shared.model.IdempotentAnswer;
import fr.passerelle.shared.service.IdempotentRequests;
import fr.passerelle.shared.service.IdempotentRequests.Decision;
import fr.passerelle.shared.service.IdempotentRequests.KeyReused;
import fr.passerelle.shared.service.IdempotentRequests.Replay;
import fr.passerelle.shared.service.IdempotentRequests.StillRunning;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

/**
 * Honours the {@code Idempotency-Key} header on writes — GraphQL mutations and REST writes alike — so that a client
 * unsure whether its request arrived can send it again: the first request does the work and its answer is kept for
 * 24 h; a retry with the same key and the same request gets that answer byte for byte (marked
 * {@code Idempotent-Replayed: true}) without the work being done twice; the same key with another request is refused
 * (422), and a retry arriving while the first still runs is asked to come back (409, {@code Retry-After}). Keys are
 * per client: the token's subject, or for the anonymous capability links, the link itself. GraphQL queries ignore
 * the header: reading twice is harmless.
 *
 * <p>It sits after authentication and the request budget, so a refused or throttled request never takes a key. The
 * answer is captured whether the controller writes it at once or later (GraphQL answers asynchronously): the filter
 * runs again on the async dispatch and keeps the answer once the last dispatch ends.
 */
public final class IdempotencyKeyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    /** Visible ASCII without spaces, as clients generate them (UUIDs, ULIDs, Stripe-style keys). */
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String RUNNING = IdempotencyKeyFilter.class.getName() + ".running";

    private final IdempotentRequests requests;

    public IdempotencyKeyFilter(IdempotentRequests requests) {
        this.requests = requests;
    }

    /** The request holding a key, remembered across the dispatches of an asynchronous answer. */
    private record Running(String client, String key, String fingerprint) {
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isAsyncDispatch(request)) {
            continueRunning(request, response, chain);
            return;
        }
        String key = request.getHeader(HEADER);
        if (key == null || !WRITES.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        if (!KEY.matcher(key).matches()) {
            refuse(request, response, HttpStatus.BAD_REQUEST, "BAD_REQUEST", "idempotency-key-invalid",
                    "The Idempotency-Key header must be 1 to 255 visible ASCII characters without spaces.");
            return;
        }
        RequestDigest digest = RequestDigest.of(request);
        if (digest == null) {
            refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, "BAD_REQUEST", "payload-too-large",
                    "A request sent with an Idempotency-Key may carry at most " + RequestDigest.MAX_BODY_BYTES
                            + " bytes (files go as multipart/form-data).");
            return;
        }
        if (ErrorReplies.isGraphQl(request) && !digest.isGraphQlMutation()) {
            chain.doFilter(digest.request(), response);
            return;
        }
        Running running = new Running(client(request), key, digest.fingerprint());
        Decision decision = requests.begin(running.client(), running.key(), running.fingerprint());
        if (decision instanceof Replay replay) {
            replay(response, replay.answer());
        } else if (decision instanceof StillRunning) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            refuse(request, response, HttpStatus.CONFLICT, "CONFLICT", "idempotency-key-in-use",
                    "A request with this Idempotency-Key is still being processed; retry in a moment to get its "
                            + "answer.");
        } else if (decision instanceof KeyReused) {
            refuse(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "BAD_REQUEST", "idempotency-key-reused",
                    "This Idempotency-Key was already used for a different request; send a new key for a new "
                            + "request.");
        } else {
            request.setAttribute(RUNNING, running);
            run(digest.request(), new ContentCachingResponseWrapper(response), chain, running);
        }
    }

    private void continueRunning(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getAttribute(RUNNING) instanceof Running running) {
            run(request, response, chain, running);
        } else {
            chain.doFilter(request, response);
        }
    }

    private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, Running running)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failed) {
            requests.abandon(running.client(), running.key(), running.fingerprint());
            throw failed;
        }
        if (!isAsyncStarted(request)) {
            ContentCachingResponseWrapper captured = WebUtils.getNativeResponse(response,
                    ContentCachingResponseWrapper.class);
            if (captured != null) {
                requests.finish(running.client(), running.key(), running.fingerprint(), new IdempotentAnswer(
                        captured.getStatus(), captured.getContentType(), captured.getContentAsByteArray()));
                captured.copyBodyToResponse();
            }
        }
    }

    private static void replay(HttpServletResponse response, IdempotentAnswer answer) throws IOException {
        response.setStatus(answer.status());
        response.setHeader(REPLAYED, "true");
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        byte[] body = answer.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                               String classification, String type, String detail) throws IOException {
        ErrorReplies.write(request, response, new Refusal(status, classification, type, status.getReasonPhrase(),
                detail));
    }

    // Anonymous writes go through capability links (a tutor's evaluation form): the link is the client.
    private static String client(HttpServletRequest request) {
        return SignedInSubject.current().map(subject -> "subject:" + subject)
                .orElse("link:" + request.getRequestURI());
    }
}
