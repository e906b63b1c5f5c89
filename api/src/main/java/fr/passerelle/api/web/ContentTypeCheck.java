package fr.passerelle.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose {@code Content-Type} names no media type ({@code *}{@code /*}, {@code application/*}) or
 * cannot be parsed, with 415 before anything reads the body: Spring's request headers reject such a value with an
 * exception wherever they are first read, which would otherwise surface as a 500 (or the container's HTML page).
 */
@Component
class ContentTypeCheck extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !names(contentType)) {
            ErrorReplies.write(request, response, new Refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "BAD_REQUEST",
                    "unsupported-media-type", "Unsupported media type", "The Content-Type '" + printable(contentType)
                    + "' names no media type; send application/json (GraphQL, forms) or multipart/form-data (files)."));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean names(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException unparseable) {
            return false;
        }
    }

    /** The header as sent, cut short and without control characters, to echo it safely. */
    private static String printable(String value) {
        String cleaned = value.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() <= 80 ? cleaned : cleaned.substring(0, 80) + "…";
    }
}
