package fr.passerelle.crm.service;

import fr.passerelle.crm.model.ContactRecord;
import fr.passerelle.crm.port.out.ContactRecords;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The one way the merge followers move a store's records: forward, every record of the merged contact goes to the
 * survivor (each move takes it out of the next read); back, the survivor's records whose trail ends with the merged
 * contact return, read page after page by id so that records skipped (moved by a later merge) never end the loop.
 */
final class MergeMoves {

    /** Records moved per read: a merge of a long history is several short writes, never one huge read. */
    static final int BATCH = 100;

    private MergeMoves() {
    }

    /**
     * Applies {@code move} to the records of {@code store}, each through {@code write(before, after)}. A lost race
     * there throws: the delivery is retried and resumes where it stopped.
     */
    static <T extends ContactRecord<T>> void apply(MergeMove move, ContactRecords<T> store, BiConsumer<T, T> write) {
        if (move.undo()) {
            back(move, store, write);
        } else {
            forward(move, store, write);
        }
    }

    private static <T extends ContactRecord<T>> void forward(MergeMove move, ContactRecords<T> store,
                                                             BiConsumer<T, T> write) {
        List<T> batch;
        do {
            batch = store.findByContact(move.schoolId(), move.merged(), BATCH);
            batch.forEach(record -> write.accept(record, record.movedTo(move.survivor())));
        } while (batch.size() == BATCH);
    }

    private static <T extends ContactRecord<T>> void back(MergeMove move, ContactRecords<T> store,
                                                          BiConsumer<T, T> write) {
        String after = null;
        List<T> batch;
        do {
            batch = store.findMergedFrom(move.schoolId(), move.survivor(), move.merged(), after, BATCH);
            batch.stream().filter(record -> record.cameFrom(move.merged()))
                    .forEach(record -> write.accept(record, record.movedBackTo(move.merged())));
            after = batch.isEmpty() ? after : batch.get(batch.size() - 1).id();
        } while (batch.size() == BATCH);
    }
}
