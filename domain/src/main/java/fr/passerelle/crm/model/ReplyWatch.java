package fr.passerelle.crm.model;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * Who spoke last, for "no reply for N working days" rules: when staff last reached out to a contact (an OUTBOUND
 * interaction) and when the contact last reached back (an INBOUND one), and which delays already found the latest
 * outbound interaction unanswered, so that each delay is noticed once per outbound interaction.
 *
 * @param noticedDays delays (in working days) already noticed for {@code lastOutboundAt}; at most one per distinct
 *                    delay of the school's rules (bounded by {@code AutomationRule}'s 1–30)
 */
public record ReplyWatch(Instant lastOutboundAt, Instant lastInboundAt, Set<Integer> noticedDays) {

    public static final ReplyWatch NONE = new ReplyWatch(null, null, Set.of());

    public ReplyWatch {
        noticedDays = noticedDays == null ? Set.of() : Set.copyOf(noticedDays);
    }

    /**
     * The watch after an interaction in {@code direction} at {@code at}: the later instant wins (interactions may be
     * logged out of order); a newer outbound interaction starts a new wait, with nothing noticed yet.
     */
    public ReplyWatch with(InteractionDirection direction, Instant at) {
        return switch (direction) {
            case OUTBOUND -> lastOutboundAt != null && !at.isAfter(lastOutboundAt) ? this
                    : new ReplyWatch(at, lastInboundAt, Set.of());
            case INBOUND -> lastInboundAt != null && !at.isAfter(lastInboundAt) ? this
                    : new ReplyWatch(lastOutboundAt, at, noticedDays);
        };
    }

    /**
     * Whether the outbound interaction at {@code outboundAt} is still the latest and the contact has not reached back
     * since (an inbound interaction at the same instant counts as a reply).
     */
    public boolean unanswered(Instant outboundAt) {
        return outboundAt.equals(lastOutboundAt) && (lastInboundAt == null || lastInboundAt.isBefore(outboundAt));
    }

    /** Whether this delay may still be noticed for the outbound interaction at {@code outboundAt}. */
    public boolean mayNotice(Instant outboundAt, int days) {
        return unanswered(outboundAt) && !noticedDays.contains(days);
    }

    public ReplyWatch noticed(int days) {
        Set<Integer> all = new HashSet<>(noticedDays);
        all.add(days);
        return new ReplyWatch(lastOutboundAt, lastInboundAt, all);
    }
}
