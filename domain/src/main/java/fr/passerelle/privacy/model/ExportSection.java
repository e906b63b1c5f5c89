package fr.passerelle.privacy.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Part of an access or portability archive (GDPR art. 15/20): one kind of record a provider holds about the person,
 * as rows of named text values, so the same section becomes a JSON array and a CSV file.
 *
 * @param name    the section's file name without extension, {@code <feature>-<what>} (e.g. {@code learner-profile})
 * @param columns the column names, in order; every row has exactly these keys
 */
public record ExportSection(String name, List<String> columns, List<Map<String, String>> rows) {

    public ExportSection {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Map<String, String> row : rows) {
            if (!row.keySet().equals(Set.copyOf(columns))) {
                throw new IllegalArgumentException(name + " has a row whose keys are not its columns: " + row.keySet());
            }
        }
    }
}
