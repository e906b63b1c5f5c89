package fr.passerelle.crm.service;

import fr.passerelle.crm.model.AutomationRule;
import fr.passerelle.crm.model.AutomationTrigger;
import fr.passerelle.crm.model.InteractionDirection;
import fr.passerelle.crm.model.ReplyWatch;
import fr.passerelle.crm.port.in.ContactUseCases;
import fr.passerelle.crm.port.out.AutomationRules;
import fr.passerelle.crm.port.out.ContactInteractions;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.shared.model.WorkingDays;
import fr.passerelle.shared.port.ReminderHandler;
import fr.passerelle.shared.port.Reminders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Times the "no reply for N working days" trigger ({@link AutomationTrigger#CONTACT_NO_REPLY}). Every interaction the
 * timeline logs passes through here on its way to the contact. An OUTBOUND one schedules, for each delay of the
 * school's enabled no-reply rules, a durable check N working days later at the same time of day (Paris calendar),
 * keyed by the contact, the delay and the interaction's instant — before the contact records it, so that a crash in
 * between leaves at worst a check that finds the interaction unknown and does nothing. Once the contact has recorded a
 * newer outbound interaction, the check of the one it replaced is cancelled: at most one check waits per contact and
 * delay (one a crash left behind is moot, never wrong).
 *
 * <p>A firing check asks the contact ({@link ContactUseCases#noticeNoReply}), the source of truth for who spoke last,
 * which records {@code contact.noReply} only while that interaction is still the latest and no inbound one came since,
 * once per interaction and delay however often the check is retried. A reply cancels nothing: comparing instants is
 * what lets it win. Rules enabled later count from the next outbound interaction.
 *
 * <p>A check already due when the interaction is logged (staff catching up on old e-mails) is not scheduled: the
 * automations would otherwise run at once about a long-past exchange. The contact still records the interaction.
 */
public class NoReplyChecks implements ContactInteractions, ReminderHandler {

    static final String KIND = "crm-no-reply-check";
    private static final String SCHOOL = "schoolId";
    private static final String CONTACT = "contactId";
    private static final String OUTBOUND = "outboundAt";
    private static final String DAYS = "days";

    /**
     * How long past its due time a check may be and still be scheduled: the 30 days a dry run replays. An exchange
     * logged late within them whose delay has passed fires at once (the silence is real); catching up on older
     * e-mails starts no automation about them.
     */
    static final Duration LOOK_BACK = Duration.ofDays(30);

    private final ContactUseCases contacts;
    private final AutomationRules rules;
    private final Reminders reminders;
    private final Clock clock;

    public NoReplyChecks(ContactUseCases contacts, AutomationRules rules, Reminders reminders, Clock clock) {
        this.contacts = contacts;
        this.rules = rules;
        this.reminders = reminders;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void recordInteraction(String schoolId, String contactId, InteractionDirection direction, Instant given) {
        // Stores keep milliseconds: compared with what is read back, a finer instant would seem another interaction.
        Instant at = given.truncatedTo(ChronoUnit.MILLIS);
        boolean outbound = direction == InteractionDirection.OUTBOUND;
        Set<Integer> delays = outbound ? delaysOf(schoolId) : Set.of();
        Instant earliestDue = clock.instant().minus(LOOK_BACK);
        delays.stream().map(days -> check(schoolId, contactId, at, days))
                .filter(check -> !check.dueAt().isBefore(earliestDue)).forEach(reminders::schedule);
        Optional<ReplyWatch> before = contacts.recordInteraction(schoolId, contactId, direction, at);
        if (outbound) {
            superseded(before, at).ifPresent(old -> delays.forEach(days -> reminders.cancel(key(contactId, old,
                    days))));
        }
    }

    @Override
    public void fire(Reminder reminder) {
        String schoolId = reminder.attribute(SCHOOL);
        int days = Integer.parseInt(reminder.attribute(DAYS));
        if (delaysOf(schoolId).contains(days)) { // no enabled rule waits that long any more: nothing to tell
            contacts.noticeNoReply(schoolId, reminder.attribute(CONTACT), Instant.parse(reminder.attribute(OUTBOUND)),
                    days);
        }
    }

    /**
     * The outbound instant whose check no longer counts once {@code at} is recorded: the previous latest when
     * {@code at} is newer, {@code at} itself when it came out of order or the contact is unknown, none on a replay.
     */
    static Optional<Instant> superseded(Optional<ReplyWatch> before, Instant at) {
        if (before.isEmpty()) {
            return Optional.of(at);
        }
        Instant previous = before.get().lastOutboundAt();
        if (previous == null || previous.equals(at)) {
            return Optional.empty();
        }
        return Optional.of(previous.isBefore(at) ? previous : at);
    }

    /** The delays of the school's enabled no-reply rules (one indexed read; a school has at most 50 rules). */
    private Set<Integer> delaysOf(String schoolId) {
        return rules.findEnabled(schoolId, AutomationTrigger.CONTACT_NO_REPLY).stream()
                .map(AutomationRule::afterWorkingDays).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** N working days after the interaction's day, at its time of day. */
    static Instant dueAfter(Instant outboundAt, int days) {
        LocalDateTime local = LocalDateTime.ofInstant(outboundAt, PlatformCalendar.ZONE);
        return LocalDateTime.of(WorkingDays.after(local.toLocalDate(), days), local.toLocalTime())
                .atZone(PlatformCalendar.ZONE).toInstant();
    }

    private static Reminder check(String schoolId, String contactId, Instant outboundAt, int days) {
        return new Reminder(key(contactId, outboundAt, days), KIND, dueAfter(outboundAt, days), Map.of(SCHOOL,
                schoolId, CONTACT, contactId, OUTBOUND, outboundAt.toString(), DAYS, Integer.toString(days)));
    }

    static String key(String contactId, Instant outboundAt, int days) {
        return KIND + "/" + contactId + "/" + days + "/" + outboundAt.toEpochMilli();
    }
}
