package fr.passerelle.crm.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules of merging two contacts of one school, and of undoing it. The older contact survives whatever the order
 * the two are named in; it keeps every value it has and takes from the other only what it lacks (details, links,
 * owner, stages of other targets), plus the other's roles and tags. The other is left as it was, marked merged.
 * Undoing takes back from the survivor what the merge gave it — each value only if it still holds what the merge
 * put there, so a change staff made since is never lost — and makes the other active again.
 */
public final class ContactMerge {

    /** The two contacts, survivor first. */
    public record Pair(Contact survivor, Contact merged) {
    }

    private ContactMerge() {
    }

    /** Which of the two survives: the older. */
    public static Pair order(Contact one, Contact other) {
        return one.isOlderThan(other) ? new Pair(one, other) : new Pair(other, one);
    }

    /** The survivor after absorbing {@code merged}. */
    public static Contact absorb(Contact survivor, Contact merged, Instant now) {
        Set<ContactRole> roles = EnumSet.copyOf(survivor.roles().isEmpty() ? Set.of(ContactRole.PROSPECT)
                : survivor.roles());
        roles.addAll(merged.roles());
        Set<String> tags = new LinkedHashSet<>(survivor.tags());
        new TreeSet<>(merged.tags()).stream().filter(tag -> tags.size() < Contact.MAX_TAGS).forEach(tags::add);
        List<StageTrack> stages = new ArrayList<>(survivor.stages());
        merged.stages().stream()
                .filter(track -> survivor.stages().stream().noneMatch(own -> own.target().equals(track.target())))
                .forEach(stages::add);
        Instant interaction = latest(survivor.lastInteractionAt(), merged.lastInteractionAt());
        return new Contact(survivor.id(), survivor.schoolId(),
                ContactDetails.filled(survivor.details(), merged.details()), roles,
                survivor.owner() != null ? survivor.owner() : merged.owner(), tags, stages, survivor.merge(),
                interaction, replies(survivor.replies(), merged.replies()), survivor.createdBy(), survivor.createdAt(),
                now, survivor.version());
    }

    /**
     * Both watches as one: the later outbound and the later inbound interaction, and the delays already noticed for
     * the outbound one that wins — so a reply logged on either contact answers staff's latest message on either.
     */
    private static ReplyWatch replies(ReplyWatch survivor, ReplyWatch merged) {
        Instant outbound = latest(survivor.lastOutboundAt(), merged.lastOutboundAt());
        Set<Integer> noticed = outbound == null ? Set.of()
                : outbound.equals(survivor.lastOutboundAt()) ? survivor.noticedDays() : merged.noticedDays();
        return new ReplyWatch(outbound, latest(survivor.lastInboundAt(), merged.lastInboundAt()), noticed);
    }

    /** The record the merged contact keeps, naming the survivor's state before and after. */
    public static MergeRecord record(Contact survivorBefore, Contact survivorAfter, String by, Instant now) {
        return new MergeRecord(survivorBefore.id(), now, by, MergeRecord.Snapshot.of(survivorBefore),
                MergeRecord.Snapshot.of(survivorAfter));
    }

    /** The survivor as it is now, without what the merge gave it and it still holds. */
    public static Contact takeBack(Contact survivor, MergeRecord record, Instant now) {
        MergeRecord.Snapshot before = record.survivorBefore();
        MergeRecord.Snapshot after = record.survivorAfter();
        ContactDetails d = survivor.details();
        ContactDetails b = before.details();
        ContactDetails a = after.details();
        ContactLinks links = new ContactLinks(
                back(b.links().companyId(), a.links().companyId(), d.links().companyId()),
                back(b.links().funder(), a.links().funder(), d.links().funder()),
                back(b.links().platformSubject(), a.links().platformSubject(), d.links().platformSubject()),
                back(b.links().learnerId(), a.links().learnerId(), d.links().learnerId()));
        ContactDetails details = new ContactDetails(back(b.givenName(), a.givenName(), d.givenName()),
                d.familyName(), back(b.email(), a.email(), d.email()), back(b.phone(), a.phone(), d.phone()),
                back(b.address(), a.address(), d.address()), back(b.birthYear(), a.birthYear(), d.birthYear()),
                back(b.situation(), a.situation(), d.situation()), d.source(),
                back(b.campaign(), a.campaign(), d.campaign()), links);
        Set<ContactRole> roles = EnumSet.noneOf(ContactRole.class);
        roles.addAll(survivor.roles());
        after.roles().stream().filter(role -> !before.roles().contains(role)).forEach(roles::remove);
        if (roles.isEmpty()) {
            roles.addAll(before.roles());
        }
        Set<String> tags = new LinkedHashSet<>(survivor.tags());
        after.tags().stream().filter(tag -> !before.tags().contains(tag)).forEach(tags::remove);
        List<StageTrack> stages = survivor.stages().stream()
                .filter(track -> before.stages().stream().anyMatch(own -> own.target().equals(track.target()))
                        || !after.stages().contains(track))
                .toList();
        return new Contact(survivor.id(), survivor.schoolId(), details, roles,
                back(before.owner(), after.owner(), survivor.owner()), tags, stages, survivor.merge(),
                survivor.lastInteractionAt(), repliesBack(before.replies(), after.replies(), survivor.replies()),
                survivor.createdBy(), survivor.createdAt(), now, survivor.version());
    }

    /**
     * The survivor's own watch again, unless an interaction was logged since the merge (then what it says is newer
     * than both). Delays noticed since for its own latest outbound interaction stay noticed.
     */
    private static ReplyWatch repliesBack(ReplyWatch before, ReplyWatch after, ReplyWatch now) {
        boolean untouched = Objects.equals(now.lastOutboundAt(), after.lastOutboundAt())
                && Objects.equals(now.lastInboundAt(), after.lastInboundAt());
        if (!untouched) {
            return now;
        }
        boolean ownOutbound = Objects.equals(before.lastOutboundAt(), now.lastOutboundAt());
        return new ReplyWatch(before.lastOutboundAt(), before.lastInboundAt(),
                ownOutbound ? now.noticedDays() : before.noticedDays());
    }

    /** The value before the merge if the value now is still the one the merge set; the value now otherwise. */
    private static <T> T back(T before, T afterMerge, T now) {
        return Objects.equals(now, afterMerge) ? before : now;
    }

    private static Instant latest(Instant one, Instant other) {
        if (one == null) {
            return other;
        }
        return other == null || one.isAfter(other) ? one : other;
    }
}
