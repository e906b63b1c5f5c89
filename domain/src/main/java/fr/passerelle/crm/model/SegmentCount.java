package fr.passerelle.crm.model;

/**
 * How many contacts a segment selects: exact, or, for a consent purpose over more linked contacts than a count reads,
 * a lower bound (the contacts granting it among those read).
 */
public record SegmentCount(long count, boolean exact) {

    public static final SegmentCount NONE = new SegmentCount(0, true);
}
