package fr.passerelle.consent.port.in;

import fr.passerelle.consent.model.ConsentDecision;
import fr.passerelle.consent.model.ConsentPurpose;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.util.regex.Pattern;

/**
 * A decision on one purpose, under the wording the person was shown.
 *
 * @param wordingVersion the version of that wording: 1 to 64 letters, digits, dots, dashes or underscores
 */
public record ConsentCommand(ConsentPurpose purpose, ConsentDecision decision, String wordingVersion) {

    public static final int MAX_WORDING_VERSION = 64;
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9._-]+");

    public ConsentCommand {
        if (purpose == null) {
            throw BusinessRuleViolation.of("purpose", ErrorCode.REQUIRED, "error.value.required");
        }
        if (decision == null) {
            throw BusinessRuleViolation.of("decision", ErrorCode.REQUIRED, "error.value.required");
        }
        if (wordingVersion == null || wordingVersion.isBlank()) {
            throw BusinessRuleViolation.of("wordingVersion", ErrorCode.REQUIRED, "error.value.required");
        }
        if (wordingVersion.length() > MAX_WORDING_VERSION) {
            throw BusinessRuleViolation.of("wordingVersion", ErrorCode.TOO_LONG, "error.text.too-long",
                    MAX_WORDING_VERSION);
        }
        if (!VERSION.matcher(wordingVersion).matches()) {
            throw BusinessRuleViolation.of("wordingVersion", ErrorCode.INVALID, "error.consent.wording-version");
        }
    }
}
