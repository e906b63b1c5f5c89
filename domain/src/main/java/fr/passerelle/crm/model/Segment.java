package fr.passerelle.crm.model;

import fr.passerelle.shared.model.Aggregate;
import java.time.Instant;
import java.util.Objects;

/**
 * A saved filter over a school's contacts, evaluated on every read (never a stored list of people), usable as a
 * target by marketing. Deleting one keeps the document, marked, so what named it (a campaign) still reads its name.
 */
public record Segment(String id, String schoolId, String name, SegmentFilter filter, Instant deletedAt,
                      String createdBy, Instant createdAt, Instant updatedAt, long version) implements Aggregate {

    /** Segments per school: a menu, not a database. */
    public static final int MAX_PER_SCHOOL = 100;

    public Segment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(filter, "filter");
    }

    public static Segment create(String id, String schoolId, String name, SegmentFilter filter, String createdBy,
                                 Instant now) {
        return new Segment(id, schoolId, name, filter, null, createdBy, now, now, 0);
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public Segment edited(String newName, SegmentFilter newFilter, Instant now) {
        return new Segment(id, schoolId, newName, newFilter, deletedAt, createdBy, createdAt, now, version);
    }

    public Segment deleted(Instant now) {
        return new Segment(id, schoolId, name, filter, now, createdBy, createdAt, now, version);
    }
}
