package fr.passerelle.shared.model;

/**
 * A latitude/longitude rectangle containing every point within a distance of a centre: the index-friendly
 * prefilter (two ranges) that stands in for geo operators the embedded store lacks. It may hold points a little
 * farther than the distance (its corners); the exact distance is computed afterwards.
 */
public record GeoBox(double minLatitude, double maxLatitude, double minLongitude, double maxLongitude) {

    /** Kilometres per degree of latitude (and of longitude at the equator). */
    private static final double KM_PER_DEGREE = Math.PI * GeoPoint.EARTH_RADIUS_KM / 180;
    /** Beyond this latitude a box would wrap the pole: use every longitude instead. */
    private static final double POLAR_LATITUDE = 89;

    public static GeoBox around(GeoPoint centre, double radiusKm) {
        double latitudeDelta = radiusKm / KM_PER_DEGREE;
        double minLatitude = Math.max(-90, centre.latitude() - latitudeDelta);
        double maxLatitude = Math.min(90, centre.latitude() + latitudeDelta);
        double widest = Math.max(Math.abs(minLatitude), Math.abs(maxLatitude));
        if (widest >= POLAR_LATITUDE) {
            return new GeoBox(minLatitude, maxLatitude, -180, 180);
        }
        double longitudeDelta = radiusKm / (KM_PER_DEGREE * Math.cos(Math.toRadians(widest)));
        double west = centre.longitude() - longitudeDelta;
        double east = centre.longitude() + longitudeDelta;
        if (west < -180 || east > 180) {
            // Across the antimeridian one range cannot hold the circle: every longitude is still a valid prefilter.
            return new GeoBox(minLatitude, maxLatitude, -180, 180);
        }
        return new GeoBox(minLatitude, maxLatitude, west, east);
    }

    public boolean contains(GeoPoint point) {
        return point.latitude() >= minLatitude && point.latitude() <= maxLatitude
                && point.longitude() >= minLongitude && point.longitude() <= maxLongitude;
    }
}
