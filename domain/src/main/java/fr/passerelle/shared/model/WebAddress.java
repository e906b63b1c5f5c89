package fr.passerelle.shared.model;

import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import fr.passerelle.shared.validation.TextKind;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** An absolute http(s) address: anything else (javascript:, file:, relative) is refused before it reaches a page. */
public record WebAddress(URI value) {

    public WebAddress {
        String scheme = value == null ? null : value.getScheme();
        if (scheme == null || value.getHost() == null
                || !(scheme.toLowerCase(Locale.ROOT).equals("https") || scheme.toLowerCase(Locale.ROOT).equals("http"))) {
            throw BusinessRuleViolation.of("", ErrorCode.INVALID, "error.url.invalid");
        }
    }

    public static WebAddress of(String raw) {
        if (raw == null || raw.length() > Limits.URL) {
            throw BusinessRuleViolation.of("", ErrorCode.INVALID, "error.url.too-long", Limits.URL);
        }
        // The URI parser refuses control characters; a direction override it would keep, and a link must not hide.
        TextKind.LINE.characterProblem(raw.strip()).ifPresent(problem -> {
            throw BusinessRuleViolation.of("", ErrorCode.INVALID, problem);
        });
        try {
            return new WebAddress(new URI(raw.strip()));
        } catch (URISyntaxException e) {
            throw BusinessRuleViolation.of("", ErrorCode.INVALID, "error.url.invalid");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
