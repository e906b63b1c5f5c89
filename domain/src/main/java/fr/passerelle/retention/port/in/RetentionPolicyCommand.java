package fr.passerelle.retention.port.in;

import fr.passerelle.privacy.model.LegalBasis;
import fr.passerelle.retention.model.RetentionTrigger;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * A policy's new terms, checked whole: every broken rule is reported at once. Periods are bounded so that no
 * policy can keep data for ever by accident, nor erase it before its purpose is served.
 */
public record RetentionPolicyCommand(RetentionTrigger trigger, Integer activeMonths, Integer archiveMonths,
                                     LegalBasis basis) {

    /** At least a month in the active base: a policy of zero would erase data the day it is written. */
    public static final int MIN_ACTIVE_MONTHS = 1;
    /** Ten years: the longest duty we know of (accounting records, Code de commerce art. L123-22). */
    public static final int MAX_ACTIVE_MONTHS = 120;
    public static final int MAX_ARCHIVE_MONTHS = 120;

    public RetentionPolicyCommand {
        List<Violation> violations = new ArrayList<>();
        if (trigger == null) {
            violations.add(Violation.of("trigger", ErrorCode.REQUIRED, "error.value.required"));
        }
        if (basis == null) {
            violations.add(Violation.of("basis", ErrorCode.REQUIRED, "error.value.required"));
        }
        checkRange(violations, "activeMonths", activeMonths, MIN_ACTIVE_MONTHS, MAX_ACTIVE_MONTHS);
        checkRange(violations, "archiveMonths", archiveMonths, 0, MAX_ARCHIVE_MONTHS);
        if (basis == LegalBasis.CONSENT && archiveMonths != null && archiveMonths > 0) {
            // Withdrawn consent leaves nothing to archive for: the proof of it is its own data class.
            violations.add(Violation.of("archiveMonths", ErrorCode.INVALID, "error.retention.consent-archive"));
        }
        if (!violations.isEmpty()) {
            throw new BusinessRuleViolation(violations);
        }
    }

    private static void checkRange(List<Violation> violations, String field, Integer months, int min, int max) {
        if (months == null) {
            violations.add(Violation.of(field, ErrorCode.REQUIRED, "error.value.required"));
        } else if (months < min || months > max) {
            violations.add(Violation.of(field, ErrorCode.OUT_OF_RANGE, "error.retention.months", min, max));
        }
    }
}
