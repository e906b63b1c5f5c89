package fr.passerelle.crm.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Kept on a contact merged away: into which contact, when, by whom, and the survivor's state just before and just
 * after the merge, so an undo can take back exactly what the merge gave the survivor (and nothing staff changed since).
 * The merged contact's own state is not copied: merging leaves it as it was.
 */
public record MergeRecord(String into, Instant at, String by, Snapshot survivorBefore, Snapshot survivorAfter) {

    /** How long a merge can be undone. */
    public static final Duration UNDO_WINDOW = Duration.ofDays(30);

    /** The parts of a contact a merge changes. */
    public record Snapshot(ContactDetails details, Set<ContactRole> roles, String owner, Set<String> tags,
                           List<StageTrack> stages, ReplyWatch replies) {

        public Snapshot {
            replies = replies == null ? ReplyWatch.NONE : replies;
            roles = roles == null ? Set.of() : Set.copyOf(roles);
            tags = tags == null ? Set.of() : Set.copyOf(tags);
            stages = stages == null ? List.of() : List.copyOf(stages);
        }

        static Snapshot of(Contact contact) {
            return new Snapshot(contact.details(), contact.roles(), contact.owner(), contact.tags(), contact.stages(),
                    contact.replies());
        }
    }

    public MergeRecord {
        Objects.requireNonNull(into, "into");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(survivorBefore, "survivorBefore");
        Objects.requireNonNull(survivorAfter, "survivorAfter");
    }

    public boolean undoableAt(Instant now) {
        return now.isBefore(at.plus(UNDO_WINDOW));
    }
}
