package fr.passerelle.learner.port.in;

import fr.passerelle.learner.model.CareerPreferences;
import fr.passerelle.shared.model.DateRange;
import fr.passerelle.shared.model.GeoPoint;
import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.DateWindow;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the learner is looking for, as sent; replaces the stored preferences. */
public record CareerCommand(List<String> targetRoles, List<String> preferredSectors, MobilityInput mobility,
                            List<DateRangeInput> availability, Money salaryExpectation) {

    /** Farther than this is "anywhere": say willingToRelocate instead. */
    static final int MAX_RADIUS_KM = 1_000;

    /** Mobility as sent; the home base is a pair of coordinates or nothing. */
    public record MobilityInput(Double latitude, Double longitude, Integer radiusKm, boolean willingToRelocate,
                                boolean drivingLicence) {
    }

    /** A period of availability as sent. */
    public record DateRangeInput(LocalDate start, LocalDate end) {
    }

    /** The preferences checked; periods of availability are planned dates ({@link DateWindow#plans}). */
    public CareerPreferences validate(LocalDate today) {
        var checks = new Checks();
        DateWindow plans = DateWindow.plans(today);
        List<String> roles = checks.texts("targetRoles", targetRoles, Limits.SHORT_TEXT);
        List<String> sectors = checks.texts("preferredSectors", preferredSectors, Limits.SHORT_TEXT);
        CareerPreferences.Mobility validMobility = null;
        if (mobility != null) {
            GeoPoint home = null;
            if ((mobility.latitude() == null) != (mobility.longitude() == null)) {
                boolean latitudeMissing = mobility.latitude() == null;
                checks.add(latitudeMissing ? "mobility.latitude" : "mobility.longitude", ErrorCode.REQUIRED,
                        "error.coordinates.incomplete");
            } else if (mobility.latitude() != null) {
                home = checks.parse("mobility", mobility, m -> new GeoPoint(m.latitude(), m.longitude()));
            }
            Integer radius = mobility.radiusKm();
            if (radius != null && (radius < 0 || radius > MAX_RADIUS_KM)) {
                checks.add("mobility.radiusKm", ErrorCode.OUT_OF_RANGE, "error.number.out-of-range", 0, MAX_RADIUS_KM);
            }
            validMobility = new CareerPreferences.Mobility(home, radius, mobility.willingToRelocate(),
                    mobility.drivingLicence());
        }
        List<DateRange> periods = new ArrayList<>();
        List<DateRangeInput> given = checks.list("availability", availability);
        for (int i = 0; i < given.size(); i++) {
            DateRangeInput range = given.get(i);
            String path = "availability." + i;
            DateRange period = checks.dateRange(path + ".start", range.start(), path + ".end", range.end(), plans);
            if (period != null) {
                periods.add(period);
            }
        }
        if (salaryExpectation != null && salaryExpectation.amountInMinorUnits() < 0) {
            checks.add("salaryExpectation", ErrorCode.OUT_OF_RANGE, "error.number.negative");
        }
        checks.throwIfAny();
        return new CareerPreferences(roles, sectors, validMobility, periods, salaryExpectation);
    }
}
