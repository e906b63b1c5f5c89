package fr.passerelle.crm.persistence;

import fr.passerelle.crm.model.ContactQuery;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Turns a validated {@link ContactQuery} into criteria field by field, its values passed as parameters: nothing a
 * user typed ever becomes query syntax. Each criterion is an equality, a set membership or a range on a stored field.
 */
final class ContactQueries {

    private ContactQueries() {
    }

    /** The scope (school, active contacts) narrowed by the query. */
    static Criteria of(Criteria scope, ContactQuery query) {
        List<Criteria> all = new ArrayList<>();
        all.add(scope);
        if (!query.roles().isEmpty()) {
            all.add(Criteria.where("roles").in(query.roles()));
        }
        if (!query.stages().isEmpty() || query.stageTarget() != null) {
            Criteria track = new Criteria();
            if (query.stageTarget() != null) {
                track = track.and("target").is(query.stageTarget());
            }
            if (!query.stages().isEmpty()) {
                track = track.and("stage").in(query.stages());
            }
            all.add(Criteria.where("stages").elemMatch(track));
        }
        if (!query.sources().isEmpty()) {
            all.add(Criteria.where("details.source").in(query.sources()));
        }
        if (!query.situations().isEmpty()) {
            all.add(Criteria.where("details.situation").in(query.situations()));
        }
        if (!query.tagsAny().isEmpty()) {
            all.add(Criteria.where("tags").in(query.tagsAny()));
        }
        if (!query.tagsAll().isEmpty()) {
            all.add(Criteria.where("tags").all(query.tagsAll()));
        }
        if (query.birthYearMin() != null) {
            all.add(Criteria.where("details.birthYear").gte(query.birthYearMin()));
        }
        if (query.birthYearMax() != null) {
            all.add(Criteria.where("details.birthYear").lte(query.birthYearMax()));
        }
        if (!query.departments().isEmpty()) {
            all.add(Criteria.where("department").in(query.departments()));
        }
        if (query.interactionBefore() != null) {
            all.add(new Criteria().orOperator(Criteria.where("lastInteractionAt").is(null),
                    Criteria.where("lastInteractionAt").lt(query.interactionBefore())));
        }
        if (query.consent() != null) {
            all.add(Criteria.where("details.links.platformSubject").ne(null));
        }
        return all.size() == 1 ? scope : new Criteria().andOperator(all);
    }
}
