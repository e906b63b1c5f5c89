package fr.passerelle.enrollment.model;

import fr.passerelle.crm.model.ContactSituation;
import java.util.Objects;

/**
 * What the enrollment needs to know of the person to derive their dossier and their funding: their situation and
 * whether they are a minor at the start (a legal representative then consents). Nothing more: identity stays on the
 * CRM contact.
 */
public record Applicant(ContactSituation situation, boolean minor) {

    public Applicant {
        Objects.requireNonNull(situation, "situation");
    }
}
