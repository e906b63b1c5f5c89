package fr.passerelle.shared.model;

import static fr.passerelle.shared.model.GeoPoint.EARTH_RADIUS_KM;
import static fr.passerelle.shared.model.GeoPoint.MAX_LATITUDE;
import static fr.passerelle.shared.model.GeoPoint.MAX_LONGITUDE;

/**
 * A grid of cells of about {@code cellKm} × {@code cellKm}: rows {@code cellKm} of latitude high, each cut into cells
 * {@code cellKm} wide at its middle latitude. Every point of a cell gives the same centre, so whatever is computed
 * from the centre reveals the cell and nothing finer.
 */
public final class GeoGrid {

    /** Near the poles a row's cells would shrink to nothing; they stop narrowing there. */
    private static final double MIN_ROW_COSINE = 0.01;

    private final double cellKm;

    public GeoGrid(double cellKm) {
        this.cellKm = cellKm;
    }

    /** The centre of the cell holding the point. */
    public GeoPoint cellCentre(GeoPoint point) {
        double latitudeStep = Math.toDegrees(cellKm / EARTH_RADIUS_KM);
        double rowLatitude = Math.max(-MAX_LATITUDE,
                Math.min(MAX_LATITUDE, (Math.floor(point.latitude() / latitudeStep) + 0.5) * latitudeStep));
        double longitudeStep = Math.min(2 * MAX_LONGITUDE,
                latitudeStep / Math.max(MIN_ROW_COSINE, Math.cos(Math.toRadians(rowLatitude))));
        double column = Math.floor((point.longitude() + MAX_LONGITUDE) / longitudeStep);
        double cellLongitude = Math.min(MAX_LONGITUDE, -MAX_LONGITUDE + (column + 0.5) * longitudeStep);
        return new GeoPoint(rowLatitude, cellLongitude);
    }
}
