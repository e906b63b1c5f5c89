package fr.passerelle.shared.model;

import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.TextKind;
import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address, trimmed and lower-cased so that equality matches how mail systems treat them in practice. */
public record EmailAddress(String value) {

    /** Deliberately simple (RFC 5322 in full accepts nonsense); a confirmation mail is the real check. */
    private static final Pattern FORM = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final int MAX_LENGTH = 254;

    public EmailAddress {
        if (value == null || value.length() > MAX_LENGTH || !FORM.matcher(value).matches()) {
            throw BusinessRuleViolation.of("", ErrorCode.INVALID, "error.email.invalid");
        }
    }

    /**
     * An address as typed: trimmed, lower-cased, and held to the rules of a one-line text ({@link TextKind#LINE}: no
     * control character, never starting like a spreadsheet formula), since addresses end up in exports too.
     */
    public static EmailAddress of(String raw) {
        String value = raw == null ? null : raw.strip().toLowerCase(Locale.ROOT);
        if (value != null && value.length() <= MAX_LENGTH) {
            TextKind.LINE.problem(value).ifPresent(problem -> {
                throw BusinessRuleViolation.of("", ErrorCode.INVALID, problem);
            });
        }
        return new EmailAddress(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
