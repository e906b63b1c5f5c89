package fr.passerelle.shared.model;

import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.ErrorCode;

/** WGS 84 coordinates in decimal degrees. */
public record GeoPoint(double latitude, double longitude) {

    static final double MAX_LATITUDE = 90;
    static final double MAX_LONGITUDE = 180;
    /** The mean Earth radius (IUGG): distances are great-circle, good to a fraction of a percent. */
    static final double EARTH_RADIUS_KM = 6_371.0088;

    public GeoPoint {
        var checks = new Checks();
        if (!(Math.abs(latitude) <= MAX_LATITUDE)) {
            checks.add("latitude", ErrorCode.OUT_OF_RANGE, "error.number.out-of-range", -90, 90);
        }
        if (!(Math.abs(longitude) <= MAX_LONGITUDE)) {
            checks.add("longitude", ErrorCode.OUT_OF_RANGE, "error.number.out-of-range", -180, 180);
        }
        checks.throwIfAny();
    }

    /** Great-circle distance (haversine), in km. */
    public double distanceKm(GeoPoint other) {
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(latitude))
                * Math.cos(Math.toRadians(other.latitude)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
