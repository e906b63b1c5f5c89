package fr.passerelle.enrollment.port.out;

import fr.passerelle.enrollment.model.Enrollment;
import fr.passerelle.shared.port.AggregateStore;

/** Where enrollments are kept (one document each). */
public interface Enrollments extends AggregateStore<Enrollment> {
}
