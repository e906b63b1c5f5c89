package fr.passerelle.crm.graphql;

import fr.passerelle.crm.model.Deal;
import fr.passerelle.crm.model.Pipeline;
import fr.passerelle.crm.port.in.PipelineUseCases;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.model.PlatformCalendar;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns deals into their views with their pipelines, read in one go for any number of deals. */
@Component
class DealViews {

    private final PipelineUseCases pipelines;
    private final Clock clock;

    DealViews(PipelineUseCases pipelines, Clock clock) {
        this.pipelines = pipelines;
        this.clock = clock;
    }

    DealView of(Deal deal, Pipeline pipeline) {
        return DealView.of(deal, pipeline, PlatformCalendar.today(clock));
    }

    /** The views of the deals whose pipeline the actor reads (all of them: reading a deal is reading its school). */
    List<DealView> of(Actor actor, List<Deal> deals) {
        Map<String, Pipeline> byId = pipelines.findAll(actor, deals.stream().map(Deal::pipelineId).distinct()
                .toList()).stream().collect(Collectors.toMap(Pipeline::id, Function.identity()));
        return deals.stream().filter(deal -> byId.containsKey(deal.pipelineId()))
                .map(deal -> of(deal, byId.get(deal.pipelineId()))).toList();
    }

    DealView of(Actor actor, Deal deal) {
        return deal == null ? null : of(actor, List.of(deal)).stream().findFirst().orElse(null);
    }
}
