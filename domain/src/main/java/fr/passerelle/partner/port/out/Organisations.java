package fr.passerelle.partner.port.out;

import fr.passerelle.membership.model.Tenant;
import fr.passerelle.school.model.PartnershipTier;
import java.util.Optional;

/** The organisations partner clients act for, as far as partner clients need them. */
public interface Organisations {

    /**
     * The organisation's partnership tier, which sizes its clients' cost budget; empty when the organisation does
     * not exist. Organisations without a partnership (companies, for now) are at the first tier.
     */
    Optional<PartnershipTier> tierOf(Tenant organisation);
}
