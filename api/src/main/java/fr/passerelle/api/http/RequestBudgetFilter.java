package fr.passerelle.api.http;

import fr.passerelle.api.web.ErrorReplies;
import fr.passerelle.api.web.Refusal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 429 with {@code Retry-After} once a client has spent its request budget, before any work is done for the
 * request. The client is the authenticated token's subject — so people behind one school's network address do not
 * share a budget — or, for anonymous endpoints, the remote address. It belongs in the security filter chains, after
 * authentication.
 */
public final class RequestBudgetFilter extends OncePerRequestFilter {

    private final RequestBudgets budgets;

    public RequestBudgetFilter(RequestBudgets budgets) {
        this.budgets = budgets;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        OptionalLong retryAfter = budgets.take(client(request));
        if (retryAfter.isPresent()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.getAsLong()));
            ErrorReplies.write(request, response, new Refusal(HttpStatus.TOO_MANY_REQUESTS, "THROTTLED",
                    "too-many-requests", "Too many requests", "This client has sent more requests than its budget"
                            + " allows; retry after " + retryAfter.getAsLong() + " s."));
            return;
        }
        chain.doFilter(request, response);
    }

    private static String client(HttpServletRequest request) {
        return SignedInSubject.current().map(subject -> "subject:" + subject)
                .orElse("address:" + request.getRemoteAddr());
    }
}
