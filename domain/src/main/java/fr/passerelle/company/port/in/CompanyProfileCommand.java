package fr.passerelle.company.port.in;

import fr.passerelle.company.model.CompanyKind;
import fr.passerelle.company.model.CompanyProfile;
import fr.passerelle.company.model.Siret;
import fr.passerelle.shared.model.WebAddress;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.Limits;
import fr.passerelle.shared.validation.TextKind;

/** A company's profile as the client sent it; {@link #validate()} reports every problem at once. */
public record CompanyProfileCommand(String legalName, String tradeName, String siret, CompanyKind kind,
                                    String website, String description) {

    public CompanyProfile validate() {
        var checks = new Checks();
        String cleanLegalName = checks.text("legalName", legalName, Limits.NAME);
        String cleanTradeName = checks.optionalText("tradeName", tradeName, Limits.NAME);
        Siret validSiret = checks.parse("siret", checks.required("siret", siret), Siret::of);
        checks.required("kind", kind);
        WebAddress validWebsite = checks.parse("website",
                website == null || website.isBlank() ? null : website, WebAddress::of);
        String cleanDescription = checks.optionalText("description", description, Limits.LONG_TEXT, TextKind.PROSE);
        checks.throwIfAny();
        return new CompanyProfile(cleanLegalName, cleanTradeName, validSiret, kind, validWebsite, cleanDescription);
    }
}
