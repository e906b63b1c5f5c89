package fr.passerelle.persistence.indexes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;

/**
 * What MongoDB's {@code explain("executionStats")} says about one command, reduced to what the index proof judges:
 * the stages of the winning plan, whether anything sorts in memory, and how many documents were examined for how
 * many returned. Reads every shape MongoDB 8.0 answers with: a find's or findAndModify's classic plan
 * ({@code queryPlanner.winningPlan} as a tree of {@code inputStage}/{@code inputStages}), a plan run by the
 * slot-based engine ({@code winningPlan.queryPlan}), and an aggregation's {@code stages} whose first is a
 * {@code $cursor} (later {@code $sort} stages sort in memory).
 *
 * @param stages        the winning plans' stage names, outermost first
 * @param pipelineSort  whether an aggregation sorts in a stage of its own, after the query
 * @param docsExamined  {@code totalDocsExamined}
 * @param returned      {@code nReturned} of the query part (for an aggregation, what its query handed on)
 */
record QueryPlan(List<String> stages, boolean pipelineSort, long docsExamined, long returned) {

    /** Stages that read through an index (8.0's express path included); IDHACK is the classic lookup by id. */
    private static final Set<String> INDEX_ACCESS = Set.of("IXSCAN", "EXPRESS_IXSCAN", "EXPRESS_CLUSTERED_IXSCAN",
            "IDHACK", "EXPRESS_IDHACK", "COUNT_SCAN", "DISTINCT_SCAN");

    static QueryPlan of(Document explain) {
        List<String> stages = new ArrayList<>();
        boolean pipelineSort = false;
        Document query = explain;
        List<Document> pipeline = explain.getList("stages", Document.class);
        if (pipeline != null) {
            for (Document stage : pipeline) {
                if (stage.containsKey("$cursor")) {
                    query = stage.get("$cursor", Document.class);
                }
                pipelineSort |= stage.containsKey("$sort");
            }
        }
        Document planner = query.get("queryPlanner", Document.class);
        if (planner != null) {
            Document winning = planner.get("winningPlan", Document.class);
            collect(winning.containsKey("queryPlan") ? winning.get("queryPlan", Document.class) : winning, stages);
        }
        Document stats = query.get("executionStats", Document.class);
        long examined = stats == null ? 0 : number(stats, "totalDocsExamined");
        long returned = stats == null ? 0 : number(stats, "nReturned");
        return new QueryPlan(List.copyOf(stages), pipelineSort, examined, returned);
    }

    /**
     * What is wrong with this plan for a hot query, nothing when it is an index scan with no in-memory sort
     * examining at most {@code extraDocuments} more documents than it returns.
     */
    List<String> problems(long extraDocuments) {
        Set<String> problems = new LinkedHashSet<>();
        if (stages.isEmpty()) {
            problems.add("no winning plan in the explain output");
        }
        if (stages.contains("COLLSCAN")) {
            problems.add("a collection scan (COLLSCAN)");
        }
        if (stages.contains("EOF")) {
            problems.add("an EOF plan: the collection is missing or the query can match nothing, which proves nothing");
        }
        if (stages.stream().noneMatch(INDEX_ACCESS::contains) && !stages.isEmpty()) {
            problems.add("no index access stage in " + stages);
        }
        if (stages.contains("SORT") || pipelineSort) {
            problems.add("an in-memory sort (SORT stage or a $sort stage after the query)");
        }
        if (docsExamined > returned + extraDocuments) {
            problems.add("examined " + docsExamined + " documents to return " + returned + " (at most "
                    + extraDocuments + " more allowed)");
        }
        return List.copyOf(problems);
    }

    private static void collect(Document stage, List<String> into) {
        if (stage == null) {
            return;
        }
        into.add(stage.getString("stage"));
        collect(stage.get("inputStage", Document.class), into);
        List<Document> inputs = stage.getList("inputStages", Document.class);
        if (inputs != null) {
            inputs.forEach(input -> collect(input, into));
        }
    }

    private static long number(Document stats, String field) {
        Object value = stats.get(field);
        return value instanceof Number number ? number.longValue() : 0;
    }
}
