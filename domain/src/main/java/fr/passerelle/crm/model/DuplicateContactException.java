package fr.passerelle.crm.model;

import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import java.util.List;

/**
 * A new contact (or a change) would give the school a second contact with the same normalised e-mail address or
 * phone number: reported ({@link ErrorCode#DUPLICATE}, on the field that matched) with the contact already there,
 * never stored twice.
 */
public class DuplicateContactException extends BusinessRuleViolation {

    private final String existingId;

    public DuplicateContactException(String field, String existingId) {
        super(List.of(Violation.of(field, ErrorCode.DUPLICATE, "error.crm.contact.duplicate")));
        this.existingId = existingId;
    }

    /** The contact that already holds the key. */
    public String existingId() {
        return existingId;
    }
}
