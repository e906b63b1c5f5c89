package fr.passerelle.crm.model;

import fr.passerelle.shared.model.Money;
import fr.passerelle.shared.paging.Page;
import java.util.List;

/**
 * A pipeline seen as a board: per stage, in the pipeline's order, how many deals are there, what they are expected
 * to bring (amounts are euros, so one sum per column), and the first page of them.
 */
public record DealBoard(Pipeline pipeline, List<Column> columns) {

    public DealBoard {
        columns = List.copyOf(columns);
    }

    public record Column(PipelineStage stage, long count, Money expectedAmount, Page<Deal> deals) {
    }

    /** What the store counts for one stage in the board's single aggregation. */
    public record Totals(long count, long amountInCents) {

        public static final Totals NONE = new Totals(0, 0);
    }
}
