package fr.passerelle.crm.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Instant;
import java.time.LocalDate;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class DealTest {

    /** Thursday 10 December 2026, 10:00 in Paris. */
    private static final Instant THURSDAY = Instant.parse("2026-12-10T09:00:00Z");
    private final Pipeline pipeline = DefaultPipeline.of("school-1", THURSDAY);
    private final Deal deal = Deal.open("deal-1", pipeline, pipeline.firstOpenStage(), new Deal.Details("contact-1",
            null, "Coaching", "owner", Money.euros(890), null, null), "owner", null, THURSDAY);

    private PipelineStage stage(String id) {
        return pipeline.stage(id).orElseThrow();
    }

    @Test
    void a_new_deal_starts_with_its_stages_probability_and_its_creation_in_history() {
        assertThat(deal.stageId()).isEqualTo(DefaultPipeline.DISCOVERY);
        assertThat(deal.probability()).isEqualTo(10);
        assertThat(deal.history()).singleElement()
                .isEqualTo(new StageChange(null, DefaultPipeline.DISCOVERY, "owner", THURSDAY, null));
    }

    @Test
    void every_move_is_recorded_with_who_and_which_rule() {
        Instant later = THURSDAY.plusSeconds(60);
        AutomationOrigin rule = new AutomationOrigin("rule-7", "payment received");
        Deal moved = deal.moveTo(stage(DefaultPipeline.INTERESTED), null, "advisor", null, THURSDAY)
                .moveTo(stage(DefaultPipeline.CONFIRMED), null, "system", rule, later);

        assertThat(moved.history()).extracting(StageChange::fromStageId, StageChange::toStageId, StageChange::by,
                        StageChange::automation)
                .containsExactly(
                        Tuple.tuple(null, DefaultPipeline.DISCOVERY, "owner", null),
                        Tuple.tuple(DefaultPipeline.DISCOVERY, DefaultPipeline.INTERESTED,
                                "advisor", null),
                        Tuple.tuple(DefaultPipeline.INTERESTED, DefaultPipeline.CONFIRMED,
                                "system", rule));
        assertThat(moved.status()).isEqualTo(StageKind.WON);
        assertThat(moved.probability()).isEqualTo(100);
        assertThat(moved.stageEnteredAt()).isEqualTo(later);
    }

    @Test
    void a_lost_deal_says_why_and_a_reopened_one_forgets_it() {
        assertThatThrownBy(() -> deal.moveTo(stage(DefaultPipeline.LOST), " ", "advisor", null, THURSDAY))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> {
                    assertThat(e.violations().get(0).field()).containsExactly("lostReason");
                    assertThat(e.violations().get(0).code()).isEqualTo(ErrorCode.REQUIRED);
                });
        Deal lost = deal.moveTo(stage(DefaultPipeline.LOST), "Financement refusé", "advisor", null, THURSDAY);
        assertThat(lost.lostReason()).isEqualTo("Financement refusé");
        assertThat(lost.moveTo(stage(DefaultPipeline.INTERESTED), null, "advisor", null, THURSDAY).lostReason())
                .isNull();
    }

    @Test
    void moving_to_the_current_stage_changes_nothing() {
        assertThat(deal.moveTo(stage(DefaultPipeline.DISCOVERY), null, "advisor", null, THURSDAY)).isSameAs(deal);
    }

    @Test
    void a_deal_to_follow_up_on_thursday_is_overdue_after_three_working_days_not_counting_the_weekend() {
        Deal toFollowUp = deal.moveTo(stage(DefaultPipeline.FOLLOW_UP), null, "advisor", null, THURSDAY);
        PipelineStage followUp = stage(DefaultPipeline.FOLLOW_UP);

        assertThat(toFollowUp.slaDeadline(followUp)).contains(LocalDate.of(2026, 12, 15));
        assertThat(toFollowUp.isOverdue(followUp, LocalDate.of(2026, 12, 15))).isFalse();
        assertThat(toFollowUp.isOverdue(followUp, LocalDate.of(2026, 12, 16))).isTrue();
        assertThat(deal.slaDeadline(stage(DefaultPipeline.DISCOVERY))).isEmpty();
    }

    @Test
    void history_keeps_the_latest_moves_within_its_bound() {
        Deal bounced = deal;
        for (int i = 0; i < Deal.MAX_HISTORY + 10; i++) {
            bounced = bounced.moveTo(stage(i % 2 == 0 ? DefaultPipeline.INTERESTED : DefaultPipeline.DISCOVERY),
                    null, "advisor", null, THURSDAY.plusSeconds(i));
        }
        assertThat(bounced.history()).hasSize(Deal.MAX_HISTORY);
    }

    @Test
    void chained_merges_keep_every_origin_so_each_undo_moves_the_deal_back_one_step() {
        Deal atB = deal.movedTo("contact-b");
        Deal atC = atB.movedTo("contact-c");
        assertThat(atC.contactId()).isEqualTo("contact-c");
        assertThat(atC.mergedFrom()).containsExactly("contact-1", "contact-b");

        assertThat(atC.movedBackTo("contact-1")).isSameAs(atC);
        Deal backAtB = atC.movedBackTo("contact-b");
        assertThat(backAtB.contactId()).isEqualTo("contact-b");
        Deal home = backAtB.movedBackTo("contact-1");
        assertThat(home.contactId()).isEqualTo("contact-1");
        assertThat(home.mergedFrom()).isEmpty();
    }
}
