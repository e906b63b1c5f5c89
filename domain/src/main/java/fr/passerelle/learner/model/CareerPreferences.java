package fr.passerelle.learner.model;

import fr.passerelle.shared.model.DateRange;
import fr.passerelle.shared.model.GeoPoint;
import fr.passerelle.shared.model.Money;
import java.util.List;

/**
 * What the learner is looking for.
 *
 * @param salaryExpectation gross monthly pay hoped for, or null
 */
public record CareerPreferences(List<String> targetRoles, List<String> preferredSectors, Mobility mobility,
                                List<DateRange> availability, Money salaryExpectation) {

    public static final CareerPreferences NONE = new CareerPreferences(List.of(), List.of(), null, List.of(), null);

    public CareerPreferences {
        targetRoles = List.copyOf(targetRoles);
        preferredSectors = List.copyOf(preferredSectors);
        availability = List.copyOf(availability);
    }

    /**
     * Where the learner can work: within {@code radiusKm} of their home base, or anywhere if willing to relocate.
     */
    public record Mobility(GeoPoint homeBase, Integer radiusKm, boolean willingToRelocate, boolean drivingLicence) {
    }
}
