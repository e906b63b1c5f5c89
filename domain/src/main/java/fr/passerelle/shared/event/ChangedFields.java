package fr.passerelle.shared.event;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The dotted paths at which two versions of an aggregate differ, found by walking their record components, so no
 * use case has to list by hand what it changed (and none can forget to). Nested records with several components
 * are walked; single-value records (value objects such as an e-mail address) and any other value, lists included,
 * are compared whole, so a field is named the same whether it was set, replaced or cleared. Bookkeeping fields are
 * left out.
 */
public final class ChangedFields {

    private static final Set<String> BOOKKEEPING = Set.of("id", "version", "createdAt", "updatedAt");

    private ChangedFields() {
    }

    /** The paths whose values differ between two instances of the same record type. */
    public static List<String> between(Record before, Record after) {
        if (before.getClass() != after.getClass()) {
            throw new IllegalArgumentException("cannot compare " + before.getClass() + " with " + after.getClass());
        }
        List<String> paths = new ArrayList<>();
        collect("", before, after, paths);
        return paths;
    }

    /** The top-level fields a new aggregate sets (non-null, bookkeeping aside). */
    public static List<String> setIn(Record created) {
        List<String> paths = new ArrayList<>();
        for (RecordComponent component : created.getClass().getRecordComponents()) {
            if (!BOOKKEEPING.contains(component.getName()) && valueOf(component, created) != null) {
                paths.add(component.getName());
            }
        }
        return paths;
    }

    private static void collect(String prefix, Record before, Record after, List<String> paths) {
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            String name = component.getName();
            if (prefix.isEmpty() && BOOKKEEPING.contains(name)) {
                continue;
            }
            Object old = valueOf(component, before);
            Object now = valueOf(component, after);
            if (old instanceof Record oldRecord && now instanceof Record newRecord
                    && oldRecord.getClass() == newRecord.getClass() && isComposite(oldRecord)) {
                collect(prefix + name + ".", oldRecord, newRecord, paths);
            } else if (!Objects.equals(old, now)) {
                paths.add(prefix + name);
            }
        }
    }

    private static boolean isComposite(Record value) {
        return value.getClass().getRecordComponents().length > 1;
    }

    private static Object valueOf(RecordComponent component, Record owner) {
        try {
            return component.getAccessor().invoke(owner);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + owner.getClass(), e);
        }
    }
}
