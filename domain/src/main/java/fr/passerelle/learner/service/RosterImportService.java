package fr.passerelle.learner.service;

import fr.passerelle.learner.model.Academic;
import fr.passerelle.learner.model.ArrivalSource;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.model.LearnerEvents;
import fr.passerelle.learner.model.LearnerIdentity;
import fr.passerelle.learner.model.LearnerType;
import fr.passerelle.learner.port.in.AcademicCommand;
import fr.passerelle.learner.port.in.IdentityCommand;
import fr.passerelle.learner.port.in.RosterImportReport;
import fr.passerelle.learner.port.in.RosterImportReport.Problem;
import fr.passerelle.learner.port.in.RosterImportReport.Rejection;
import fr.passerelle.learner.port.in.RosterImports;
import fr.passerelle.learner.port.in.RosterRow;
import fr.passerelle.learner.port.out.Learners;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Tenant;
import fr.passerelle.school.model.School;
import fr.passerelle.school.port.out.Schools;
import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.error.DuplicateKeyException;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.EventFactory;
import fr.passerelle.shared.model.PlatformCalendar;
import fr.passerelle.shared.port.IdGenerator;
import fr.passerelle.shared.i18n.Message;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import java.time.Clock;
import java.time.LocalDate;
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
import java.util.function.Supplier;
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
            "email", "email", "phone", "phone", "birthDate", "birth_date", "externalStudentId", "external_id",
            "programCode", "program_code", "graduationYear", "graduation_year", "specialisations", "specialisations");

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
            throw new ForbiddenException("error.forbidden.roster-import");
        }
        if (rows.size() > MAX_ROWS) {
            throw BusinessRuleViolation.of("rows", ErrorCode.OUT_OF_RANGE,
                    "error.roster.too-many-rows", rows.size(), MAX_ROWS);
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

    /** A row that passed every rule: the identity, type and academic part (projects and languages empty). */
    private record Valid(RosterRow row, LearnerIdentity identity, LearnerType type, Academic academic) {
    }

    private Optional<Valid> validate(RosterRow row, School school, Set<String> seen, Report report) {
        List<Problem> problems = new ArrayList<>();
        String externalId = trimmed(row.externalStudentId());
        if (externalId == null) {
            problems.add(new Problem("external_id", Message.of("error.value.required")));
        } else if (!seen.add(externalId)) {
            problems.add(new Problem("external_id", Message.of("error.roster.id-repeated")));
        }
        LocalDate today = PlatformCalendar.today(clock);
        LearnerIdentity identity = collecting(problems, () -> new IdentityCommand(row.firstName(), row.lastName(),
                row.email(), row.phone(), date(row.birthDate(), problems), null).validate(today));
        LearnerType type = type(row.learnerType(), problems);
        Integer year = wholeNumber(row.graduationYear(), problems);
        String givenProgram = trimmed(row.programCode());
        String program = givenProgram == null ? null
                : collecting(problems, () -> LearnerService.programOf(school, givenProgram));
        Academic academic = collecting(problems, () -> new AcademicCommand(externalId, program, year,
                specialisations(row.specialisations()), List.of(), List.of()).validate(school.id(), today));
        if (!problems.isEmpty()) {
            report.rejected.add(new Rejection(row.line(), externalId, problems));
            return Optional.empty();
        }
        return Optional.of(new Valid(row, identity, type, academic));
    }

    /** The command's result, or null with its violations added as problems of the file's columns. */
    private static <T> T collecting(List<Problem> problems, Supplier<T> validation) {
        try {
            return validation.get();
        } catch (BusinessRuleViolation invalid) {
            for (Violation v : invalid.violations()) {
                String field = v.field().isEmpty() ? null : v.field().get(0);
                problems.add(new Problem(COLUMNS.getOrDefault(field, field), v.message()));
            }
            return null;
        }
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
                    insert(actor, row);
                    report.created.add(externalId);
                } else if (update(actor, current, row)) {
                    report.updated.add(externalId);
                } else {
                    report.unchanged.add(externalId);
                }
            } catch (DuplicateKeyException | ConcurrentUpdateException raced) {
                report.rejected.add(new Rejection(row.row().line(), externalId, List.of(new Problem(null,
                        Message.of("error.roster.row-raced")))));
            }
        }
    }

    private void insert(Actor actor, Valid row) {
        Learner learner = Learner.register(ids.newId(), null, row.identity(), row.type(), ArrivalSource.SCHOOL_IMPORT,
                row.academic(), actor.subject(), clock.instant());
        learners.insert(learner, events.created(LearnerEvents.IMPORTED, LearnerService.initiator(actor, learner),
                learner, LearnerService.attributes(learner)));
    }

    /** True when something changed. */
    private boolean update(Actor actor, Learner current, Valid row) {
        Academic filed = row.academic();
        Academic academic = new Academic(filed.schoolId(), filed.externalStudentId(), filed.programCode(),
                filed.graduationYear(), filed.specialisations(), current.academic().projects(),
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
            problems.add(new Problem("birth_date", Message.of("error.roster.date-format")));
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
            problems.add(new Problem("learner_type", Message.of("error.roster.learner-type", Arrays.stream(LearnerType.values()).map(LearnerType::name).collect(Collectors.joining(", ")))));
            return null;
        }
    }

    /** The graduation year's text as a number; its range is the academic command's rule. */
    private static Integer wholeNumber(String raw, List<Problem> problems) {
        String value = trimmed(raw);
        if (value == null) {
            return null;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            problems.add(new Problem("graduation_year", Message.of("error.roster.year-format")));
            return null;
        }
    }

    /** Semicolon-separated, as spreadsheets export multi-valued cells. */
    private static List<String> specialisations(String raw) {
        String value = trimmed(raw);
        return value == null ? List.of() : Arrays.stream(value.split(";")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
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
