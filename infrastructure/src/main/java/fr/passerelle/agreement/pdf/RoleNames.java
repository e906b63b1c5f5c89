package fr.passerelle.agreement.pdf;

import fr.passerelle.agreement.model.SignatoryRole;

/** The French names of the roles, shared by the parties and the signing circuit so that both say the same. */
final class RoleNames {

    private RoleNames() {
    }

    static String of(SignatoryRole role) {
        return switch (role) {
            case LEARNER -> "Stagiaire";
            case LEGAL_REPRESENTATIVE -> "Représentant légal du ou de la stagiaire";
            case COMPANY_SIGNATORY -> "Représentant de l'organisme d'accueil";
            case TUTOR -> "Tuteur ou tutrice de stage";
            case SCHOOL_SIGNATORY -> "Représentant de l'établissement d'enseignement";
            case REFERENT -> "Enseignant référent";
        };
    }
}
