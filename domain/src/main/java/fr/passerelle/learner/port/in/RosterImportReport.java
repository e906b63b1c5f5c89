package fr.passerelle.learner.port.in;

import fr.passerelle.shared.i18n.Message;
import java.util.List;

/**
 * What an import did: external ids created, updated and left unchanged, and each rejected row with its reasons.
 * Rejected rows changed nothing; the others were applied.
 */
public record RosterImportReport(List<String> created, List<String> updated, List<String> unchanged,
                                 List<Rejection> rejected) {

    public RosterImportReport {
        created = List.copyOf(created);
        updated = List.copyOf(updated);
        unchanged = List.copyOf(unchanged);
        rejected = List.copyOf(rejected);
    }

    /** A rejected row: its line, its external id when readable, and every problem found. */
    public record Rejection(int line, String externalStudentId, List<Problem> problems) {
    }

    /** One problem of a row; {@code column} is the file's column name, null for the whole row. */
    public record Problem(String column, Message message) {
    }
}
