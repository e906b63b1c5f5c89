package fr.passerelle.agreement.rules;

import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Countries are named by their ISO 3166-1 alpha-2 code in upper case ("FR", "DE"), the form holiday data is keyed by.
 */
final class CountryCode {

    private static final Pattern ALPHA_2 = Pattern.compile("[A-Z]{2}");

    private CountryCode() {
    }

    static String require(String path, String code) {
        Objects.requireNonNull(code, path);
        if (!ALPHA_2.matcher(code).matches()) {
            throw BusinessRuleViolation.of(path, ErrorCode.INVALID,
                    "error.country.code");
        }
        return code;
    }
}
