package fr.passerelle.enrollment.port.out;

import fr.passerelle.enrollment.model.Enrollment;

/** The dossier gate: whether every document the enrollment requires is accepted and still valid. */
public interface DossierProgress {

    boolean complete(Enrollment enrollment);
}
