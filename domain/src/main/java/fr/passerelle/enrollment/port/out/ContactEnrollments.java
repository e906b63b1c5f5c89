package fr.passerelle.enrollment.port.out;

import fr.passerelle.enrollment.model.Enrollment;
import java.util.List;

/** The enrollments filed on one contact of a school (indexed by contact): what contact merges move. */
public interface ContactEnrollments {

    /**
     * Up to {@code limit} of them in the order they were created (then by id), after the enrollment {@code afterId}
     * (null: from the first).
     */
    List<Enrollment> findByContact(String schoolId, String contactId, String afterId, int limit);
}
