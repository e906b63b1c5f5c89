package fr.passerelle.company.port.in;

import fr.passerelle.company.model.Site;
import fr.passerelle.shared.model.Address;
import fr.passerelle.shared.model.AddressDraft;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;

/** A new company site as the client sent it. */
public record SiteCommand(String name, AddressDraft address) {

    public Site validate(String siteId) {
        var checks = new Checks();
        String cleanName = checks.text("name", name, Limits.NAME);
        Address validAddress = checks.parse("address", checks.required("address", address), AddressDraft::validate);
        if (validAddress != null && validAddress.location() == null) {
            checks.add("address.latitude", ErrorCode.REQUIRED, "error.site.coordinates-required");
        }
        checks.throwIfAny();
        return new Site(siteId, cleanName, validAddress);
    }
}
