package fr.passerelle.enrollment.port.out;

import fr.passerelle.enrollment.model.Enrollment;

/** The payment gate: whether what must be paid before the training starts is paid (true when nothing is due yet). */
public interface PaymentProgress {

    boolean settledForStart(Enrollment enrollment);
}
