package fr.passerelle.agreement.pdf;

import fr.passerelle.agreement.model.Parties;
import fr.passerelle.agreement.model.Party;
import fr.passerelle.agreement.model.SignatoryRole;
import java.util.ArrayList;
import java.util.List;

/** Everyone the agreement binds or names (art. D124-4 1°), one row each: name, function, e-mail. */
final class PartiesSection {

    private PartiesSection() {
    }

    static void write(PdfLayout layout, Parties parties) {
        layout.heading("Les parties");
        layout.field(RoleNames.of(SignatoryRole.LEARNER), describe(parties.learner()));
        if (parties.legalRepresentative() != null) {
            layout.field(RoleNames.of(SignatoryRole.LEGAL_REPRESENTATIVE), describe(parties.legalRepresentative()));
        }
        layout.field("Organisme d'accueil", host(parties));
        layout.field(RoleNames.of(SignatoryRole.COMPANY_SIGNATORY), describe(parties.companySignatory()));
        layout.field(RoleNames.of(SignatoryRole.TUTOR), describe(parties.tutor()));
        layout.field("Établissement d'enseignement", describe(parties.school()));
        layout.field(RoleNames.of(SignatoryRole.SCHOOL_SIGNATORY), describe(parties.schoolSignatory()));
        layout.field(RoleNames.of(SignatoryRole.REFERENT), describe(parties.referent()));
    }

    /** The host and, for a French one, its establishment number on the next line. */
    static String host(Parties parties) {
        String siret = parties.companySiret();
        return describe(parties.company()) + (FrenchFormat.isStated(siret) ? "\nSIRET " + siret : "");
    }

    /** "Léa Martin, Cheffe d'atelier, lea.martin@example.fr"; a party the agreement does not name yet says so. */
    static String describe(Party party) {
        if (party == null) {
            return "Non désigné.";
        }
        List<String> parts = new ArrayList<>(List.of(party.name()));
        if (FrenchFormat.isStated(party.function())) {
            parts.add(party.function());
        }
        if (FrenchFormat.isStated(party.email())) {
            parts.add(party.email());
        }
        return String.join(", ", parts);
    }
}
