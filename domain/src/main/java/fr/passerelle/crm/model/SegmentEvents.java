package fr.passerelle.crm.model;

import java.util.Map;

/** The types of the events a segment's changes emit, with attributes {@code schoolId} and {@code segmentId}. */
public final class SegmentEvents {

    public static final String CREATED = "segment.created";
    public static final String UPDATED = "segment.updated";
    public static final String DELETED = "segment.deleted";

    private SegmentEvents() {
    }

    public static Map<String, String> attributesOf(Segment segment) {
        return Map.of(ContactEvents.SCHOOL_ID, segment.schoolId(), "segmentId", segment.id());
    }
}
