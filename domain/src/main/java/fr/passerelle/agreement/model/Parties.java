package fr.passerelle.agreement.model;

import java.util.Objects;

/**
 * Everyone the agreement binds or names (Code de l'éducation, art. D124-4 1°): the intern, the host with its
 * signatory and the tutor, the school with its signatory and the referent teacher.
 *
 * @param legalRepresentative for a minor intern, who signs with them; null for an adult
 * @param companySiret        the host's establishment number (14 digits), for a French host
 */
public record Parties(Party learner, Party legalRepresentative, Party company, String companySiret,
                      Party companySignatory, Party tutor, Party school, Party schoolSignatory, Party referent) {

    public Parties {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(tutor, "tutor");
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(referent, "referent");
    }
}
