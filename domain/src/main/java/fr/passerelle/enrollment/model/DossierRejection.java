package fr.passerelle.enrollment.model;

import java.util.Objects;

/** Why a document was refused: a reason code and, optionally (required for {@code OTHER}), a comment. */
public record DossierRejection(DossierRejectReason reason, String comment) {

    public DossierRejection {
        Objects.requireNonNull(reason, "reason");
    }
}
