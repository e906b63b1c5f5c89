package fr.passerelle.api.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The security headers of every answer, on top of Spring Security's defaults (no sniffing, no framing, no caching):
 * a Content-Security-Policy that lets a page load nothing, {@code Referrer-Policy: no-referrer}, and HSTS over TLS.
 * The API serves data, not pages, so the policy is as strict as it gets; its two pages get a policy of their own:
 * GraphiQL (dev only) and the tutor's evaluation form.
 */
final class SecurityHeaders {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    /**
     * The tutor's evaluation form ({@code /evaluation-forms/…} asked for as HTML): its own stylesheet, no script at
     * all, and a form that may post only back to this origin.
     */
    static final String FORM_POLICY = "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none';"
            + " base-uri 'none'";
    private static final String FORM_PAGES = "/evaluation-forms/";
    /** The one-click unsubscribe page's form posts back to itself, under the same policy. */
    private static final String UNSUBSCRIBE_PAGES = "/unsubscribe/";

    private SecurityHeaders() {
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> of(HstsSettings hsts, String graphiqlPath) {
        RequestMatcher graphiql = request -> graphiqlPath.equals(request.getRequestURI());
        RequestMatcher formPage = request -> request.getRequestURI().startsWith(UNSUBSCRIBE_PAGES)
                || request.getRequestURI().startsWith(FORM_PAGES) && asksForHtml(request);
        RequestMatcher data = new NegatedRequestMatcher(new OrRequestMatcher(graphiql, formPage));
        return headers -> {
            headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(data,
                            new ContentSecurityPolicyHeaderWriter(API_POLICY)))
                    .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(graphiql,
                            new ContentSecurityPolicyHeaderWriter(graphiqlPolicy())))
                    .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(formPage,
                            new ContentSecurityPolicyHeaderWriter(FORM_POLICY)))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER));
            if (hsts.maxAge().isZero()) {
                headers.httpStrictTransportSecurity(HeadersConfigurer.HstsConfig::disable);
            } else {
                headers.httpStrictTransportSecurity(sts -> sts.maxAgeInSeconds(hsts.maxAge().toSeconds())
                        .includeSubDomains(hsts.includeSubdomains()).preload(hsts.preload()));
            }
        };
    }

    /** A browser opening a page; JSON clients at the same address get the API's policy. */
    private static boolean asksForHtml(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    /**
     * GraphiQL's page (dev only): its scripts, styles and fonts from this origin — the application serves them all, and
     * the page has no inline script —, inline styles (the editor sets them), queries and subscriptions to this origin.
     */
    static String graphiqlPolicy() {
        return "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:;"
                + " img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    }
}
