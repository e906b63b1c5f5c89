package fr.passerelle.marketing.port.in;

import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/** A newsletter's words: a subject (which names nobody: it shows in previews and logs) and a plain-text body. */
public record NewsletterCommand(String title, String body) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 20_000;

    public NewsletterCommand {
        List<Violation> violations = new ArrayList<>();
        check(violations, "title", title, MAX_TITLE);
        check(violations, "body", body, MAX_BODY);
        if (!violations.isEmpty()) {
            throw new BusinessRuleViolation(violations);
        }
        title = title.strip();
        body = body.strip();
    }

    private static void check(List<Violation> violations, String field, String text, int max) {
        if (text == null || text.isBlank()) {
            violations.add(Violation.of(field, ErrorCode.REQUIRED, "error.value.required"));
        } else if (text.length() > max) {
            violations.add(Violation.of(field, ErrorCode.TOO_LONG, "error.text.too-long", max));
        }
    }
}
