package fr.passerelle.crm.model;

import fr.passerelle.shared.model.Aggregate;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person known to one school (the tenant): a prospect, a learner, a company's or a funder's contact, or several
 * at once. It points to other records (company, learner profile, platform user) and copies none of them.
 *
 * @param owner             the staff member (token subject) in charge of them, or null
 * @param tags              the organisation's free labels on them
 * @param stages            their lifecycle stage per target kind, each with its history
 * @param merge             set when this contact was merged into another: it is then kept (for undo) but listed,
 *                          counted and found by no one
 * @param lastInteractionAt the last call, e-mail or meeting staff logged with them, or null when none
 * @param replies           who spoke last (staff's latest outbound interaction, the contact's latest inbound one)
 */
public record Contact(String id, String schoolId, ContactDetails details, Set<ContactRole> roles, String owner,
                      Set<String> tags, List<StageTrack> stages, MergeRecord merge, Instant lastInteractionAt,
                      ReplyWatch replies, String createdBy, Instant createdAt, Instant updatedAt, long version) implements Aggregate {

    /** Labels per contact: enough to describe someone, few enough to stay readable. */
    public static final int MAX_TAGS = 20;

    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(createdAt, "createdAt");
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        tags = tags == null ? Set.of() : Set.copyOf(new TreeSet<>(tags));
        stages = stages == null ? List.of() : List.copyOf(stages);
        replies = replies == null ? ReplyWatch.NONE : replies;
    }

    public static Contact create(String id, String schoolId, ContactDetails details, Set<ContactRole> roles,
                                 String owner, Set<String> tags, String createdBy, Instant now) {
        return new Contact(id, schoolId, details, roles.isEmpty() ? Set.of(ContactRole.PROSPECT) : roles, owner, tags,
                List.of(), null, null, ReplyWatch.NONE, createdBy, now, now, 0);
    }

    /** Normalised e-mail, the first duplicate key; null without an e-mail address. */
    public String emailKey() {
        return ContactKeys.email(details.email());
    }

    /** Normalised phone number, the second duplicate key; null without a phone number. */
    public String phoneKey() {
        return ContactKeys.phone(details.phone());
    }

    /** The listing order's key. */
    public String nameKey() {
        return ContactKeys.name(details);
    }

    /**
     * The French department of their postal address ({@code 69}, {@code 75}, {@code 974} overseas), for segments by
     * region; null without a French address.
     */
    public String department() {
        return ContactKeys.department(details.address());
    }

    public String displayName() {
        return details.displayName();
    }

    /** Not merged into another contact: listed, counted, found as a duplicate. */
    public boolean isActive() {
        return merge == null;
    }

    /** Whether this contact and {@code other} share an e-mail or phone key: the same person typed twice. */
    public boolean sharesKeyWith(ContactDetails other) {
        String email = ContactKeys.email(other.email());
        String phone = ContactKeys.phone(other.phone());
        return email != null && email.equals(emailKey()) || phone != null && phone.equals(phoneKey());
    }

    public Contact withDetails(ContactDetails newDetails, Instant now) {
        return new Contact(id, schoolId, newDetails, roles, owner, tags, stages, merge, lastInteractionAt,
                replies, createdBy, createdAt, now, version);
    }

    public Contact withRoles(Set<ContactRole> newRoles, Instant now) {
        return new Contact(id, schoolId, details, newRoles, owner, tags, stages, merge, lastInteractionAt,
                replies, createdBy, createdAt, now, version);
    }

    public Contact withOwner(String newOwner, Instant now) {
        return new Contact(id, schoolId, details, roles, newOwner, tags, stages, merge, lastInteractionAt,
                replies, createdBy, createdAt, now, version);
    }

    public Contact withTags(Set<String> newTags, Instant now) {
        return new Contact(id, schoolId, details, roles, owner, newTags, stages, merge, lastInteractionAt,
                replies, createdBy, createdAt, now, version);
    }

    public Contact withStages(List<StageTrack> newStages, Instant now) {
        return new Contact(id, schoolId, details, roles, owner, tags, newStages, merge, lastInteractionAt,
                replies, createdBy, createdAt, now, version);
    }

    /** This contact merged away (or back, with null). */
    public Contact withMerge(MergeRecord record, Instant now) {
        return new Contact(id, schoolId, details, roles, owner, tags, stages, record, lastInteractionAt,
                replies, createdBy, createdAt, now, version);
    }

    /** The contact this one was merged into, or null. */
    public String mergedInto() {
        return merge == null ? null : merge.into();
    }

    /** Whether this contact was created before {@code other} (the older one survives a merge; ids break ties). */
    public boolean isOlderThan(Contact other) {
        int byTime = createdAt.compareTo(other.createdAt);
        return byTime != 0 ? byTime < 0 : id.compareTo(other.id) < 0;
    }

    /**
     * The contact after an interaction in {@code direction} at {@code at}: the later of the known instants and this
     * one, overall and per direction (interactions may be logged out of order); the same contact when nothing moves.
     */
    public Contact withInteraction(InteractionDirection direction, Instant at, Instant now) {
        Instant latest = lastInteractionAt != null && !at.isAfter(lastInteractionAt) ? lastInteractionAt : at;
        ReplyWatch watch = replies.with(direction, at);
        if (latest.equals(lastInteractionAt) && watch.equals(replies)) {
            return this;
        }
        return new Contact(id, schoolId, details, roles, owner, tags, stages, merge, latest, watch, createdBy,
                createdAt, now, version);
    }

    /**
     * The contact with the delay {@code days} noticed for the outbound interaction at {@code outboundAt}, when that
     * interaction is still the latest, unanswered and not yet noticed for that delay; otherwise the same contact.
     */
    public Contact withNoReplyNoticed(Instant outboundAt, int days, Instant now) {
        if (!isActive() || !replies.mayNotice(outboundAt, days)) {
            return this;
        }
        return new Contact(id, schoolId, details, roles, owner, tags, stages, merge, lastInteractionAt,
                replies.noticed(days), createdBy, createdAt, now, version);
    }
}
