package fr.passerelle.learner.port.in;

import fr.passerelle.learner.model.Academic;
import fr.passerelle.learner.model.CefrLevel;
import fr.passerelle.shared.model.WebAddress;
import fr.passerelle.shared.validation.Checks;
import fr.passerelle.shared.validation.DateWindow;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import fr.passerelle.shared.validation.TextKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The academic part as sent (the school itself is not part of it: a learner changes school through their school's
 * staff or an admin). {@link #validate} checks the shapes; the service checks the program against the school.
 */
public record AcademicCommand(String externalStudentId, String programCode, Integer graduationYear,
                              List<String> specialisations, List<ProjectInput> projects, List<LanguageInput> languages) {

    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2}");
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    /** An academic project as sent. */
    public record ProjectInput(String title, String description, Integer year, String url) {
    }

    /** A language as sent. */
    public record LanguageInput(String code, CefrLevel level) {
    }

    /** Graduation years accepted around the current one: alumni decades back, programs a few years ahead. */
    static final int YEARS_BACK = 60;
    static final int YEARS_AHEAD = 8;

    /** The part checked; a project's year falls in a person's lifetime ({@link DateWindow#lifetime}). */
    public Academic validate(String schoolId, LocalDate today) {
        var checks = new Checks();
        DateWindow years = DateWindow.lifetime(today);
        String external = checks.optionalText("externalStudentId", externalStudentId, Limits.CODE);
        String program = checks.optionalText("programCode", programCode, Limits.CODE);
        checks.year("graduationYear", graduationYear,
                new DateWindow(today.minusYears(YEARS_BACK), today.plusYears(YEARS_AHEAD)));
        List<String> cleanSpecialisations = checks.texts("specialisations", specialisations, Limits.SHORT_TEXT);
        List<Academic.Project> cleanProjects = new ArrayList<>();
        List<ProjectInput> givenProjects = checks.list("projects", projects);
        for (int i = 0; i < givenProjects.size(); i++) {
            ProjectInput p = givenProjects.get(i);
            String path = "projects." + i;
            String title = checks.text(path + ".title", p.title(), Limits.NAME);
            String description = checks.optionalText(path + ".description", p.description(), Limits.LONG_TEXT,
                    TextKind.PROSE);
            checks.year(path + ".year", p.year(), years);
            var url = checks.parse(path + ".url", p.url() == null || p.url().isBlank() ? null : p.url(), WebAddress::of);
            cleanProjects.add(new Academic.Project(title, description, p.year(), url));
        }
        List<Academic.Language> cleanLanguages = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<LanguageInput> givenLanguages = checks.list("languages", languages);
        for (int i = 0; i < givenLanguages.size(); i++) {
            LanguageInput l = givenLanguages.get(i);
            String path = "languages." + i;
            String code = l.code() == null ? "" : l.code().strip().toLowerCase(Locale.ROOT);
            if (!LANGUAGE_CODE.matcher(code).matches() || !ISO_LANGUAGES.contains(code)) {
                checks.add(path + ".code", ErrorCode.INVALID, "error.language.code");
            } else if (!seen.add(code)) {
                checks.add(path + ".code", ErrorCode.DUPLICATE, "error.language.twice");
            }
            checks.required(path + ".level", l.level());
            cleanLanguages.add(new Academic.Language(code, l.level()));
        }
        checks.throwIfAny();
        return new Academic(schoolId, schoolId == null ? null : external, program, graduationYear,
                cleanSpecialisations, cleanProjects, cleanLanguages);
    }
}
