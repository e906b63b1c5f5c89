package fr.passerelle.shared.validation;

import java.util.List;

/**
 * A file whose content is none of the formats accepted, whatever type the client declared. A business-rule violation
 * like any other ({@link ErrorCode#INVALID} on its field), which a file upload answers as 415 Unsupported Media Type.
 */
public class UnrecognisedFileException extends BusinessRuleViolation {

    public UnrecognisedFileException(String path, String key, Object... arguments) {
        super(List.of(Violation.of(path, ErrorCode.INVALID, key, arguments)));
    }
}
