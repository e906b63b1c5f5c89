package fr.passerelle.learner.model;

import fr.passerelle.shared.model.WebAddress;
import java.util.List;

/**
 * The academic part of a profile, which the learner's school staff maintain.
 *
 * @param schoolId          the school, or null for an independent learner
 * @param externalStudentId the school's own id of the student (unique per school; what imports match on)
 * @param programCode       one of the school's program codes
 */
public record Academic(String schoolId, String externalStudentId, String programCode, Integer graduationYear,
                       List<String> specialisations, List<Project> projects, List<Language> languages) {

    public static final Academic NONE = new Academic(null, null, null, null, List.of(), List.of(), List.of());

    public Academic {
        specialisations = List.copyOf(specialisations);
        projects = List.copyOf(projects);
        languages = List.copyOf(languages);
    }

    public boolean isIndependent() {
        return schoolId == null;
    }

    /** An academic project; {@code url} shows it. */
    public record Project(String title, String description, Integer year, WebAddress url) {
    }

    /** A language (ISO 639-1 code, lower case) and the level reached. */
    public record Language(String code, CefrLevel level) {
    }
}
