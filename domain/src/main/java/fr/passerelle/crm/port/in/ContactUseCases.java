package fr.passerelle.crm.port.in;

import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.ContactDraft;
import fr.passerelle.crm.model.ContactRole;
import fr.passerelle.crm.model.InteractionDirection;
import fr.passerelle.crm.model.LifecycleStage;
import fr.passerelle.crm.model.LifecycleTargets;
import fr.passerelle.crm.model.ReplyWatch;
import fr.passerelle.crm.model.TagCount;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A school's contacts, for the people who may read its CRM ({@code CrmAccess}): to anyone else a contact and its
 * school look missing.
 */
public interface ContactUseCases {

    /**
     * A new contact (school admins and admissions). A contact sharing its normalised e-mail or phone with an active
     * contact of the school is refused as a duplicate ({@code DuplicateContactException}, naming the one there).
     *
     * @param roles none means {@code PROSPECT}
     * @param owner the staff member (token subject) in charge, or null
     */
    Contact create(Actor actor, String schoolId, ContactDraft draft, Set<ContactRole> roles, List<String> tags,
                   String owner);

    /** The active contact, when the actor may read its school's CRM; empty otherwise, as for a missing one. */
    Optional<Contact> find(Actor actor, String id);

    /** The active contacts among these ids the actor may read. */
    List<Contact> findAll(Actor actor, Collection<String> ids);

    /** A page of the school's active contacts by name; empty for whoever may not read its CRM. */
    Page<Contact> list(Actor actor, String schoolId, Paging paging);

    /**
     * Replaces the contact's details (school admins and admissions). Its platform user and learner profile links are
     * kept: the platform sets those. A change giving it another contact's e-mail or phone is refused as a duplicate.
     */
    Contact update(Actor actor, String id, ContactDraft draft, Long expectedVersion);

    /** Adds roles; adding one it has changes nothing. */
    Contact addRoles(Actor actor, String id, Set<ContactRole> roles);

    /** Removes roles; a contact keeps at least one ({@code INVALID_STATE} otherwise). */
    Contact removeRoles(Actor actor, String id, Set<ContactRole> roles);

    /** Puts a staff member who works the school's CRM (by token subject) in charge, or nobody with null. */
    Contact assignOwner(Actor actor, String id, String owner);

    /** Adds the school's free labels to the contact (at most {@link Contact#MAX_TAGS} in all). */
    Contact addTags(Actor actor, String id, List<String> tags);

    /** Removes labels from the contact; labels it does not carry are ignored. */
    Contact removeTags(Actor actor, String id, List<String> tags);

    /**
     * Moves the contact to a lifecycle stage for one of the school's target kinds; the stage it leaves joins the
     * history with the time spent in it.
     */
    Contact moveStage(Actor actor, String id, String target, LifecycleStage stage, Long expectedVersion);

    /** The tags in use in the school's CRM with their counts, most used first (at most 200). */
    List<TagCount> tags(Actor actor, String schoolId);

    /** The school's lifecycle target kinds (its own, or the defaults); empty for whoever may not read its CRM. */
    List<String> lifecycleTargets(Actor actor, String schoolId);

    /** Sets the school's lifecycle target kinds (school admins). */
    LifecycleTargets setLifecycleTargets(Actor actor, String schoolId, List<String> kinds, Long expectedVersion);

    /**
     * Records that staff interacted with the contact at {@code at} (a call, an e-mail, a meeting logged in its
     * timeline), for segments on "no interaction for N days" and, by direction, for "no reply" rules
     * ({@link ReplyWatch}). Called by the timeline part, which has checked who may log it; keeps the latest instants,
     * so calls out of order or repeated change nothing.
     *
     * @return who spoke last before this interaction; empty when the contact is not (or no longer) the school's
     */
    Optional<ReplyWatch> recordInteraction(String schoolId, String contactId, InteractionDirection direction,
                                           Instant at);

    /**
     * Records ({@code contact.noReply}) that the contact has not replied {@code days} working days after staff's
     * outbound interaction at {@code outboundAt} — once per interaction and delay, and only while that interaction is
     * still the latest and unanswered (otherwise nothing happens). The platform's own job: no actor.
     */
    void noticeNoReply(String schoolId, String contactId, Instant outboundAt, int days);
}
