package fr.passerelle.api.web;

import org.springframework.http.HttpStatus;

/**
 * A request answered with an error before (or instead of) any controller: its HTTP status, the GraphQL
 * classification it carries on {@code /graphql}, and the problem type and title it carries on REST endpoints.
 *
 * @param classification one of README's classifications (BAD_REQUEST, UNAUTHORIZED, …)
 * @param type the RFC 9457 problem type's last segment ({@code urn:passerelle:problem:<type>})
 * @param detail a message a person can act on, safe to show (no exception text)
 */
public record Refusal(HttpStatus status, String classification, String type, String title, String detail) {
}
