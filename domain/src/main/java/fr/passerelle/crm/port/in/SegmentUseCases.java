package fr.passerelle.crm.port.in;

import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.Segment;
import fr.passerelle.crm.model.SegmentCount;
import fr.passerelle.crm.model.SegmentFilter;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Segments: defined by school admins ({@code CrmAccess.requireConfigure}), read and evaluated by whoever reads the
 * school's CRM. To anyone else a segment looks missing and a school has none.
 */
public interface SegmentUseCases {

    Segment create(Actor actor, String schoolId, String name, SegmentFilter filter);

    Segment update(Actor actor, String id, String name, SegmentFilter filter, Long expectedVersion);

    Segment delete(Actor actor, String id, Long expectedVersion);

    Optional<Segment> find(Actor actor, String id);

    List<Segment> findAll(Actor actor, Collection<String> ids);

    /** The school's segments by name (at most {@link Segment#MAX_PER_SCHOOL}). */
    List<Segment> ofSchool(Actor actor, String schoolId);

    /**
     * A page of the segment's contacts, by name. With a consent purpose, a page keeps only the contacts whose platform
     * user granted it, so it may hold fewer than asked (its cursors still lead on).
     */
    Page<Contact> contacts(Actor actor, Segment segment, Paging paging);

    /**
     * A page of the school's contacts a filter selects, without saving it (a list's filter, a segment tried before it
     * is defined), as {@link #contacts} reads it; none for whoever may not read the school's CRM.
     *
     * @throws fr.passerelle.shared.validation.BusinessRuleViolation when the filter breaks its bounds
     */
    Page<Contact> preview(Actor actor, String schoolId, SegmentFilter filter, Paging paging);

    /**
     * How many contacts each segment selects now, by segment id (zero for whoever may not read its school's CRM): one
     * store count per segment, and with a consent purpose a bounded number of linked contacts read, beyond which
     * the count is a lower bound, said not exact.
     */
    Map<String, SegmentCount> counts(Actor actor, List<Segment> segments);
}
