package fr.passerelle.crm.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.crm.model.AutomationAction;
import fr.passerelle.crm.model.AutomationRule;
import fr.passerelle.crm.model.AutomationRuleDraft;
import fr.passerelle.crm.model.AutomationTrigger;
import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.ContactDraft;
import fr.passerelle.crm.model.ContactEvents;
import fr.passerelle.crm.model.InteractionDirection;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.model.Reminder;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryAutomationRules;
import fr.passerelle.testing.InMemoryContacts;
import fr.passerelle.testing.InMemoryMemberships;
import fr.passerelle.testing.InMemoryTargets;
import fr.passerelle.testing.RecordingReminders;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** "No reply for N working days": timed by outbound interactions, answered by inbound ones, noticed once. */
class NoReplyChecksTest {

    /** Thursday 27 February 2025, 11:00 in Paris. */
    private static final Instant THURSDAY = Instant.parse("2025-02-27T10:00:00Z");

    private final InMemoryMemberships memberships = new InMemoryMemberships();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final ContactService service = new ContactService(contacts, new InMemoryTargets(),
            memberships, Fixtures.countingIds("contact-"), Fixtures.events(), Fixtures.CLOCK);
    private final InMemoryAutomationRules rules = new InMemoryAutomationRules();
    private final RecordingReminders reminders = new RecordingReminders();
    private final NoReplyChecks checks = new NoReplyChecks(service, rules, reminders, Fixtures.CLOCK);
    private final Contact contact = service.create(Actors.member(memberships, "amina",
                    ContactServiceTest.SCHOOL, MembershipRole.ADMISSIONS), "s1",
            new ContactDraft("Léa", "Martin", "lea@example.test", null, null, null, null, null, null, null, null,
                    null), Set.of(), List.of(), null);

    private AutomationRule rule(String id, int days, boolean enabled) {
        AutomationRule rule = AutomationRule.create(id, "s1", new AutomationRuleDraft("Relance", AutomationTrigger
                .CONTACT_NO_REPLY, days, null, List.of(new AutomationRuleDraft.ActionDraft(AutomationAction.Kind
                .ADD_TAG, "sans-reponse", null, null))).validate(), "admin", Fixtures.NOW);
        rules.seed(rule.withEnabled(enabled, Fixtures.NOW));
        return rule;
    }

    private void log(InteractionDirection direction, Instant at) {
        checks.recordInteraction("s1", contact.id(), direction, at);
    }

    private List<DomainEvent> noReplies() {
        return contacts.events().stream().filter(e -> e.type().equals(ContactEvents.NO_REPLY)).toList();
    }

    @Test
    void anUnansweredOutboundInteractionIsNoticedOnceNWorkingDaysLater() {
        rule("r1", 5, true);
        log(InteractionDirection.OUTBOUND, THURSDAY);

        Reminder check = reminders.pending().get(0);
        assertThat(check.dueAt()).as("five working days later, weekend skipped, same time of day")
                .isEqualTo(Instant.parse("2025-03-06T10:00:00Z"));
        checks.fire(check);
        checks.fire(check);

        assertThat(noReplies()).singleElement().satisfies(event -> assertThat(event.attributes())
                .containsExactlyInAnyOrderEntriesOf(Map.of("schoolId", "s1", "contactId", contact.id(),
                        "days", "5")));
        assertThat(contacts.findById(contact.id()).orElseThrow().replies().lastOutboundAt()).isEqualTo(THURSDAY);
    }

    @Test
    void anOutboundInteractionLoggedMoreThanThirtyDaysPastItsDelaySchedulesNoCheckButIsStillRecorded() {
        rule("r1", 5, true);
        rule("r2", 1, true);
        Instant monthsAgo = THURSDAY.minusSeconds(90L * 86_400);
        log(InteractionDirection.OUTBOUND, monthsAgo);
        assertThat(reminders.pending()).isEmpty();

        log(InteractionDirection.OUTBOUND, THURSDAY);
        assertThat(reminders.pending()).as("Thursday's one-day check, due on Friday before now, is still within the "
                + "look-back: it runs at once; the five-day one waits").extracting(Reminder::dueAt)
                .containsExactlyInAnyOrder(Instant.parse("2025-02-28T10:00:00Z"),
                        Instant.parse("2025-03-06T10:00:00Z"));
        assertThat(noReplies()).isEmpty();
        assertThat(contacts.findById(contact.id()).orElseThrow().replies().lastOutboundAt()).isEqualTo(THURSDAY);
    }

    @Test
    void aReplyMakesTheCheckFindNothingWithoutCancellingIt() {
        rule("r1", 5, true);
        log(InteractionDirection.OUTBOUND, THURSDAY);
        log(InteractionDirection.INBOUND, THURSDAY.plusSeconds(86_400));

        reminders.pending().forEach(checks::fire);

        assertThat(noReplies()).isEmpty();
        assertThat(contacts.findById(contact.id()).orElseThrow().lastInteractionAt())
                .isEqualTo(THURSDAY.plusSeconds(86_400));
    }

    @Test
    void aNewerOutboundInteractionReplacesTheWaitingCheckSoAtMostOneWaitsPerDelay() {
        rule("r1", 5, true);
        log(InteractionDirection.OUTBOUND, THURSDAY);
        Reminder first = reminders.pending().get(0);
        log(InteractionDirection.OUTBOUND, THURSDAY.plusSeconds(3_600));
        log(InteractionDirection.OUTBOUND, THURSDAY.plusSeconds(1_800)); // logged late: older than the latest

        assertThat(reminders.pending()).singleElement().extracting(r -> r.attribute("outboundAt"))
                .isEqualTo(THURSDAY.plusSeconds(3_600).toString());
        assertThat(reminders.isCancelled(first.key())).isTrue();
        checks.fire(first);
        assertThat(noReplies()).as("a check of an older interaction is moot even if it fires").isEmpty();

        checks.fire(reminders.pending().get(0));
        assertThat(noReplies()).hasSize(1);
    }

    @Test
    void eachDelayOfTheEnabledRulesHasItsCheckAndADisabledDelayNoticesNothing() {
        rule("r2", 2, true);
        rule("r5", 5, true);
        rule("off", 10, false);
        log(InteractionDirection.OUTBOUND, THURSDAY);

        assertThat(reminders.pending()).extracting(r -> r.attribute("days")).containsExactlyInAnyOrder("2", "5");
        rules.seed(rules.findById("r5").orElseThrow().withEnabled(false, Fixtures.NOW));
        reminders.pending().forEach(checks::fire);

        assertThat(noReplies()).singleElement().extracting(e -> e.attribute("days")).isEqualTo("2");
    }

    @Test
    void anInstantFinerThanTheStoresMillisecondsIsTheSameInteractionWhenReplayed() {
        rule("r1", 5, true);
        log(InteractionDirection.OUTBOUND, THURSDAY.plusNanos(123_456));
        log(InteractionDirection.OUTBOUND, THURSDAY.plusMillis(0)); // the replay reads the stored, truncated instant

        assertThat(reminders.pending()).hasSize(1);
        checks.fire(reminders.pending().get(0));
        assertThat(noReplies()).hasSize(1);
    }

    @Test
    void noRuleNoCheckAndAnInboundInteractionSchedulesNothing() {
        log(InteractionDirection.OUTBOUND, THURSDAY);
        rule("r1", 5, true);
        log(InteractionDirection.INBOUND, THURSDAY.plusSeconds(60));

        assertThat(reminders.pending()).isEmpty();
    }
}
