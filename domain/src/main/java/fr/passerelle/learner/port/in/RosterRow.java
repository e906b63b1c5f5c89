package fr.passerelle.learner.port.in;

/**
 * One row of a school's student file, as read (all text, unparsed): the import validates it.
 *
 * @param line the row's line number in the file (the header is line 1), for the report
 */
public record RosterRow(int line, String externalStudentId, String firstName, String lastName, String email,
                        String phone, String birthDate, String learnerType, String programCode,
                        String graduationYear, String specialisations) {
}
