package fr.passerelle.crm.port.out;

import fr.passerelle.crm.model.Deal;
import fr.passerelle.crm.model.DealBoard;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.port.AggregateStore;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Where deals are kept. Within a stage, deals are listed by the time they entered it, oldest first, then by id. */
public interface Deals extends AggregateStore<Deal> {

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

    /** The school's deals of a contact, at most {@code limit}. */
    List<Deal> findByContact(String schoolId, String contactId, int limit);

    /** The deals a merge moved from {@code mergedContactId} to {@code contactId}, at most {@code limit}. */
    List<Deal> findMovedFrom(String schoolId, String contactId, String mergedContactId, int limit);
}
