package fr.passerelle.learner.rest;

import fr.passerelle.shared.i18n.Bundles;
import fr.passerelle.shared.i18n.Language;
import fr.passerelle.shared.i18n.Message;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A student file refused as a whole: nothing was imported. Carries every problem found (up to a bound), each with
 * the line and column it concerns when there is one, and a reason that decides the HTTP status and the GraphQL
 * user-error code.
 */
public class RosterFileException extends RuntimeException {

    /** Why the file was refused. */
    public enum Reason {
        /** The bytes are not UTF-8 text. */
        NOT_UTF8,
        /** The file is larger than the configured limit. */
        TOO_LARGE,
        /** The file holds more rows than one import takes. */
        TOO_MANY_ROWS,
        /** The file is not a student file as documented: empty, bad header, broken CSV, formula cells… */
        INVALID
    }

    /**
     * One problem of the file.
     *
     * @param line the physical line (the header is line 1), or null when about the whole file
     * @param column the column name (or a cell's position when it has no name), or null
     * @param message a sentence that says what is wrong and how to fix it, written in the reader's language
     */
    public record FileProblem(Integer line, String column, Message message) {
    }

    private final Reason reason;
    private final transient List<FileProblem> problems;

    public RosterFileException(Reason reason, List<FileProblem> problems) {
        super(problems.stream().map(problem -> Bundles.render(problem.message(), Language.EN))
                .collect(Collectors.joining(" ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refused file needs at least one problem");
        }
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    /** One problem: the key of its sentence in {@code i18n/errors} and the sentence's arguments. */
    public static RosterFileException of(Reason reason, Integer line, String column, String key, Object... arguments) {
        return new RosterFileException(reason, List.of(new FileProblem(line, column, Message.of(key, arguments))));
    }

    public Reason reason() {
        return reason;
    }

    public List<FileProblem> problems() {
        return problems;
    }
}
