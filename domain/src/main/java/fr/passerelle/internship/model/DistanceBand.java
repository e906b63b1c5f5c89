package fr.passerelle.internship.model;

import java.util.Arrays;

/**
 * How far a learner's home base is from a site, in bands wide enough to locate nobody: what a company reads instead
 * of kilometres. Each band holds the distances below its upper bound and at or above the previous one's.
 */
public enum DistanceBand {
    UNDER_10_KM(10),
    FROM_10_TO_30_KM(30),
    FROM_30_TO_60_KM(60),
    OVER_60_KM(Double.POSITIVE_INFINITY);

    private final double upperKm;

    DistanceBand(double upperKm) {
        this.upperKm = upperKm;
    }

    public static DistanceBand of(double km) {
        return Arrays.stream(values()).filter(band -> km < band.upperKm).findFirst().orElse(OVER_60_KM);
    }
}
