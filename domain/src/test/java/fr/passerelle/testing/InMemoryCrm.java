package fr.passerelle.testing;

import fr.passerelle.crm.model.ContactRecord;
import fr.passerelle.crm.model.Deal;
import fr.passerelle.crm.model.Pipeline;
import fr.passerelle.crm.model.Task;
import fr.passerelle.crm.port.out.ContactReferences;
import fr.passerelle.crm.port.out.Deals;
import fr.passerelle.crm.port.out.Pipelines;
import fr.passerelle.crm.port.out.Tasks;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The out-ports of pipelines, deals and tasks in maps, for the tests of their use cases and subscribers. */
public final class InMemoryCrm {

    private InMemoryCrm() {
    }

    /** {@link Pipelines} in a map. */
    public static class InMemoryPipelines extends InMemoryStore<Pipeline> implements Pipelines {

        public InMemoryPipelines() {
            super("_id", Pipeline::id, (p, version) -> new Pipeline(p.id(), p.schoolId(), p.name(), p.stages(),
                    p.createdBy(), p.createdAt(), p.updatedAt(), version));
        }

        @Override
        public List<Pipeline> findBySchool(String schoolId, int limit) {
            return byId.values().stream().filter(p -> p.schoolId().equals(schoolId)).limit(limit).toList();
        }

        @Override
        public long countBySchool(String schoolId) {
            return findBySchool(schoolId, Integer.MAX_VALUE).size();
        }
    }

    /** {@code ContactRecords.findMergedFrom} over records in memory: by id, after {@code afterId}. */
    public static <T extends ContactRecord<T>> List<T> mergedFrom(Collection<T> records, String schoolId,
                                                                  String survivorId, String mergedContactId,
                                                                  String afterId, int limit) {
        return records.stream().filter(r -> r.schoolId().equals(schoolId) && survivorId.equals(r.contactId())
                        && r.mergedFrom().contains(mergedContactId) && (afterId == null || r.id().compareTo(afterId) > 0))
                .sorted(Comparator.comparing(ContactRecord::id)).limit(limit).toList();
    }

    /** {@link Deals} in a map; the board is left to the Mongo adapter's own test. */
    public static class InMemoryDeals extends InMemoryStore<Deal> implements Deals {

        public InMemoryDeals() {
            super("_id", Deal::id, (d, version) -> new Deal(d.id(), d.schoolId(), d.pipelineId(), d.contactId(),
                    d.offeringRef(), d.title(), d.ownerSubject(), d.amount(), d.probability(), d.expectedCloseOn(),
                    d.stageId(), d.status(), d.stageEnteredAt(), d.history(), d.lostReason(), d.mergedFrom(),
                    d.createdBy(), d.createdAt(), d.updatedAt(), version));
        }

        @Override
        public long countInStage(String schoolId, String pipelineId, String stageId) {
            return byId.values().stream().filter(d -> d.schoolId().equals(schoolId)
                    && d.pipelineId().equals(pipelineId) && d.stageId().equals(stageId)).count();
        }

        @Override
        public BoardSlice board(String schoolId, String pipelineId, Collection<String> stageIds, int size) {
            throw new UnsupportedOperationException("see MongoDealsTest");
        }

        @Override
        public Page<Deal> pageInStage(String schoolId, String pipelineId, String stageId, Paging paging) {
            throw new UnsupportedOperationException("see MongoDealsTest");
        }

        @Override
        public List<Deal> findByContact(String schoolId, String contactId, int limit) {
            return byId.values().stream().filter(d -> d.schoolId().equals(schoolId)
                    && d.contactId().equals(contactId)).limit(limit).toList();
        }

        @Override
        public List<Deal> findMergedFrom(String schoolId, String survivorId, String mergedContactId, String afterId,
                                         int limit) {
            return mergedFrom(byId.values(), schoolId, survivorId, mergedContactId, afterId, limit);
        }
    }

    /** {@link Tasks} in a map. */
    public static class InMemoryTasks extends InMemoryStore<Task> implements Tasks {

        public InMemoryTasks() {
            super("_id", Task::id, (t, version) -> new Task(t.id(), t.schoolId(), t.title(), t.dueAt(),
                    t.ownerSubject(), t.contactId(), t.dealId(), t.doneAt(), t.doneBy(), t.overdueFor(), t.automation(),
                    t.mergedFrom(), t.createdBy(), t.createdAt(), t.updatedAt(), version));
        }

        @Override
        public Map<String, Task> nextOpenByDeal(Collection<String> dealIds) {
            Map<String, Task> next = new HashMap<>();
            byId.values().stream().filter(t -> !t.isDone() && dealIds.contains(t.dealId()))
                    .sorted(Comparator.comparing(Task::dueAt).thenComparing(Task::id))
                    .forEach(t -> next.putIfAbsent(t.dealId(), t));
            return next;
        }

        @Override
        public Page<Task> pageOpenOfOwner(String ownerSubject, Collection<String> schoolIds, Instant from,
                                          Instant to, Paging paging) {
            throw new UnsupportedOperationException("see MongoDealsTest");
        }

        @Override
        public List<Task> findByContact(String schoolId, String contactId, int limit) {
            return byId.values().stream().filter(t -> t.schoolId().equals(schoolId)
                    && Objects.equals(t.contactId(), contactId)).limit(limit).toList();
        }

        @Override
        public List<Task> findMergedFrom(String schoolId, String survivorId, String mergedContactId, String afterId,
                                         int limit) {
            return mergedFrom(byId.values(), schoolId, survivorId, mergedContactId, afterId, limit);
        }
    }

    /** {@link ContactReferences} knowing a fixed set of contacts per school. */
    public static class KnownContacts implements ContactReferences {

        private final Map<String, Set<String>> bySchool = new HashMap<>();

        public KnownContacts add(String schoolId, String... contactIds) {
            bySchool.computeIfAbsent(schoolId, s -> new HashSet<>()).addAll(List.of(contactIds));
            return this;
        }

        @Override
        public Set<String> existing(String schoolId, Collection<String> contactIds) {
            Set<String> known = bySchool.getOrDefault(schoolId, Set.of());
            return contactIds.stream().filter(known::contains).collect(Collectors.toSet());
        }

        @Override
        public Map<String, String> displayNames(String schoolId, Collection<String> contactIds) {
            return existing(schoolId, contactIds).stream().collect(Collectors.toMap(id -> id, id -> "Contact " + id));
        }
    }
}
