package fr.passerelle.learner.rest;

import fr.passerelle.learner.port.in.RosterImports;
import fr.passerelle.learner.port.in.RosterRow;
import fr.passerelle.learner.rest.CsvRecords.Record;
import fr.passerelle.learner.rest.RosterFileException.FileProblem;
import fr.passerelle.learner.rest.RosterFileException.Reason;
import fr.passerelle.shared.i18n.Message;
import fr.passerelle.shared.validation.FormulaPrefix;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.util.unit.DataSize;

/**
 * Reads a school's student file into {@link RosterRow}s, for both the REST upload and the GraphQL mutation: the
 * file-level checks live here (encoding, size, header, CSV structure, formula cells, row count); the row-level
 * rules (required values, e-mail, dates, programs, control characters and line breaks in a cell…) are the use
 * case's, which reports them per row.
 *
 * <p>The format: UTF-8 (a byte order mark is skipped), comma- or semicolon-separated, a header row naming the
 * columns in any order (case and surrounding spaces ignored). Blank lines and rows whose cells are all blank are
 * skipped. A row with fewer cells than the header leaves the missing ones empty; one with more is refused.
 */
public final class RosterCsv {

    /** The columns of the file, as the header names them. */
    public enum Column {
        EXTERNAL_ID("external_id", true),
        FIRST_NAME("first_name", true),
        LAST_NAME("last_name", true),
        EMAIL("email", true),
        PHONE("phone", false),
        BIRTH_DATE("birth_date", false),
        LEARNER_TYPE("learner_type", false),
        PROGRAM_CODE("program_code", false),
        GRADUATION_YEAR("graduation_year", false),
        SPECIALISATIONS("specialisations", false);

        private final String header;
        private final boolean required;

        Column(String header, boolean required) {
            this.header = header;
            this.required = required;
        }

        public String header() {
            return header;
        }

        public boolean required() {
            return required;
        }

        static Optional<Column> named(String name) {
            return Arrays.stream(values()).filter(c -> c.header.equals(name)).findFirst();
        }
    }

    /** File problems reported at most: enough to fix a file in one go, bounded for a file that is all wrong. */
    static final int MAX_PROBLEMS = 20;
    /** Header cells kept: far more than the columns that exist, so typos are still all reported. */
    private static final int MAX_HEADER_CELLS = 100;
    /** An international phone number as people write it: a plus, digits, spaces, dots, dashes, parentheses. */
    private static final Pattern PHONE_NUMBER = Pattern.compile("\\+[0-9][0-9 .()\\-]*");
    private static final String KNOWN = Arrays.stream(Column.values()).map(Column::header)
            .collect(Collectors.joining(", "));
    private static final String REQUIRED = Arrays.stream(Column.values()).filter(Column::required)
            .map(Column::header).collect(Collectors.joining(", "));

    private final long maxBytes;
    private final String sizeLabel;
    private final int maxRows;

    /** @param maxFileSize the largest file accepted ({@code passerelle.import.max-file-size}) */
    public RosterCsv(DataSize maxFileSize) {
        this(maxFileSize, RosterImports.MAX_ROWS);
    }

    RosterCsv(DataSize maxFileSize, int maxRows) {
        this.maxBytes = maxFileSize.toBytes();
        this.sizeLabel = label(maxFileSize);
        this.maxRows = maxRows;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The size limit as people read it, e.g. {@code 5MB}. */
    public String sizeLabel() {
        return sizeLabel;
    }

    /**
     * Reads the file from a stream, a buffer at a time (the file is never held whole in memory, only its rows).
     *
     * @throws RosterFileException when the file is refused as a whole
     * @throws IOException when the stream cannot be read
     */
    public List<RosterRow> read(InputStream file) throws IOException {
        return read(new CsvRecords(new Utf8Text(file, maxBytes, sizeLabel)));
    }

    /** Reads the file from its text (the GraphQL path, for small files). */
    public List<RosterRow> read(String text) {
        try {
            return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("unreachable: reading bytes in memory", e);
        }
    }

    private List<RosterRow> read(CsvRecords records) throws IOException {
        Record header = records.next(MAX_HEADER_CELLS);
        while (header != null && header.isBlank()) {
            header = records.next(MAX_HEADER_CELLS);
        }
        if (header == null) {
            throw RosterFileException.of(Reason.INVALID, null, null, "error.roster.file.empty", REQUIRED);
        }
        Map<Column, Integer> positions = columns(header);
        List<String> names = header.cells().stream().map(RosterCsv::normalised).toList();
        records.nameColumns(names);

        List<RosterRow> rows = new ArrayList<>();
        List<FileProblem> problems = new ArrayList<>();
        for (Record record = records.next(names.size()); record != null; record = records.next(names.size())) {
            if (record.isBlank() && record.cellCount() <= names.size()) {
                continue;
            }
            if (rows.size() == maxRows) {
                throw RosterFileException.of(Reason.TOO_MANY_ROWS, record.line(), null, "error.roster.file.too-many-rows",
                        thousands(maxRows));
            }
            if (record.cellCount() > names.size()) {
                problems.add(new FileProblem(record.line(), null, Message.of("error.roster.file.extra-cells",
                        record.line(), record.cellCount(), names.size(), records.delimiter())));
            }
            for (int i = 0; i < record.cells().size(); i++) {
                formula(record.line(), names.get(i), record.cells().get(i)).ifPresent(problems::add);
            }
            if (problems.size() >= MAX_PROBLEMS) {
                throw refused(problems);
            }
            rows.add(row(record, positions));
        }
        if (!problems.isEmpty()) {
            throw refused(problems);
        }
        return rows;
    }

    /** Where each known column is; refuses a header with unknown, duplicate, unnamed or missing columns. */
    private static Map<Column, Integer> columns(Record header) {
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        Set<String> unknown = new LinkedHashSet<>();
        Set<String> duplicates = new LinkedHashSet<>();
        List<FileProblem> problems = new ArrayList<>();
        if (header.cellCount() > MAX_HEADER_CELLS) {
            throw RosterFileException.of(Reason.INVALID, header.line(), null, "error.roster.file.too-many-columns",
                    header.cellCount(), Column.values().length, KNOWN);
        }
        for (int i = 0; i < header.cells().size(); i++) {
            String name = normalised(header.cells().get(i));
            if (name.isEmpty()) {
                problems.add(new FileProblem(header.line(), null, Message.of("error.roster.file.unnamed-column", i + 1)));
                continue;
            }
            Optional<Column> column = Column.named(name);
            if (column.isEmpty()) {
                unknown.add(name);
            } else if (positions.putIfAbsent(column.get(), i) != null) {
                duplicates.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            problems.add(new FileProblem(header.line(), null, Message.of(unknown.size() == 1
                    ? "error.roster.file.unknown-column" : "error.roster.file.unknown-columns",
                    String.join(", ", unknown), KNOWN)));
        }
        for (String name : duplicates) {
            problems.add(new FileProblem(header.line(), name, Message.of("error.roster.file.repeated-column", name)));
        }
        List<String> missing = Arrays.stream(Column.values()).filter(Column::required)
                .filter(c -> !positions.containsKey(c)).map(Column::header).toList();
        if (!missing.isEmpty()) {
            problems.add(new FileProblem(header.line(), null, Message.of(missing.size() == 1
                    ? "error.roster.file.missing-column" : "error.roster.file.missing-columns",
                    String.join(", ", missing))));
        }
        if (!problems.isEmpty()) {
            throw refused(problems);
        }
        return positions;
    }

    /**
     * A cell a spreadsheet would run as a formula when the data is exported and opened again (CSV injection, the
     * domain's {@link FormulaPrefix}, which every one-line text of a command refuses too); here it refuses the file
     * as a whole. A phone number such as {@code +33 6 12 34 56 78} in the phone column is data, not a formula.
     */
    private static Optional<FileProblem> formula(int line, String column, String cell) {
        Optional<Message> start = FormulaPrefix.of(cell);
        if (start.isEmpty() || Column.PHONE.header().equals(column) && PHONE_NUMBER.matcher(cell.strip()).matches()) {
            return Optional.empty();
        }
        return Optional.of(new FileProblem(line, column,
                Message.of("error.roster.file.formula", line, column, start.get())));
    }

    private static RosterRow row(Record record, Map<Column, Integer> positions) {
        return new RosterRow(record.line(), cell(record, positions, Column.EXTERNAL_ID),
                cell(record, positions, Column.FIRST_NAME), cell(record, positions, Column.LAST_NAME),
                cell(record, positions, Column.EMAIL), cell(record, positions, Column.PHONE),
                cell(record, positions, Column.BIRTH_DATE), cell(record, positions, Column.LEARNER_TYPE),
                cell(record, positions, Column.PROGRAM_CODE), cell(record, positions, Column.GRADUATION_YEAR),
                cell(record, positions, Column.SPECIALISATIONS));
    }

    /** The cell as read, or null when the column is absent or the row stops short of it. */
    private static String cell(Record record, Map<Column, Integer> positions, Column column) {
        Integer at = positions.get(column);
        return at == null || at >= record.cells().size() ? null : record.cells().get(at);
    }

    private static RosterFileException refused(List<FileProblem> problems) {
        return new RosterFileException(Reason.INVALID, problems);
    }

    private static String normalised(String headerCell) {
        return headerCell.strip().toLowerCase(Locale.ROOT);
    }

    private static String thousands(int count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    private static String label(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + "MB";
        }
        if (bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
            return size.toKilobytes() + "KB";
        }
        return bytes + " bytes";
    }
}
