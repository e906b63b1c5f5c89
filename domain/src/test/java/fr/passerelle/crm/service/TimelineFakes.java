package fr.passerelle.crm.service;

import fr.passerelle.crm.model.ContactDocument;
import fr.passerelle.crm.model.ContactDocumentType;
import fr.passerelle.crm.model.ContactRecord;
import fr.passerelle.crm.model.Interaction;
import fr.passerelle.crm.model.InteractionDirection;
import fr.passerelle.crm.model.MergeTrail;
import fr.passerelle.crm.model.Note;
import fr.passerelle.crm.model.TimelineEntry;
import fr.passerelle.crm.model.TimelineEntryKind;
import fr.passerelle.crm.port.out.ContactDocuments;
import fr.passerelle.crm.port.out.ContactFiles;
import fr.passerelle.crm.port.out.ContactInteractions;
import fr.passerelle.crm.port.out.ContactRecords;
import fr.passerelle.crm.port.out.Interactions;
import fr.passerelle.crm.port.out.Notes;
import fr.passerelle.crm.port.out.TimelineContacts;
import fr.passerelle.crm.port.out.TimelineEntries;
import fr.passerelle.shared.paging.Keyset;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.testing.InMemoryCrm;
import fr.passerelle.testing.InMemoryStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;

/** The timeline's out-ports in maps, for the use-case tests. */
final class TimelineFakes {

    private TimelineFakes() {
    }

    /** Contacts by id with their school, and the last interaction times told. */
    static final class Contacts implements TimelineContacts {

        final Map<String, String> schools = new HashMap<>();
        final Map<String, String> learners = new HashMap<>();

        Contacts with(String contactId, String schoolId) {
            schools.put(contactId, schoolId);
            return this;
        }

        @Override
        public Optional<String> schoolOf(String contactId) {
            return Optional.ofNullable(schools.get(contactId));
        }

        @Override
        public List<ContactKey> linkedTo(String schoolId, String learnerId, String accountSubject) {
            return learners.entrySet().stream().filter(e -> e.getValue().equals(learnerId)
                            && schoolId.equals(schools.get(e.getKey())))
                    .map(e -> new ContactKey(schoolId, e.getKey())).toList();
        }
    }

    /** The contacts part as told of interactions: the latest instant per contact. */
    static final class LastInteractions implements ContactInteractions {

        final Map<String, Instant> recorded = new HashMap<>();

        @Override
        public void recordInteraction(String schoolId, String contactId, InteractionDirection direction,
                                      Instant at) {
            recorded.merge(contactId, at, (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    abstract static class Records<T extends ContactRecord<T>> extends InMemoryStore<T> implements ContactRecords<T> {

        Records(BiFunction<T, Long, T> withVersion) {
            super("id", T::id, withVersion);
        }

        @Override
        public List<T> findByContact(String schoolId, String contactId, int limit) {
            return byId.values().stream().filter(r -> r.schoolId().equals(schoolId)
                    && r.contactId().equals(contactId)).limit(limit).toList();
        }

        @Override
        public List<T> findMergedFrom(String schoolId, String survivorId, String mergedContactId, String afterId,
                                      int limit) {
            return InMemoryCrm.mergedFrom(byId.values(), schoolId, survivorId, mergedContactId, afterId, limit);
        }
    }

    static final class InMemoryInteractions extends Records<Interaction> implements Interactions {

        InMemoryInteractions() {
            super((i, v) -> new Interaction(i.id(), i.schoolId(), i.contactId(), i.kind(), i.direction(),
                    i.outcome(), i.occurredAt(), i.summary(), i.loggedBy(), i.loggedAt(), i.mergedFrom(), v));
        }
    }

    static final class InMemoryNotes extends Records<Note> implements Notes {

        InMemoryNotes() {
            super((n, v) -> new Note(n.id(), n.schoolId(), n.contactId(), n.text(), n.pinned(), n.author(),
                    n.createdAt(), n.updatedAt(), n.deletedAt(), n.mergedFrom(), v));
        }
    }

    static final class InMemoryDocuments extends Records<ContactDocument> implements ContactDocuments {

        InMemoryDocuments() {
            super((d, v) -> new ContactDocument(d.id(), d.schoolId(), d.contactId(), d.type(), d.title(),
                    d.contentType(), d.size(), d.sha256(), d.uploadedBy(), d.uploadedAt(), d.deletedAt(),
                    d.mergedFrom(), v));
        }

        @Override
        public Page<ContactDocument> page(String schoolId, String contactId, Set<ContactDocumentType> types,
                                          Paging paging) {
            List<ContactDocument> live = findByContact(schoolId, contactId, Integer.MAX_VALUE).stream()
                    .filter(d -> !d.isDeleted() && types.contains(d.type())).sorted(Comparator.comparing(ContactDocument::uploadedAt)
                            .thenComparing(ContactDocument::id).reversed()).limit(paging.size()).toList();
            return new Page<>(live, live.stream().map(d -> new Keyset(d.uploadedAt(), d.id())).toList(), false,
                    false);
        }
    }

    static final class Files implements ContactFiles {

        final Map<String, byte[]> stored = new TreeMap<>();

        @Override
        public void put(String documentId, byte[] content) {
            stored.put(documentId, content.clone());
        }

        @Override
        public Optional<byte[]> find(String documentId) {
            return Optional.ofNullable(stored.get(documentId));
        }

        @Override
        public void delete(String documentId) {
            stored.remove(documentId);
        }
    }

    /** Entries by id; pages newest first, ties by id descending, as the adapter reads them. */
    static final class Timeline implements TimelineEntries {

        final Map<String, TimelineEntry> entries = new LinkedHashMap<>();

        @Override
        public void record(TimelineEntry entry) {
            entries.putIfAbsent(entry.id(), entry);
        }

        @Override
        public void remove(String entryId) {
            entries.remove(entryId);
        }

        @Override
        public Page<TimelineEntry> page(String schoolId, String contactId, Set<TimelineEntryKind> kinds,
                                        Paging paging) {
            List<TimelineEntry> all = of(schoolId, contactId).stream().filter(e -> kinds.contains(e.kind())).toList();
            return new Page<>(all.stream().limit(paging.size()).toList(), all.stream().limit(paging.size())
                    .map(e -> new Keyset(e.occurredAt(), e.id())).toList(), all.size() > paging.size(), false);
        }

        List<TimelineEntry> of(String schoolId, String contactId) {
            return entries.values().stream().filter(e -> e.schoolId().equals(schoolId)
                    && e.contactId().equals(contactId)).sorted(Comparator.comparing(TimelineEntry::occurredAt)
                    .thenComparing(TimelineEntry::id).reversed()).toList();
        }

        @Override
        public int moveAll(String schoolId, String mergedContactId, String survivorId) {
            List<TimelineEntry> moving = new ArrayList<>(of(schoolId, mergedContactId));
            moving.forEach(e -> entries.put(e.id(), new TimelineEntry(e.id(), schoolId, survivorId, e.kind(),
                    e.label(), e.subjectType(), e.subjectId(), e.occurredAt(),
                    MergeTrail.push(e.mergedFrom(), mergedContactId))));
            return moving.size();
        }

        @Override
        public int moveBack(String schoolId, String survivorId, String mergedContactId) {
            List<TimelineEntry> moving = of(schoolId, survivorId).stream()
                    .filter(e -> MergeTrail.last(e.mergedFrom()).filter(mergedContactId::equals).isPresent())
                    .toList();
            moving.forEach(e -> entries.put(e.id(), new TimelineEntry(e.id(), schoolId, mergedContactId, e.kind(),
                    e.label(), e.subjectType(), e.subjectId(), e.occurredAt(), MergeTrail.pop(e.mergedFrom()))));
            return moving.size();
        }
    }
}
