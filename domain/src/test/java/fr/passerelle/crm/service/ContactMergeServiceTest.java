package fr.passerelle.crm.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.crm.model.Contact;
import fr.passerelle.crm.model.ContactDraft;
import fr.passerelle.crm.model.DuplicateContactException;
import fr.passerelle.crm.model.InteractionDirection;
import fr.passerelle.crm.model.ReplyWatch;
import fr.passerelle.crm.port.in.ContactMergeUseCases.Merged;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.MembershipRole;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.testing.Actors;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryContacts;
import fr.passerelle.testing.InMemoryMemberships;
import fr.passerelle.testing.InMemoryTargets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Merging contacts and undoing merges: what an undo refuses to restore. */
class ContactMergeServiceTest {

    private final InMemoryMemberships memberships = new InMemoryMemberships();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final ContactService contactService = new ContactService(contacts,
            new InMemoryTargets(), memberships, Fixtures.countingIds("contact-"),
            Fixtures.events(), Fixtures.CLOCK);
    private final ContactMergeService merges = new ContactMergeService(contactService, contacts, Fixtures.events(),
            Fixtures.CLOCK);
    private final Actor admissions = Actors.member(memberships, "amina", ContactServiceTest.SCHOOL,
            MembershipRole.ADMISSIONS);

    private Contact contact(String family, String email) {
        return contactService.create(admissions, "s1", new ContactDraft("Léa", family, email, null, null, null, null,
                null, null, null, null, null), Set.of(), List.of(), null);
    }

    private static final Instant WROTE = Fixtures.NOW.minusSeconds(7 * 86_400);
    private static final Instant REPLIED = WROTE.plusSeconds(3_600);

    @Test
    void aReplyLoggedOnTheDuplicateAnswersWhatStaffWroteToTheSurvivor() {
        Contact a = contact("Martin", "a@example.test");
        Contact b = contact("Martin", "b@example.test");
        contactService.recordInteraction("s1", a.id(), InteractionDirection.OUTBOUND, WROTE);
        contactService.recordInteraction("s1", b.id(), InteractionDirection.INBOUND, REPLIED);

        merges.merge(admissions, a.id(), b.id());
        contactService.noticeNoReply("s1", a.id(), WROTE, 3);

        ReplyWatch watch = contacts.findById(a.id()).orElseThrow().replies();
        assertThat(watch).isEqualTo(new ReplyWatch(WROTE, REPLIED, Set.of()));
        assertThat(watch.unanswered(WROTE)).isFalse();
    }

    @Test
    void theCheckOfWhatStaffWroteToTheMergedContactIsNoticedOnTheSurvivorAndAnUndoRestoresItsWatch() {
        Contact a = contact("Martin", "a@example.test");
        Contact b = contact("Martin", "b@example.test");
        contactService.recordInteraction("s1", a.id(), InteractionDirection.INBOUND, WROTE.minusSeconds(60));
        contactService.recordInteraction("s1", b.id(), InteractionDirection.OUTBOUND, WROTE);
        contactService.noticeNoReply("s1", b.id(), WROTE, 2);
        ReplyWatch own = contacts.findById(a.id()).orElseThrow().replies();

        merges.merge(admissions, a.id(), b.id());
        assertThat(contacts.findById(a.id()).orElseThrow().replies())
                .isEqualTo(new ReplyWatch(WROTE, WROTE.minusSeconds(60), Set.of(2)));
        contactService.noticeNoReply("s1", b.id(), WROTE, 5);
        assertThat(contacts.findById(a.id()).orElseThrow().replies().noticedDays()).containsExactlyInAnyOrder(2, 5);

        merges.undo(admissions, b.id());
        assertThat(contacts.findById(a.id()).orElseThrow().replies()).isEqualTo(own);
    }

    @Test
    void aContactIsNotMergedWithItselfAndIsToldSo() {
        Contact lea = contact("Martin", "lea@example.test");
        assertThatThrownBy(() -> merges.merge(admissions, lea.id(), lea.id()))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> assertThat(v.message().key())
                                .isEqualTo("error.crm.merge.itself")));
    }

    @Test
    void anUndoIsRefusedWhileTheSurvivorIsItselfMergedIntoAThirdContact() {
        Contact oldest = contact("Ancien", "ancien@example.test");
        Contact a = contact("Martin", "a@example.test");
        Contact b = contact("Martin", "b@example.test");
        Merged first = merges.merge(admissions, a.id(), b.id());
        assertThat(first.survivor().id()).isEqualTo(a.id());
        Merged second = merges.merge(admissions, a.id(), oldest.id());
        assertThat(second.merged().id()).isEqualTo(a.id());

        assertThatThrownBy(() -> merges.undo(admissions, b.id()))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.code()).isEqualTo(ErrorCode.INVALID_STATE);
                            assertThat(v.message().key()).isEqualTo("error.crm.merge.survivor-merged");
                        }));
        assertThat(contacts.findById(b.id()).orElseThrow().isActive()).isFalse();

        merges.undo(admissions, a.id());
        assertThat(merges.undo(admissions, b.id()).merged().isActive()).isTrue();
    }

    @Test
    void anUndoIsRefusedWhenTheRestoredContactWouldDuplicateOneCreatedSince() {
        Contact a = contact("Martin", "a@example.test");
        Contact b = contact("Martin", "b@example.test");
        merges.merge(admissions, a.id(), b.id());
        Contact since = contact("Nouveau", "b@example.test");

        assertThatThrownBy(() -> merges.undo(admissions, b.id()))
                .isInstanceOfSatisfying(DuplicateContactException.class,
                        e -> assertThat(e.existingId()).isEqualTo(since.id()));
        assertThat(contacts.findById(b.id()).orElseThrow().isActive()).isFalse();
    }
}
