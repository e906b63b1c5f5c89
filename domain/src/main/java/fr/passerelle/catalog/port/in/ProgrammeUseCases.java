package fr.passerelle.catalog.port.in;

import fr.passerelle.catalog.model.Programme;
import fr.passerelle.catalog.model.ProgrammeDetails;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A school's programmes: written by its admins, read by its staff ({@code CatalogAccess}). To anyone else a programme
 * looks missing and a school has none.
 */
public interface ProgrammeUseCases {

    Programme create(Actor actor, String schoolId, ProgrammeDetails details);

    /** New details; a published programme stays publishable or the change is refused with what it lacks. */
    Programme update(Actor actor, String id, ProgrammeDetails details, Long expectedVersion);

    /** @throws fr.passerelle.shared.validation.BusinessRuleViolation listing every field publication requires */
    Programme publish(Actor actor, String id, Long expectedVersion);

    Programme archive(Actor actor, String id, Long expectedVersion);

    Optional<Programme> find(Actor actor, String id);

    List<Programme> findAll(Actor actor, Collection<String> ids);

    /** The school's programmes by title, every state. */
    Page<Programme> ofSchool(Actor actor, String schoolId, Paging paging);
}
