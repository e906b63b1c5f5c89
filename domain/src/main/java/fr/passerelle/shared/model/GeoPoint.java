package fr.passerelle.shared.model;

import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.ErrorCode;

/** WGS 84 coordinates in decimal degrees. */
public record GeoPoint(double latitude, double longitude) {

    private static final double MAX_LATITUDE = 90;
    private static final double MAX_LONGITUDE = 180;

    public GeoPoint {
        var checks = new Checks();
        if (!(Math.abs(latitude) <= MAX_LATITUDE)) {
            checks.add("latitude", ErrorCode.OUT_OF_RANGE, "must be between -90 and 90");
        }
        if (!(Math.abs(longitude) <= MAX_LONGITUDE)) {
            checks.add("longitude", ErrorCode.OUT_OF_RANGE, "must be between -180 and 180");
        }
        checks.throwIfAny();
    }
}
