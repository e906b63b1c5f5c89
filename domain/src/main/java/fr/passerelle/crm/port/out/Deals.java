package fr.passerelle.crm.port.out;

import fr.passerelle.crm.model.Deal;
import fr.passerelle.crm.model.DealBoard;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.util.Collection;
import java.util.Map;

/** Where deals are kept. Within a stage, deals are listed by the time they entered it, oldest first, then by id. */
public interface Deals extends ContactRecords<Deal> {

    /** The school's deals in one stage of one pipeline. */
    long countInStage(String schoolId, String pipelineId, String stageId);

    /**
     * A board in one read: the totals of every stage of the pipeline that holds deals, and the first {@code size}
     * deals of each of {@code stageIds}.
     */
    BoardSlice board(String schoolId, String pipelineId, Collection<String> stageIds, int size);

    record BoardSlice(Map<String, DealBoard.Totals> totals, Map<String, Page<Deal>> firstPages) {
    }

    /** A page of the deals of one stage (keyset on the time they entered it). */
    Page<Deal> pageInStage(String schoolId, String pipelineId, String stageId, Paging paging);
}
