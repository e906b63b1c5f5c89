package fr.passerelle.enrollment.port.out;

import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.enrollment.model.EnrollmentState;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.port.AggregateStore;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Where enrollments are kept (one document each). Pages are by creation, newest first. */
public interface Enrollments extends AggregateStore<Enrollment> {

    /** A school's enrollments, in one state and of one session when those are given (null: any). */
    Page<Enrollment> ofSchool(String schoolId, EnrollmentState state, String sessionId, Paging paging);

    /** Those the platform user may complete as the learner. */
    Page<Enrollment> ofLearner(String learnerSubject, Paging paging);

    /** The first page of each session's enrollments, in one read; sessions without any map to an empty page. */
    Map<String, Page<Enrollment>> firstPagesBySession(Collection<String> sessionIds, int size);

    /** Up to {@code limit} of the session's enrollments in one state (e.g. the confirmed ones when it starts). */
    List<Enrollment> ofSessionInState(String sessionId, EnrollmentState state, int limit);
}
