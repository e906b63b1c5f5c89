package fr.passerelle.learner.service;

import fr.passerelle.learner.model.Academic;
import fr.passerelle.learner.model.ArrivalSource;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.model.LearnerEvents;
import fr.passerelle.learner.model.LearnerIdentity;
import fr.passerelle.learner.model.LearnerType;
import fr.passerelle.learner.port.in.IdentityCommand;
import fr.passerelle.learner.port.in.RosterImportReport;
import fr.passerelle.learner.port.in.RosterImportReport.Problem;
import fr.passerelle.learner.port.in.RosterImportReport.Rejection;
import fr.passerelle.learner.port.in.RosterImports;
import fr.passerelle.learner.port.in.RosterRow;
import fr.passerelle.learner.port.out.Learners;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.school.model.Program;
import fr.passerelle.school.model.School;
import fr.passerelle.school.port.out.Schools;
import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Limits;
import fr.passerelle.shared.validation.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports a school's students. Rows are handled in chunks: one read finds the chunk's existing learners, then each
 * row is one atomic write (with its event). A learner who has claimed their profile owns their identity: an import
 * then updates only the academic part.
 */
public class RosterImportService implements RosterImports {

    /** Rows looked up together: one read of existing learners per chunk. */
    static final int CHUNK = 500;
    /** Column names as the file spells them, for the report. */
    static final Map<String, String> COLUMNS = Map.of("firstName", "first_name", "lastName", "last_name",
            "email", "email", "phone", "phone", "birthDate", "birth_date");

    private final Learners learners;
    private final Schools schools;
    private final IdGenerator ids;
    private final EventFactory events;
    private final Clock clock;

    public RosterImportService(Learners learners, Schools schools, IdGenerator ids, EventFactory events,
                               Clock clock) {
        this.learners = learners;
        this.schools = schools;
        this.ids = ids;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public RosterImportReport importRoster(Actor actor, String schoolId, List<RosterRow> rows) {
        Tenant tenant = Tenant.school(schoolId);
        School school = schools.findById(schoolId).filter(s -> actor.canRead(tenant))
                .orElseThrow(() -> new NotFoundException("School", schoolId));
        if (!actor.canManage(tenant)) {
            throw new ForbiddenException("import the school's students");
        }
        if (rows.size() > MAX_ROWS) {
            throw BusinessRuleViolation.of("rows", ErrorCode.OUT_OF_RANGE,
                    "holds " + rows.size() + " rows; an import takes at most " + MAX_ROWS);
        }
        var report = new Report();
        Set<String> seen = new HashSet<>();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Valid> valid = new ArrayList<>();
            for (RosterRow row : rows.subList(from, Math.min(from + CHUNK, rows.size()))) {
                validate(row, school, seen, report).ifPresent(valid::add);
            }
            apply(actor, school, valid, report);
        }
        return report.build();
    }

    private record Valid(RosterRow row, LearnerIdentity identity, LearnerType type, String programCode,
                         Integer graduationYear, List<String> specialisations) {
    }

    private Optional<Valid> validate(RosterRow row, School school, Set<String> seen, Report report) {
        List<Problem> problems = new ArrayList<>();
        String externalId = trimmed(row.externalStudentId());
        if (externalId == null) {
            problems.add(new Problem("external_id", "is required"));
        } else if (externalId.length() > Limits.CODE) {
            problems.add(new Problem("external_id", "must be at most " + Limits.CODE + " characters"));
        } else if (!seen.add(externalId)) {
            problems.add(new Problem("external_id", "appears on an earlier line of the file"));
        }
        LearnerIdentity identity = null;
        try {
            identity = new IdentityCommand(row.firstName(), row.lastName(), row.email(), row.phone(),
                    date(row.birthDate(), problems), null).validate(PlatformCalendar.today(clock));
        } catch (BusinessRuleViolation invalid) {
            for (Violation v : invalid.violations()) {
                problems.add(new Problem(COLUMNS.getOrDefault(v.field().get(0), v.field().get(0)), v.message()));
            }
        }
        LearnerType type = type(row.learnerType(), problems);
        String program = trimmed(row.programCode());
        if (program != null) {
            program = school.programs().stream().map(Program::code).filter(code -> code.equalsIgnoreCase(
                    trimmed(row.programCode()))).findFirst().orElse(null);
            if (program == null) {
                problems.add(new Problem("program_code", "is not a program of " + school.profile().name()));
            }
        }
        Integer year = graduationYear(row.graduationYear(), problems);
        List<String> specialisations = specialisations(row.specialisations(), problems);
        if (!problems.isEmpty()) {
            report.rejected.add(new Rejection(row.line(), externalId, problems));
            return Optional.empty();
        }
        return Optional.of(new Valid(row, identity, type, program, year, specialisations));
    }

    private void apply(Actor actor, School school, List<Valid> rows, Report report) {
        Map<String, Learner> existing = learners.findBySchoolAndExternalIds(school.id(),
                        rows.stream().map(v -> trimmed(v.row().externalStudentId())).toList()).stream()
                .collect(Collectors.toMap(l -> l.academic().externalStudentId(), Function.identity()));
        for (Valid row : rows) {
            String externalId = trimmed(row.row().externalStudentId());
            Learner current = existing.get(externalId);
            try {
                if (current == null) {
                    insert(actor, school, row, externalId);
                    report.created.add(externalId);
                } else if (update(actor, current, row)) {
                    report.updated.add(externalId);
                } else {
                    report.unchanged.add(externalId);
                }
            } catch (DuplicateKeyException | ConcurrentUpdateException raced) {
                report.rejected.add(new Rejection(row.row().line(), externalId, List.of(new Problem(null,
                        "was changed by someone else during the import; import the file again to apply it"))));
            }
        }
    }

    private void insert(Actor actor, School school, Valid row, String externalId) {
        Academic academic = new Academic(school.id(), externalId, row.programCode(), row.graduationYear(),
                row.specialisations(), List.of(), List.of());
        Learner learner = Learner.register(ids.newId(), null, row.identity(), row.type(), ArrivalSource.SCHOOL_IMPORT,
                academic, actor.subject(), clock.instant());
        learners.insert(learner, events.created(LearnerEvents.IMPORTED, LearnerService.initiator(actor, learner),
                learner, LearnerService.attributes(learner)));
    }

    /** True when something changed. */
    private boolean update(Actor actor, Learner current, Valid row) {
        Academic academic = new Academic(current.academic().schoolId(), current.academic().externalStudentId(),
                row.programCode(), row.graduationYear(), row.specialisations(), current.academic().projects(),
                current.academic().languages());
        Learner changed = current.withAcademic(academic, clock.instant());
        if (current.subject() == null) {
            // The file has no address column: keep the address someone entered on the platform.
            LearnerIdentity fromFile = row.identity();
            LearnerIdentity merged = new LearnerIdentity(fromFile.firstName(), fromFile.lastName(), fromFile.email(),
                    fromFile.phone(), fromFile.birthDate(), current.identity().address());
            changed = changed.withIdentity(merged, row.type(), current.status(), clock.instant());
        }
        if (changed == current) {
            return false;
        }
        learners.update(changed, events.changed(LearnerEvents.IMPORTED, LearnerService.initiator(actor, changed),
                current, changed, LearnerService.attributes(changed)));
        return true;
    }

    private static LocalDate date(String raw, List<Problem> problems) {
        String value = trimmed(raw);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new Problem("birth_date", "must be a date written YYYY-MM-DD"));
            return null;
        }
    }

    private static LearnerType type(String raw, List<Problem> problems) {
        String value = trimmed(raw);
        if (value == null) {
            return LearnerType.STUDENT;
        }
        try {
            return LearnerType.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("learner_type", "must be one of " + Arrays.toString(LearnerType.values())));
            return null;
        }
    }

    private Integer graduationYear(String raw, List<Problem> problems) {
        String value = trimmed(raw);
        if (value == null) {
            return null;
        }
        int thisYear = Year.from(PlatformCalendar.today(clock)).getValue();
        try {
            int year = Integer.parseInt(value);
            if (year < thisYear - 60 || year > thisYear + 8) {
                problems.add(new Problem("graduation_year", "must be between " + (thisYear - 60) + " and "
                        + (thisYear + 8)));
                return null;
            }
            return year;
        } catch (NumberFormatException e) {
            problems.add(new Problem("graduation_year", "must be a year such as " + thisYear));
            return null;
        }
    }

    /** Semicolon-separated, as spreadsheets export multi-valued cells. */
    private static List<String> specialisations(String raw, List<Problem> problems) {
        String value = trimmed(raw);
        if (value == null) {
            return List.of();
        }
        List<String> items = Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .distinct().toList();
        if (items.size() > Limits.LIST || items.stream().anyMatch(s -> s.length() > Limits.SHORT_TEXT)) {
            problems.add(new Problem("specialisations", "must list at most " + Limits.LIST + " items of at most "
                    + Limits.SHORT_TEXT + " characters"));
        }
        return items;
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static final class Report {
        final List<String> created = new ArrayList<>();
        final List<String> updated = new ArrayList<>();
        final List<String> unchanged = new ArrayList<>();
        final List<Rejection> rejected = new ArrayList<>();

        RosterImportReport build() {
            return new RosterImportReport(created, updated, unchanged, rejected);
        }
    }
}
