package fr.passerelle.crm.persistence;

import fr.passerelle.privacy.persistence.AuthorshipPrivacy;
import java.util.List;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/** A segment names the staff member who defined it; its filter names no one (criteria, never people). */
@Component
class SegmentsPrivacy extends AuthorshipPrivacy {

    SegmentsPrivacy(MongoOperations mongo) {
        super(mongo, "crm", "crm.segment-authors", "crmSegments", List.of("name", "createdAt"));
    }
}
