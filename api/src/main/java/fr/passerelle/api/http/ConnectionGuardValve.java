package fr.passerelle.api.http;

import fr.passerelle.api.web.ErrorReplies;
import fr.passerelle.api.web.Refusal;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.time.Duration;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.apache.coyote.InputBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Keeps slow or greedy clients from holding the worker threads, at the connector, below every servlet filter:
 * <ul>
 * <li>one remote address has at most {@code maxRequestsPerAddress} requests in progress; beyond, 429 at once;</li>
 * <li>the reads of a request body may wait for the client for the deadline in total ({@link DeadlineInputBuffer}):
 * 408;</li>
 * <li>a request answered before its body was read (an early 413, a 401, a 404) closes the connection instead of
 * letting Tomcat read the rest of the body on the worker thread — which a body trickled a byte at a time would keep
 * for as long as the client wants.</li>
 * </ul>
 * Behind a reverse proxy the address is the client's only with {@code server.forward-headers-strategy=native}
 * (Tomcat's RemoteIpValve runs before this one). An asynchronous request counts, and has its body bounded, until its
 * container thread returns: the GraphQL handler reads the body before it goes asynchronous.
 */
final class ConnectionGuardValve extends ValveBase {

    private final InFlightRequests inFlight;
    private final Duration bodyDeadline;

    ConnectionGuardValve(TransportSettings settings) {
        super(true);
        this.inFlight = new InFlightRequests(settings.maxRequestsPerAddress());
        this.bodyDeadline = settings.bodyDeadline();
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        String address = String.valueOf(request.getRemoteAddr());
        if (!inFlight.tryEnter(address)) {
            refuse(request, response);
            return;
        }
        org.apache.coyote.Request coyote = request.getCoyoteRequest();
        InputBuffer source = coyote.getInputBuffer();
        coyote.setInputBuffer(new DeadlineInputBuffer(source, bodyDeadline, System::nanoTime));
        try {
            getNext().invoke(request, response);
        } finally {
            // The processor keeps its input buffer from one request to the next: give it back.
            coyote.setInputBuffer(source);
            inFlight.leave(address);
            if (!request.isAsync() && !coyote.isFinished()) {
                closeInsteadOfSwallowing(response);
            }
        }
    }

    private static void refuse(Request request, Response response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        closeInsteadOfSwallowing(response);
        ErrorReplies.write(request, response, new Refusal(HttpStatus.TOO_MANY_REQUESTS, "THROTTLED",
                "too-many-connections", "Too many requests in progress", "This client already has as many requests"
                        + " in progress as it may; wait for them to finish."));
    }

    /**
     * Tomcat would read (swallow) the rest of an unread body before serving the connection's next request; this
     * client gets {@code Connection: close} and the connection is closed once the answer is sent. Tomcat records
     * that as an error of the response: unless the application itself answered with an error, it is marked reported
     * at once, so that Tomcat neither replaces the answer with an error page nor cuts an answer already being sent.
     */
    private static void closeInsteadOfSwallowing(Response response) {
        if (!response.isCommitted()) {
            response.setHeader(HttpHeaders.CONNECTION, "close");
        }
        boolean answeredWithError = response.isError();
        response.getCoyoteResponse().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
        if (!answeredWithError) {
            response.setErrorReported();
        }
    }
}
