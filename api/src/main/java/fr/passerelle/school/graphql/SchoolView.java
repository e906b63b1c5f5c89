package fr.passerelle.school.graphql;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.school.model.Program;
import fr.passerelle.school.model.School;
import fr.passerelle.school.model.SchoolKind;
import fr.passerelle.shared.model.Address;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.model.WebAddress;
import java.time.Instant;
import java.util.List;

/** GraphQL {@code School}; {@code localId} is the domain id nested fields need. */
public record SchoolView(String id, String name, SchoolKind kind, Address address, WebAddress website,
                         EmailAddress contactEmail, String description, PartnershipTermsView partnership,
                         List<Program> programs, Instant createdAt, Instant updatedAt, long version, String localId) {

    public static final String TYPE = "School";

    public static SchoolView of(School school) {
        var profile = school.profile();
        return new SchoolView(GlobalIds.encode(TYPE, school.id()), profile.name(), profile.kind(), profile.address(),
                profile.website(), profile.contactEmail(), profile.description(),
                PartnershipTermsView.of(school.tier()), school.programs(), school.createdAt(), school.updatedAt(),
                school.version(), school.id());
    }
}
