package fr.passerelle.crm.graphql;

import fr.passerelle.crm.port.in.ContactImports;
import fr.passerelle.learner.rest.CsvRecords;
import fr.passerelle.learner.rest.CsvRecords.Record;
import fr.passerelle.learner.rest.RosterFileException;
import fr.passerelle.learner.rest.RosterFileException.FileProblem;
import fr.passerelle.learner.rest.RosterFileException.Reason;
import fr.passerelle.learner.rest.Utf8Text;
import fr.passerelle.shared.i18n.Message;
import fr.passerelle.shared.validation.FormulaPrefix;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a contacts file with the student file's reader and rules ({@link CsvRecords}, strict UTF-8, one refusal
 * naming every problem of the file: bad header, broken quoting, formula cells); the row-level rules are the use
 * case's, reported per row. Columns, in any order: {@code family_name} (required), {@code given_name}, {@code email},
 * {@code phone}, {@code postal_code}, {@code city}, {@code birth_year}, {@code situation}, {@code source},
 * {@code campaign}, {@code tags} (separated by semicolons inside the cell).
 */
final class ContactCsv {

    static final List<String> COLUMNS = List.of("given_name", "family_name", "email", "phone", "postal_code", "city",
            "birth_year", "situation", "source", "campaign", "tags");
    private static final String REQUIRED = "family_name";
    /** GraphQL bodies are bounded at 64KB: a file text beyond that never arrives; this bounds what may. */
    private static final long MAX_BYTES = 64 * 1024;
    private static final int MAX_PROBLEMS = 20;
    private static final Pattern PHONE_NUMBER = Pattern.compile("\\+[0-9][0-9 .()\\-]*");

    private ContactCsv() {
    }

    /** @throws RosterFileException when the file is refused as a whole */
    static List<ContactImports.Row> read(String text) {
        try {
            return read(new CsvRecords(new Utf8Text(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    MAX_BYTES, "64KB")));
        } catch (IOException e) {
            throw new UncheckedIOException("unreachable: reading bytes in memory", e);
        }
    }

    private static List<ContactImports.Row> read(CsvRecords records) throws IOException {
        Record header = records.next(COLUMNS.size() + 1);
        while (header != null && header.isBlank()) {
            header = records.next(COLUMNS.size() + 1);
        }
        if (header == null) {
            throw RosterFileException.of(Reason.INVALID, null, null, "error.roster.file.empty", REQUIRED);
        }
        List<String> names = header.cells().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        Map<String, Integer> positions = positions(header, names);
        records.nameColumns(names);
        List<ContactImports.Row> rows = new ArrayList<>();
        List<FileProblem> problems = new ArrayList<>();
        for (Record record = records.next(names.size()); record != null; record = records.next(names.size())) {
            if (record.isBlank() && record.cellCount() <= names.size()) {
                continue;
            }
            if (rows.size() == ContactImports.MAX_ROWS) {
                throw RosterFileException.of(Reason.TOO_MANY_ROWS, record.line(), null,
                        "error.crm.import.too-many-rows", ContactImports.MAX_ROWS);
            }
            if (record.cellCount() > names.size()) {
                problems.add(new FileProblem(record.line(), null, Message.of("error.roster.file.extra-cells",
                        record.line(), record.cellCount(), names.size(), records.delimiter())));
            }
            for (int i = 0; i < record.cells().size(); i++) {
                String cell = record.cells().get(i);
                var start = FormulaPrefix.of(cell);
                if (start.isPresent() && !("phone".equals(names.get(i))
                        && PHONE_NUMBER.matcher(cell.strip()).matches())) {
                    problems.add(new FileProblem(record.line(), names.get(i), Message.of("error.roster.file.formula",
                            record.line(), names.get(i), start.get())));
                }
            }
            if (problems.size() >= MAX_PROBLEMS) {
                throw new RosterFileException(Reason.INVALID, problems);
            }
            rows.add(row(record, positions));
        }
        if (!problems.isEmpty()) {
            throw new RosterFileException(Reason.INVALID, problems);
        }
        return rows;
    }

    /** Where each known column is; refuses a header with unknown, repeated or missing columns. */
    private static Map<String, Integer> positions(Record header, List<String> names) {
        if (header.cellCount() > COLUMNS.size()) {
            throw RosterFileException.of(Reason.INVALID, header.line(), null, "error.crm.import.too-many-columns",
                    header.cellCount(), String.join(", ", COLUMNS));
        }
        Map<String, Integer> positions = new HashMap<>();
        Set<String> unknown = new LinkedHashSet<>();
        List<FileProblem> problems = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!COLUMNS.contains(name)) {
                unknown.add(name.isEmpty() ? "#" + (i + 1) : name);
            } else if (positions.putIfAbsent(name, i) != null) {
                problems.add(new FileProblem(header.line(), name, Message.of("error.roster.file.repeated-column",
                        name)));
            }
        }
        if (!unknown.isEmpty()) {
            problems.add(new FileProblem(header.line(), null, Message.of("error.roster.file.unknown-columns",
                    String.join(", ", unknown), String.join(", ", COLUMNS))));
        }
        if (!positions.containsKey(REQUIRED)) {
            problems.add(new FileProblem(header.line(), null, Message.of("error.roster.file.missing-column",
                    REQUIRED)));
        }
        if (!problems.isEmpty()) {
            throw new RosterFileException(Reason.INVALID, problems);
        }
        return positions;
    }

    private static ContactImports.Row row(Record record, Map<String, Integer> positions) {
        return new ContactImports.Row(record.line(), cell(record, positions, "given_name"),
                cell(record, positions, "family_name"), cell(record, positions, "email"),
                cell(record, positions, "phone"), cell(record, positions, "postal_code"),
                cell(record, positions, "city"), cell(record, positions, "birth_year"),
                cell(record, positions, "situation"), cell(record, positions, "source"),
                cell(record, positions, "campaign"), cell(record, positions, "tags"));
    }

    /** The cell as read (null when blank, when the column is absent or the row stops short of it). */
    private static String cell(Record record, Map<String, Integer> positions, String column) {
        Integer at = positions.get(column);
        String value = at == null || at >= record.cells().size() ? null : record.cells().get(at);
        return value == null || value.isBlank() ? null : value;
    }
}
