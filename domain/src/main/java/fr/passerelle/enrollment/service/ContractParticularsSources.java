package fr.passerelle.enrollment.service;

import fr.passerelle.catalog.port.out.Programmes;
import fr.passerelle.catalog.port.out.Sessions;
import fr.passerelle.crm.port.out.Contacts;
import fr.passerelle.membership.port.out.Memberships;
import fr.passerelle.school.port.out.Schools;

/** Where a contract's particulars and signatories are read from when it is sent (their features' out-ports). */
public record ContractParticularsSources(Schools schools, Programmes programmes, Sessions sessions,
                                         Contacts contacts, Memberships memberships) {
}
