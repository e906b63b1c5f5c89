package fr.passerelle.crm.port.in;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.i18n.Message;
import java.util.List;

/**
 * Importing contacts from a file's rows (school admins and admissions). Each row is checked on its own: a row that
 * breaks a rule is rejected with its problems, a row naming a person the school already has (same normalised e-mail
 * or phone, earlier rows of the file included) is reported with that contact and not created, the others are created.
 * Importing the same file again therefore creates nothing.
 */
public interface ContactImports {

    /** The most rows one import takes. */
    int MAX_ROWS = 1_000;

    /** One row as read, every cell a text (null when empty or absent), {@code tags} separated by semicolons. */
    record Row(int line, String givenName, String familyName, String email, String phone, String postalCode,
               String city, String birthYear, String situation, String source, String campaign, String tags) {
    }

    /** What an import did. */
    record Report(int rows, List<String> createdIds, List<Existing> existing, List<Rejection> rejections) {
    }

    /** A row naming a contact the school already has. */
    record Existing(int line, String contactId) {
    }

    /** A rejected row and every problem of it, by column. */
    record Rejection(int line, List<Problem> problems) {
    }

    /** @param column the file's column name, or null when about the whole row */
    record Problem(String column, Message message) {
    }

    /** @throws fr.passerelle.shared.validation.BusinessRuleViolation when there are more than {@link #MAX_ROWS} rows */
    Report importRows(Actor actor, String schoolId, List<Row> rows);
}
