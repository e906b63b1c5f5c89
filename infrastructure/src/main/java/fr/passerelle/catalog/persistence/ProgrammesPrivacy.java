package fr.passerelle.catalog.persistence;

import fr.passerelle.privacy.persistence.AuthorshipPrivacy;
import java.util.List;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * A programme names the staff member who drafted it; what it publishes (its accessibility referent's professional
 * contact included) is the school's public information, not a record about a person.
 */
@Component
class ProgrammesPrivacy extends AuthorshipPrivacy {

    ProgrammesPrivacy(MongoOperations mongo) {
        super(mongo, "catalog-programmes", "catalog.programme-authors", "catalogProgrammes",
                List.of("details.title", "createdAt"));
    }
}
