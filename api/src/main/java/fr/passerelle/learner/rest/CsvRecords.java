package fr.passerelle.learner.rest;

import fr.passerelle.learner.rest.RosterFileException.Reason;
import fr.passerelle.shared.i18n.Message;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records one at a time (RFC 4180): cells separated by a delimiter; a cell in double quotes may hold
 * delimiters, line breaks and doubled quotes ({@code ""} for one {@code "}); records end with CRLF, LF or a lone CR
 * (old Mac exports). A quote inside an unquoted cell is kept as text. Structural errors (a quote never closed, text
 * after a closing quote) refuse the file, naming the line.
 *
 * <p>The delimiter is a comma or a semicolon (French spreadsheets): the first one met outside quotes in the first
 * record, the header, decides; the other is then ordinary text. A byte order mark before the header is skipped.
 */
public final class CsvRecords {

    /**
     * One record.
     *
     * @param line physical line where it starts (the first line is 1)
     * @param cells its cells, at most the {@code maxCells} asked for
     * @param cellCount how many cells it has, counting those not kept
     */
    public record Record(int line, List<String> cells, int cellCount) {

        public boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private static final int NONE = -2;
    private static final int END = -1;

    private final Reader in;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private int pushedBack = NONE;
    private boolean started;
    /** 0 until the header shows which. */
    private char delimiter;
    /** Physical line of the next character. */
    private int line = 1;
    /** Names of the columns, for messages once the header is read. */
    private List<String> columnNames = List.of();

    public CsvRecords(Reader in) {
        this.in = in;
    }

    public void nameColumns(List<String> names) {
        this.columnNames = List.copyOf(names);
    }

    public char delimiter() {
        return delimiter == 0 ? ',' : delimiter;
    }

    /**
     * The next record, or null at the end of the file.
     *
     * @param maxCells cells kept; further cells are only counted, so a broken line cannot fill the memory
     */
    public Record next(int maxCells) throws IOException {
        if (!started) {
            started = true;
            int first = read();
            if (first != '\uFEFF') {
                unread(first);
            }
        }
        int c = read();
        if (c == END) {
            return null;
        }
        int startLine = line;
        List<String> cells = new ArrayList<>();
        int cellCount = 0;
        StringBuilder cell = new StringBuilder();
        while (true) {
            cell.setLength(0);
            if (c == '"') {
                int quoteLine = line;
                while (true) {
                    c = read();
                    if (c == END) {
                        throw RosterFileException.of(Reason.INVALID, quoteLine, columnName(cellCount),
                                "error.roster.file.unclosed-quote", place(quoteLine, cellCount));
                    }
                    if (c == '"') {
                        c = read();
                        if (c != '"') {
                            break;
                        }
                    } else if (c == '\r') {
                        int after = read();
                        if (after == '\n') {
                            cell.append('\r');
                            c = '\n';
                        } else {
                            unread(after);
                        }
                        line++;
                    } else if (c == '\n') {
                        line++;
                    }
                    cell.append((char) c);
                }
                if (!isDelimiter(c) && c != '\r' && c != '\n' && c != END) {
                    throw RosterFileException.of(Reason.INVALID, line, columnName(cellCount),
                            "error.roster.file.text-after-quote", place(line, cellCount));
                }
            } else {
                while (!isDelimiter(c) && c != '\r' && c != '\n' && c != END) {
                    cell.append((char) c);
                    c = read();
                }
            }
            if (cellCount++ < maxCells) {
                cells.add(cell.toString());
            }
            if (isDelimiter(c)) {
                c = read();
                continue;
            }
            if (c == '\r') {
                int after = read();
                if (after != '\n') {
                    unread(after);
                }
                line++;
            } else if (c == '\n') {
                line++;
            }
            return new Record(startLine, cells, cellCount);
        }
    }

    private boolean isDelimiter(int c) {
        if (delimiter == 0 && (c == ',' || c == ';')) {
            delimiter = (char) c;
        }
        return c == delimiter;
    }

    private String columnName(int index) {
        return index < columnNames.size() ? columnNames.get(index) : null;
    }

    /** "Line 3, column first_name", or "Line 3, cell 5" past the named columns. */
    private Message place(int line, int index) {
        String name = columnName(index);
        return name != null ? Message.of("error.roster.file.at-column", line, name)
                : Message.of("error.roster.file.at-cell", line, index + 1);
    }

    private int read() throws IOException {
        if (pushedBack != NONE) {
            int c = pushedBack;
            pushedBack = NONE;
            return c;
        }
        while (position == limit) {
            int n = in.read(buffer, 0, buffer.length);
            if (n < 0) {
                return END;
            }
            position = 0;
            limit = n;
        }
        return buffer[position++];
    }

    private void unread(int c) {
        pushedBack = c;
    }
}
