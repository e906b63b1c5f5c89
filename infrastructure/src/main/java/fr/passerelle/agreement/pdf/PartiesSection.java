package fr.passerelle.agreement.pdf;

import fr.passerelle.agreement.model.Parties;
import fr.passerelle.agreement.model.Party;
import fr.passerelle.agreement.model.SignatoryRole;
import fr.passerelle.agreement.rules.InternshipPeriod;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/**
 * Everyone the agreement binds or names (art. D124-4), one row each: name, function, e-mail; the addresses of the
 * intern, the host and the school, and the intern's programme and year.
 */
final class PartiesSection {

    private PartiesSection() {
    }

    static void write(PdfLayout layout, Parties parties, Particulars particulars, InternshipPeriod period) {
        layout.heading("Les parties");
        layout.field(RoleNames.of(SignatoryRole.LEARNER), describe(parties.learner()));
        layout.field("Adresse du ou de la stagiaire", FrenchFormat.address(particulars.learner()));
        if (parties.legalRepresentative() != null) {
            layout.field(RoleNames.of(SignatoryRole.LEGAL_REPRESENTATIVE), describe(parties.legalRepresentative()));
        }
        layout.field("Organisme d'accueil", host(parties));
        layout.field("Adresse de l'organisme d'accueil", FrenchFormat.address(particulars.host()));
        layout.field(RoleNames.of(SignatoryRole.COMPANY_SIGNATORY), describe(parties.companySignatory()));
        layout.field(RoleNames.of(SignatoryRole.TUTOR), describe(parties.tutor()));
        layout.field("Établissement d'enseignement", describe(parties.school()));
        layout.field("Adresse de l'établissement", FrenchFormat.address(particulars.school()));
        layout.field(RoleNames.of(SignatoryRole.SCHOOL_SIGNATORY), describe(parties.schoolSignatory()));
        layout.field(RoleNames.of(SignatoryRole.REFERENT), describe(parties.referent()));
        program(layout, particulars, period);
    }

    /** The intern's course (art. D124-4 1°): its title, the academic year of the internship, the year it ends. */
    private static void program(PdfLayout layout, Particulars particulars, InternshipPeriod period) {
        layout.heading("Formation suivie par le ou la stagiaire");
        layout.field("Cursus ou formation", FrenchFormat.orNotStated(particulars.program()));
        int start = period.start().getMonthValue() >= Month.SEPTEMBER.getValue()
                ? period.start().getYear() : period.start().getYear() - 1;
        layout.field("Année universitaire", start + "-" + (start + 1));
        layout.field("Fin de la formation", particulars.graduationYear() == null
                ? FrenchFormat.orNotStated(null) : "promotion " + particulars.graduationYear());
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
