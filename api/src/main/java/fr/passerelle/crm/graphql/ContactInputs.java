package fr.passerelle.crm.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.crm.model.ContactDraft;
import fr.passerelle.crm.model.ContactRole;
import fr.passerelle.crm.model.ContactSituation;
import fr.passerelle.crm.model.ContactSource;
import fr.passerelle.crm.model.FunderKind;
import fr.passerelle.crm.model.LifecycleStage;
import fr.passerelle.shared.model.AddressDraft;
import fr.passerelle.shared.model.EmailAddress;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The contact inputs of the schema, bound by Spring for GraphQL and turned into domain commands. */
final class ContactInputs {

    private ContactInputs() {
    }

    /** {@code ContactFunderInput}. */
    record FunderInput(FunderKind kind, String name) {
    }

    /** {@code ContactUpdateInput}. */
    record UpdateInput(String givenName, String familyName, EmailAddress email, String phone, AddressDraft address,
                       Integer birthYear, ContactSituation situation, ContactSource source, String campaign,
                       String companyId, FunderInput funder) {

        ContactDraft draft() {
            return ContactInputs.draft(givenName, familyName, email, phone, address, birthYear, situation, source,
                    campaign, companyId, funder);
        }
    }

    /** {@code ContactStageMoveInput}. */
    record StageMoveInput(String target, LifecycleStage stage) {
    }

    /** {@code ContactCreateInput}. */
    record CreateInput(String givenName, String familyName, EmailAddress email, String phone, AddressDraft address,
                       Integer birthYear, ContactSituation situation, ContactSource source, String campaign,
                       String companyId, FunderInput funder, List<ContactRole> roles, List<String> tags,
                       String owner) {

        ContactDraft draft() {
            return ContactInputs.draft(givenName, familyName, email, phone, address, birthYear, situation, source,
                    campaign, companyId, funder);
        }

        Set<ContactRole> roleSet() {
            return ContactInputs.roles(roles);
        }
    }

    static Set<ContactRole> roles(List<ContactRole> roles) {
        return roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    private static ContactDraft draft(String givenName, String familyName, EmailAddress email, String phone,
                                      AddressDraft address, Integer birthYear, ContactSituation situation,
                                      ContactSource source, String campaign, String companyId, FunderInput funder) {
        return new ContactDraft(givenName, familyName, email == null ? null : email.value(), phone, address,
                birthYear, situation, source, campaign,
                companyId == null ? null : GlobalIds.localId(companyId, "Company"),
                funder == null ? null : funder.kind(), funder == null ? null : funder.name());
    }
}
