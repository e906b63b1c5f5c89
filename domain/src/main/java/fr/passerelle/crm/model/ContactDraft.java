package fr.passerelle.crm.model;

import fr.passerelle.shared.model.AddressDraft;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.DateWindow;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import java.time.LocalDate;

/**
 * A contact's details as typed (by hand, in an import row, in a form), not yet validated. The links staff may set
 * are the company and the funder; the platform user and learner profile are linked by the platform itself.
 *
 * @param source how the person came; left out, {@link ContactSource#OTHER}
 */
public record ContactDraft(String givenName, String familyName, String email, String phone, AddressDraft address,
                           Integer birthYear, ContactSituation situation, ContactSource source, String campaign,
                           String companyId, FunderKind funderKind, String funderName) {

    /** The youngest a contact can be: the age at which apprenticeships start. */
    public static final int MIN_AGE = 14;

    /** Every problem at once, under the field names of this draft. */
    public ContactDetails validate(LocalDate today) {
        var checks = new Checks();
        String given = checks.optionalText("givenName", givenName, Limits.SHORT_TEXT);
        String family = checks.text("familyName", familyName, Limits.SHORT_TEXT);
        EmailAddress mail = checks.parse("email", blankToNull(email), EmailAddress::of);
        String number = checks.phone("phone", phone);
        if (blankToNull(email) == null && blankToNull(phone) == null) {
            checks.add("email", ErrorCode.REQUIRED, "error.crm.contact.reachable");
        }
        var place = checks.parse("address", address, AddressDraft::validate);
        Integer year = checks.year("birthYear", birthYear, DateWindow.birthDates(today, MIN_AGE, Limits.LIFETIME_YEARS));
        String campaignName = checks.optionalText("campaign", campaign, Limits.SHORT_TEXT);
        String company = checks.optionalText("companyId", companyId, Limits.CODE);
        String funder = checks.optionalText("funder.name", funderName, Limits.NAME);
        if ((funderKind == null) != (blankToNull(funderName) == null)) {
            checks.add(funderKind == null ? "funder.kind" : "funder.name", ErrorCode.REQUIRED,
                    "error.crm.contact.funder-incomplete");
        }
        checks.throwIfAny();
        return new ContactDetails(given, family, mail, number, place, year, situation,
                source == null ? ContactSource.OTHER : source, campaignName,
                new ContactLinks(company, funderKind == null ? null : new Funder(funderKind, funder), null, null));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
