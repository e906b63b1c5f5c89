package fr.passerelle.agreement.rules;

import fr.passerelle.shared.model.DateRange;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.util.List;
import java.util.Objects;

/**
 * What the host quota needs to know about the host organisation.
 *
 * @param workforce        the workforce as R124-12 defines it
 * @param otherInternships the dates of the host's other agreements in progress or planned
 * @param internsElsewhere the interns the host declared under agreements made outside the platform, counted in every
 *                         week
 * @param complete         false when the host has more agreements around the internship than are read: the quota is
 *                         then not checked rather than counted short
 */
public record HostStaffing(int workforce, List<DateRange> otherInternships, int internsElsewhere, boolean complete) {

    /** A host whose other internships were all read. */
    public HostStaffing(int workforce, List<DateRange> otherInternships, int internsElsewhere) {
        this(workforce, otherInternships, internsElsewhere, true);
    }

    /** A host whose every internship is on the platform, all read. */
    public HostStaffing(int workforce, List<DateRange> otherInternships) {
        this(workforce, otherInternships, 0);
    }

    public HostStaffing {
        if (workforce < 0 || internsElsewhere < 0) {
            throw BusinessRuleViolation.of("workforce", ErrorCode.OUT_OF_RANGE, "error.number.negative");
        }
        otherInternships = List.copyOf(Objects.requireNonNull(otherInternships, "otherInternships"));
    }
}
