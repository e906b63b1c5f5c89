package fr.passerelle.crm.model;

import fr.passerelle.shared.model.WorkingDays;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private final Pipeline pipeline = DefaultPipeline.of("school-1", NOW);

    @Test
    void the_default_pipeline_follows_the_product_documents() {
        assertThat(pipeline.stages()).extracting(PipelineStage::name).containsExactly("Découverte", "Intéressé",
                "À relancer", "En attente de financement", "Confirmé", "Perdu");
        assertThat(pipeline.stage(DefaultPipeline.FOLLOW_UP).orElseThrow().slaWorkingDays()).isEqualTo(3);
        assertThat(pipeline.stage(DefaultPipeline.CONFIRMED).orElseThrow().kind()).isEqualTo(StageKind.WON);
        assertThat(pipeline.stage(DefaultPipeline.LOST).orElseThrow().kind()).isEqualTo(StageKind.LOST);
        assertThat(pipeline.id()).isEqualTo(DefaultPipeline.idFor("school-1"));
    }

    @Test
    void renaming_and_reordering_keep_stage_ids() {
        Pipeline renamed = pipeline.withStageChanged(DefaultPipeline.INTERESTED, "Chaud", 50, 2, NOW);
        List<String> reversed = new ArrayList<>(renamed.stages().stream().map(PipelineStage::id).toList());
        Collections.reverse(reversed);
        Pipeline reordered = renamed.withStagesOrdered(reversed, NOW);

        assertThat(reordered.stages()).extracting(PipelineStage::id).isEqualTo(reversed);
        assertThat(reordered.stage(DefaultPipeline.INTERESTED).orElseThrow())
                .isEqualTo(new PipelineStage(DefaultPipeline.INTERESTED, "Chaud", StageKind.OPEN, 50, 2));
    }

    @Test
    void a_new_order_names_every_stage_once() {
        assertThatThrownBy(() -> pipeline.withStagesOrdered(List.of(DefaultPipeline.LOST), NOW))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.violations().get(0).code())
                        .isEqualTo(ErrorCode.INVALID));
    }

    @Test
    void a_stage_in_use_cannot_be_removed_and_the_error_says_how_many_deals_to_move() {
        assertThatThrownBy(() -> pipeline.withStageRemoved(DefaultPipeline.FOLLOW_UP, 4, NOW))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> {
                    assertThat(e.violations().get(0).code()).isEqualTo(ErrorCode.INVALID_STATE);
                    assertThat(e.violations().get(0).message().arguments()).containsExactly(4L);
                });
        assertThat(pipeline.withStageRemoved(DefaultPipeline.FOLLOW_UP, 0, NOW).stages()).hasSize(5);
    }

    @Test
    void stages_are_bounded() {
        Pipeline full = pipeline;
        for (int i = full.stages().size(); i < Pipeline.MAX_STAGES; i++) {
            full = full.withStageAdded(new PipelineStage("s" + i, "S" + i, StageKind.OPEN, 10, null), null, NOW);
        }
        Pipeline atLimit = full;
        assertThatThrownBy(() -> atLimit.withStageAdded(new PipelineStage("x", "X", StageKind.OPEN, 10, null), 0,
                NOW)).isInstanceOf(BusinessRuleViolation.class);
    }
}
