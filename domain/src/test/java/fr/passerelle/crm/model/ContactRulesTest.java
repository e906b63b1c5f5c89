package fr.passerelle.crm.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.shared.model.Address;
import fr.passerelle.shared.model.AddressDraft;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContactRulesTest {

    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-03-01");

    static ContactDetails details(String family, String email, String phone) {
        return new ContactDraft("Léa", family, email, phone, null, null, null, null, null, null, null, null)
                .validate(TODAY);
    }

    static Contact contact(String id, Instant created, ContactDetails details) {
        return Contact.create(id, "school-1", details, Set.of(), null, Set.of(), "staff", created);
    }

    @Test
    void emailKeysDropCaseAndSubAddressesAndPhoneKeysDropAFrenchTrunkZero() {
        assertThat(ContactKeys.email(EmailAddress.of("Jean.Dupont+ads@Example.fr"))).isEqualTo("jean.dupont@example.fr");
        assertThat(ContactKeys.email(EmailAddress.of("jean@example.fr"))).isEqualTo("jean@example.fr");
        assertThat(ContactKeys.phone("+330612345678")).isEqualTo("+33612345678");
        assertThat(ContactKeys.phone("+4930123456")).isEqualTo("+4930123456");
        assertThat(details("Martin", null, "+33 6 12 34 56 78").phone()).isEqualTo("+33612345678");
    }

    @Test
    void departmentsComeFromFrenchPostalCodesOnly() {
        assertThat(ContactKeys.department(new Address(null, "69003", "Lyon", "FR", null))).isEqualTo("69");
        assertThat(ContactKeys.department(new Address(null, "97400", "Saint-Denis", "FR", null))).isEqualTo("974");
        assertThat(ContactKeys.department(new Address(null, "1000", "Bruxelles", "BE", null))).isNull();
    }

    @Test
    void aDraftNeedsAFamilyNameAndAWayToReachThePersonAndAFunderWhole() {
        var draft = new ContactDraft(null, " ", null, null, new AddressDraft(null, null, "Lyon", null, null, null),
                1800, null, null, null, null, FunderKind.OPCO, null);
        assertThatThrownBy(() -> draft.validate(TODAY)).isInstanceOfSatisfying(BusinessRuleViolation.class, e ->
                assertThat(e.violations()).extracting(v -> String.join(".", v.field()))
                        .containsExactlyInAnyOrder("familyName", "email", "address.postalCode", "birthYear",
                                "funder.name"));
    }

    @Test
    void theOlderContactSurvivesAndOnlyFillsWhatItLacks() {
        Contact older = contact("b", T0, details("Moreau", "moreau@example.test", null))
                .withTags(Set.of("CAP"), T0);
        Contact newer = contact("a", T0.plusSeconds(60), details("Moreau-Petit", "other@example.test", "+33698765432"))
                .withRoles(Set.of(ContactRole.LEARNER), T0).withTags(Set.of("salon"), T0);

        var pair = ContactMerge.order(newer, older);
        assertThat(pair.survivor().id()).isEqualTo("b");
        Contact merged = ContactMerge.absorb(pair.survivor(), pair.merged(), T0.plusSeconds(120));
        assertThat(merged.details().familyName()).isEqualTo("Moreau");
        assertThat(merged.details().email().value()).isEqualTo("moreau@example.test");
        assertThat(merged.details().phone()).isEqualTo("+33698765432");
        assertThat(merged.roles()).containsExactlyInAnyOrder(ContactRole.PROSPECT, ContactRole.LEARNER);
        assertThat(merged.tags()).containsExactlyInAnyOrder("CAP", "salon");
    }

    @Test
    void undoingAMergeTakesBackWhatItGaveButKeepsWhatStaffChangedSince() {
        Contact older = contact("b", T0, details("Moreau", "moreau@example.test", null));
        Contact newer = contact("a", T0.plusSeconds(60), details("Moreau", "other@example.test", "+33698765432"))
                .withTags(Set.of("salon"), T0);
        Contact survivor = ContactMerge.absorb(older, newer, T0);
        MergeRecord record = ContactMerge.record(older, survivor, "staff", T0);
        Contact editedSince = survivor.withTags(Set.of("salon", "CAP"), T0.plusSeconds(10))
                .withDetails(new ContactDetails("Léa", "Moreau", survivor.details().email(), "+33611111111", null,
                        null, null, ContactSource.OTHER, null, ContactLinks.NONE), T0.plusSeconds(10));

        Contact undone = ContactMerge.takeBack(editedSince, record, T0.plusSeconds(20));
        assertThat(undone.details().phone()).as("changed since: kept").isEqualTo("+33611111111");
        assertThat(undone.tags()).containsExactly("CAP");
        assertThat(record.undoableAt(T0.plus(Duration.ofDays(29)))).isTrue();
        assertThat(record.undoableAt(T0.plus(Duration.ofDays(30)))).isFalse();
    }

    @Test
    void aStageTrackKeepsTheTimeSpentInEachStageAndIgnoresAMoveToTheSameStage() {
        StageTrack track = StageTrack.start("COACH", LifecycleStage.AWARENESS, "staff", T0);
        StageTrack moved = track.movedTo(LifecycleStage.DECISION, "staff-2", T0.plus(Duration.ofDays(3)));
        assertThat(moved.movedTo(LifecycleStage.DECISION, "x", T0.plus(Duration.ofDays(4)))).isSameAs(moved);
        assertThat(moved.history()).singleElement().satisfies(period -> {
            assertThat(period.stage()).isEqualTo(LifecycleStage.AWARENESS);
            assertThat(period.spent()).isEqualTo(Duration.ofDays(3));
            assertThat(period.by()).isEqualTo("staff");
        });
        StageTrack longHistory = moved;
        for (int i = 0; i < StageTrack.MAX_HISTORY + 5; i++) {
            longHistory = longHistory.movedTo(i % 2 == 0 ? LifecycleStage.RETENTION : LifecycleStage.ADVOCACY, "s",
                    T0.plusSeconds(i));
        }
        assertThat(longHistory.history()).hasSize(StageTrack.MAX_HISTORY);
    }

    @Test
    void aSegmentFilterIsBoundedAndResolvesAgesIntoBirthYears() {
        SegmentFilter filter = SegmentFilter.validated(new SegmentFilter(Set.of(ContactRole.PROSPECT), null, null,
                null, Set.of(ContactSituation.JOB_SEEKER), Set.of(" CAP "), null, 18, 25, Set.of("69"), 30, null));
        ContactQuery query = filter.resolve(TODAY, T0);
        assertThat(query.tagsAny()).containsExactly("CAP");
        assertThat(query.birthYearMin()).isEqualTo(2000);
        assertThat(query.birthYearMax()).isEqualTo(2008);
        assertThat(query.interactionBefore()).isEqualTo(T0.minus(Duration.ofDays(30)));

        var tooMany = new java.util.HashSet<String>();
        for (int i = 0; i < SegmentFilter.MAX_VALUES + 1; i++) {
            tooMany.add("tag-" + i);
        }
        assertThatThrownBy(() -> SegmentFilter.validated(new SegmentFilter(null, null, null, null, null, tooMany,
                null, 40, 20, Set.of("2A"), 0, null))).isInstanceOfSatisfying(BusinessRuleViolation.class, e ->
                assertThat(e.violations()).extracting(Violation::code, v -> String.join(".", v.field()))
                        .contains(org.assertj.core.groups.Tuple.tuple(ErrorCode.OUT_OF_RANGE, "tagsAny"),
                                org.assertj.core.groups.Tuple.tuple(ErrorCode.INVALID, "maxAge"),
                                org.assertj.core.groups.Tuple.tuple(ErrorCode.INVALID, "departments"),
                                org.assertj.core.groups.Tuple.tuple(ErrorCode.OUT_OF_RANGE,
                                        "noInteractionForDays")));
    }

    @Test
    void lifecycleTargetKindsAreCodes() {
        assertThat(LifecycleTargets.validated("kinds", List.of("COACH", "COACH", "TRAINING_ORGANISATION")))
                .containsExactly("COACH", "TRAINING_ORGANISATION");
        assertThatThrownBy(() -> LifecycleTargets.validated("kinds", List.of("coach")))
                .isInstanceOf(BusinessRuleViolation.class);
    }
}
