package fr.passerelle.api.graphql.guard;

import java.util.List;
import java.util.Map;

/**
 * What an answer actually cost, by the same rule as the requested cost ({@link OperationMeasure}): one point per
 * field the answer holds, at every level and for every item of a list, nothing for a connection's {@code edges}
 * wrapper. A page shorter than asked for, or a null relation, costs less than requested.
 */
final class ActualCost {

    private ActualCost() {
    }

    static long of(Object data) {
        if (data instanceof Map<?, ?> fields) {
            long cost = 0;
            for (Map.Entry<?, ?> field : fields.entrySet()) {
                cost += ("edges".equals(field.getKey()) ? 0 : 1) + of(field.getValue());
            }
            return cost;
        }
        if (data instanceof List<?> items) {
            long cost = 0;
            for (Object item : items) {
                cost += of(item);
            }
            return cost;
        }
        return 0;
    }
}
