package fr.passerelle.learner.service;

import static fr.passerelle.learner.service.LearnerScene.KEY_A;
import static fr.passerelle.learner.service.LearnerScene.SCHOOL_A;
import static fr.passerelle.learner.service.LearnerScene.SCHOOL_B;
import static fr.passerelle.testing.Sentences.french;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.passerelle.learner.model.Academic;
import fr.passerelle.learner.model.ArrivalSource;
import fr.passerelle.learner.model.Learner;
import fr.passerelle.learner.model.LearnerEvents;
import fr.passerelle.learner.model.LearnerIdentity;
import fr.passerelle.learner.model.LearnerStatus;
import fr.passerelle.learner.model.LearnerType;
import fr.passerelle.learner.port.in.AcademicCommand;
import fr.passerelle.learner.port.in.IdentityCommand;
import fr.passerelle.learner.port.in.RosterImportReport;
import fr.passerelle.learner.port.in.RosterImportReport.Problem;
import fr.passerelle.learner.port.in.RosterImportReport.Rejection;
import fr.passerelle.learner.port.in.RosterImports;
import fr.passerelle.learner.port.in.RosterRow;
import fr.passerelle.learner.service.LearnerScene.Who;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.event.DomainEvent;
import fr.passerelle.shared.event.Initiator;
import fr.passerelle.shared.i18n.Message;
import fr.passerelle.shared.model.AddressDraft;
import fr.passerelle.shared.model.EmailAddress;
import fr.passerelle.shared.validation.ErrorCode;
import fr.passerelle.shared.validation.Violation;
import fr.passerelle.testing.DomainEvents;
import fr.passerelle.testing.Fixtures;
import fr.passerelle.testing.InMemoryLearners;
import fr.passerelle.testing.Outcome;
import fr.passerelle.testing.Violations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RosterImportServiceTest {

    private static final Initiator ADMIN_OF_A = new Initiator("admin-a", Set.of(), KEY_A, null, null);
    private static final Initiator PLATFORM_ADMIN_FOR_A =
            new Initiator("platform-admin", Set.of("PLATFORM_ADMIN"), null, KEY_A, null);
    private static final List<String> SET_BY_IMPORT = List.of("identity", "type", "status", "source", "academic",
            "skills", "background", "career", "readinessScore", "createdBy");
    private static final Message RACED = Message.of("error.roster.row-raced");

    private final LearnerScene scene = new LearnerScene();
    private final InMemoryLearners learners = scene.learners;
    private final RosterImportService service = new RosterImportService(learners, scene.schools,
            Fixtures.countingIds("imported-"), Fixtures.events(), Fixtures.CLOCK);
    private final LearnerService learnerService = new LearnerService(learners, scene.schools,
            Fixtures.countingIds("learner-"), Fixtures.events(), Fixtures.CLOCK);

    /** A valid row of school A's file; the e-mail derives from the external id. */
    private static RosterRow row(int line, String externalId) {
        return new RosterRow(line, externalId, "Prénom", "Nom " + externalId,
                externalId.toLowerCase(Locale.ROOT) + "@ecole-a.fr", "+33 6 12 34 56 78", "2004-05-06", "student",
                "bts-son", "2026", "Prise de son; Mixage; Prise de son");
    }

    /** The row with one column (named as in the file) replaced. */
    private static RosterRow with(RosterRow r, String column, String value) {
        return switch (column) {
            case "external_id" -> new RosterRow(r.line(), value, r.firstName(), r.lastName(), r.email(), r.phone(),
                    r.birthDate(), r.learnerType(), r.programCode(), r.graduationYear(), r.specialisations());
            case "first_name" -> new RosterRow(r.line(), r.externalStudentId(), value, r.lastName(), r.email(),
                    r.phone(), r.birthDate(), r.learnerType(), r.programCode(), r.graduationYear(), r.specialisations());
            case "last_name" -> new RosterRow(r.line(), r.externalStudentId(), r.firstName(), value, r.email(),
                    r.phone(), r.birthDate(), r.learnerType(), r.programCode(), r.graduationYear(), r.specialisations());
            case "email" -> new RosterRow(r.line(), r.externalStudentId(), r.firstName(), r.lastName(), value,
                    r.phone(), r.birthDate(), r.learnerType(), r.programCode(), r.graduationYear(), r.specialisations());
            case "phone" -> new RosterRow(r.line(), r.externalStudentId(), r.firstName(), r.lastName(), r.email(),
                    value, r.birthDate(), r.learnerType(), r.programCode(), r.graduationYear(), r.specialisations());
            case "birth_date" -> new RosterRow(r.line(), r.externalStudentId(), r.firstName(), r.lastName(), r.email(),
                    r.phone(), value, r.learnerType(), r.programCode(), r.graduationYear(), r.specialisations());
            case "learner_type" -> new RosterRow(r.line(), r.externalStudentId(), r.firstName(), r.lastName(),
                    r.email(), r.phone(), r.birthDate(), value, r.programCode(), r.graduationYear(), r.specialisations());
            case "program_code" -> new RosterRow(r.line(), r.externalStudentId(), r.firstName(), r.lastName(),
                    r.email(), r.phone(), r.birthDate(), r.learnerType(), value, r.graduationYear(), r.specialisations());
            case "graduation_year" -> new RosterRow(r.line(), r.externalStudentId(), r.firstName(), r.lastName(),
                    r.email(), r.phone(), r.birthDate(), r.learnerType(), r.programCode(), value, r.specialisations());
            case "specialisations" -> new RosterRow(r.line(), r.externalStudentId(), r.firstName(), r.lastName(),
                    r.email(), r.phone(), r.birthDate(), r.learnerType(), r.programCode(), r.graduationYear(), value);
            default -> throw new IllegalArgumentException(column);
        };
    }

    /** {@code count} valid rows with external ids E0001, E0002…, on lines 2, 3… */
    private static List<RosterRow> rows(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> row(i + 1, "E%04d".formatted(i))).toList();
    }

    private static List<String> externalIds(List<RosterRow> rows) {
        return rows.stream().map(RosterRow::externalStudentId).toList();
    }

    private Actor as(Who who) {
        return scene.as(who);
    }

    private RosterImportReport importA(List<RosterRow> rows) {
        return service.importRoster(as(Who.ADMIN_OF_SCHOOL_A), SCHOOL_A, rows);
    }

    private Learner storedByExternalId(String schoolId, String externalId) {
        return learners.findBySchoolAndExternalIds(schoolId, List.of(externalId)).stream().findFirst().orElseThrow();
    }

    private static List<String> columnsOf(Rejection rejection) {
        return rejection.problems().stream().map(Problem::column).toList();
    }

    @Nested
    class Authorization {

        @ParameterizedTest(name = "{0} importing into school A: {1}")
        @CsvSource({
                "PLATFORM_ADMIN,    OK",
                "ADMIN_OF_SCHOOL_A, OK",
                "STAFF_OF_SCHOOL_A, FORBIDDEN",
                "ADVISOR,           FORBIDDEN",
                "ADMIN_OF_SCHOOL_B, NOT_FOUND",
                "RECRUITER,         NOT_FOUND",
                "THE_LEARNER,       NOT_FOUND",
                "ANOTHER_LEARNER,   NOT_FOUND",
        })
        void school_admins_and_platform_admins_import(Who who, Outcome expected) {
            assertThat(Outcome.of(() -> service.importRoster(as(who), SCHOOL_A, List.of(row(2, "E-1")))))
                    .isEqualTo(expected);

            assertThat(learners.size()).isEqualTo(expected == Outcome.OK ? 4 : 3);
            assertThat(learners.events()).hasSize(expected == Outcome.OK ? 1 : 0);
        }

        @Test
        void a_missing_school_is_not_found_even_for_a_platform_admin() {
            assertThatThrownBy(() -> service.importRoster(as(Who.PLATFORM_ADMIN), "school-404", List.of(row(2, "E-1"))))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        void an_import_takes_at_most_max_rows() {
            List<RosterRow> tooMany = Collections.nCopies(RosterImports.MAX_ROWS + 1, row(2, "E-1"));

            assertThat(Violations.thrownBy(() -> service.importRoster(as(Who.PLATFORM_ADMIN), SCHOOL_A, tooMany)))
                    .extracting(Violation::field, Violation::code)
                    .containsExactly(tuple(List.of("rows"), ErrorCode.OUT_OF_RANGE));
            assertThat(learners.size()).isEqualTo(3);
            assertThat(learners.events()).isEmpty();
        }

        @Test
        void an_empty_file_does_nothing() {
            assertThat(importA(List.of()))
                    .isEqualTo(new RosterImportReport(List.of(), List.of(), List.of(), List.of()));
            assertThat(learners.externalIdLookups()).isEmpty();
        }
    }

    @Nested
    class Rows {

        @ParameterizedTest(name = "{0} = \"{1}\" is rejected")
        @CsvSource({
                "external_id,     ''",
                "external_id,     '   '",
                "external_id,     E-12345678901234567890123456789012345678901",
                "first_name,      ''",
                "last_name,       ' '",
                "email,           ''",
                "email,           not-an-email",
                "phone,           06 12 34 56 78",
                "phone,           +33 6 12",
                "birth_date,      06/05/2004",
                "birth_date,      2004-02-30",
                "birth_date,      2020-01-01",
                "birth_date,      +99999-12-31",
                "birth_date,      1800-01-01",
                "graduation_year, 20x6",
                "graduation_year, 99999",
                "graduation_year, 2034",
                "graduation_year, 1964",
                "learner_type,    ALIEN",
                "program_code,    BAC-PRO-MV",
                "program_code,    NOPE",
        })
        void a_bad_value_rejects_its_row_naming_the_column(String column, String value) {
            RosterImportReport report = importA(List.of(with(row(2, "E-1"), column, value), row(3, "E-2")));

            assertThat(report.rejected()).singleElement().satisfies(rejection -> {
                assertThat(rejection.line()).isEqualTo(2);
                assertThat(columnsOf(rejection)).containsExactly(column);
                assertThat(rejection.problems()).allSatisfy(problem -> assertThat(french(problem.message())).isNotBlank());
            });
            assertThat(report.created()).containsExactly("E-2");
            assertThat(learners.size()).isEqualTo(4);
            assertThat(learners.eventTypes()).containsExactly(LearnerEvents.IMPORTED);
        }

        @Test
        void a_rejection_names_the_external_id_when_it_is_readable() {
            RosterImportReport report = importA(List.of(with(row(2, "E-1"), "email", "nope"),
                    with(row(3, "E-2"), "external_id", " ")));

            assertThat(report.rejected()).extracting(Rejection::line, Rejection::externalStudentId)
                    .containsExactly(tuple(2, "E-1"), tuple(3, null));
        }

        @Test
        void every_problem_of_a_row_is_reported_at_once() {
            var hopeless = new RosterRow(7, " ", "", null, "nope", "0612", "yesterday", "alien", "nope", "soon",
                    "s".repeat(81));

            RosterImportReport report = importA(List.of(hopeless));

            assertThat(report.rejected()).singleElement().satisfies(rejection -> {
                assertThat(rejection.line()).isEqualTo(7);
                assertThat(columnsOf(rejection)).containsExactlyInAnyOrder("external_id", "first_name", "last_name",
                        "email", "phone", "birth_date", "learner_type", "program_code", "graduation_year",
                        "specialisations");
            });
            assertThat(learners.size()).isEqualTo(3);
        }

        @Test
        void specialisations_are_bounded() {
            String fiftyOne = String.join(";", IntStream.rangeClosed(1, 51).mapToObj(i -> "S" + i).toList());
            String fifty = String.join(";", IntStream.rangeClosed(1, 50).mapToObj(i -> "S" + i).toList());

            RosterImportReport report = importA(List.of(with(row(2, "E-1"), "specialisations", fiftyOne),
                    with(row(3, "E-2"), "specialisations", fifty)));

            assertThat(report.rejected()).extracting(Rejection::line).containsExactly(2);
            assertThat(columnsOf(report.rejected().get(0))).containsExactly("specialisations");
            assertThat(storedByExternalId(SCHOOL_A, "E-2").academic().specialisations()).hasSize(50);
        }

        @Test
        void an_external_id_seen_on_an_earlier_line_is_rejected() {
            RosterImportReport report = importA(List.of(row(2, "E-1"), row(3, "E-2"),
                    with(with(row(4, "E-1"), "external_id", " E-1 "), "first_name", "Autre")));

            assertThat(report.created()).containsExactly("E-1", "E-2");
            assertThat(report.rejected()).containsExactly(new Rejection(4, "E-1",
                    List.of(new Problem("external_id", Message.of("error.roster.id-repeated")))));
            assertThat(storedByExternalId(SCHOOL_A, "E-1").identity().firstName()).isEqualTo("Prénom");
        }

        @Test
        void a_valid_row_creates_a_school_learner_to_be_claimed() {
            RosterImportReport report = importA(List.of(with(with(row(2, "E-1"), "external_id", " E-1 "),
                    "learner_type", "career_changer")));

            assertThat(report).isEqualTo(new RosterImportReport(List.of("E-1"), List.of(), List.of(), List.of()));
            Learner created = storedByExternalId(SCHOOL_A, "E-1");
            assertThat(created.id()).isEqualTo("imported-1");
            assertThat(created.subject()).isNull();
            assertThat(created.source()).isEqualTo(ArrivalSource.SCHOOL_IMPORT);
            assertThat(created.type()).isEqualTo(LearnerType.CAREER_CHANGER);
            assertThat(created.status()).isEqualTo(LearnerStatus.PROSPECT);
            assertThat(created.identity()).isEqualTo(new LearnerIdentity("Prénom", "Nom E-1",
                    EmailAddress.of("e-1@ecole-a.fr"), "+33612345678", LocalDate.of(2004, 5, 6), null));
            assertThat(created.academic()).isEqualTo(new Academic(SCHOOL_A, "E-1", "BTS-SON", 2026,
                    List.of("Prise de son", "Mixage"), List.of(), List.of()));
            assertThat(created.createdBy()).isEqualTo("admin-a");
            assertThat(created.createdAt()).isEqualTo(Fixtures.NOW);
            assertThat(created.version()).isZero();
            assertThat(created.readinessScore()).isEqualTo(created.readinessOn(Fixtures.TODAY).score());
        }

        @Test
        void optional_columns_may_be_empty_and_the_type_defaults_to_student() {
            var minimal = new RosterRow(2, "E-1", "Jo", "Lee", "jo@ecole-a.fr", null, " ", "", null, "", null);

            importA(List.of(minimal));

            Learner created = storedByExternalId(SCHOOL_A, "E-1");
            assertThat(created.type()).isEqualTo(LearnerType.STUDENT);
            assertThat(created.identity().phone()).isNull();
            assertThat(created.identity().birthDate()).isNull();
            assertThat(created.academic()).isEqualTo(new Academic(SCHOOL_A, "E-1", null, null, List.of(), List.of(),
                    List.of()));
        }

        @Test
        void an_import_writes_learner_imported_as_a_member_of_the_school() {
            importA(List.of(row(2, "E-1")));

            assertThat(learners.events()).singleElement().usingRecursiveComparison().ignoringFields("id").isEqualTo(
                    DomainEvents.expected(LearnerEvents.IMPORTED, "Learner", "imported-1", 0, ADMIN_OF_A,
                            SET_BY_IMPORT, Map.of("school", KEY_A)));
        }

        @Test
        void a_platform_admin_imports_on_behalf_of_the_school() {
            service.importRoster(as(Who.PLATFORM_ADMIN), SCHOOL_A, List.of(row(2, "E-1")));

            assertThat(learners.events()).singleElement().extracting(DomainEvent::initiator)
                    .isEqualTo(PLATFORM_ADMIN_FOR_A);
            assertThat(storedByExternalId(SCHOOL_A, "E-1").createdBy()).isEqualTo("platform-admin");
        }

        @Test
        void an_external_id_of_another_school_is_another_learner() {
            RosterImportReport report = importA(List.of(row(2, "B-001")));

            assertThat(report.created()).containsExactly("B-001");
            assertThat(storedByExternalId(SCHOOL_A, "B-001").id()).isNotEqualTo(scene.carol.id());
            assertThat(scene.stored(scene.carol)).isEqualTo(scene.carol);
        }
    }

    @Nested
    class Reimport {

        @Test
        void importing_the_same_rows_again_changes_nothing() {
            List<RosterRow> file = List.of(row(2, "E-1"), row(3, "E-2"), row(4, "E-3"));
            importA(file);
            List<Learner> afterFirst = learners.all();
            int eventsAfterFirst = learners.events().size();

            RosterImportReport again = importA(file);

            assertThat(again).isEqualTo(new RosterImportReport(List.of(), List.of(), List.of("E-1", "E-2", "E-3"),
                    List.of()));
            assertThat(learners.all()).isEqualTo(afterFirst);
            assertThat(learners.events()).hasSize(eventsAfterFirst);
        }

        @Test
        void program_codes_match_in_any_case_and_are_stored_as_the_school_spells_them() {
            importA(List.of(with(row(2, "E-1"), "program_code", "cap-mva")));
            assertThat(storedByExternalId(SCHOOL_A, "E-1").academic().programCode()).isEqualTo("CAP-MVA");

            RosterImportReport again = importA(List.of(with(row(2, "E-1"), "program_code", "CAP-mva")));

            assertThat(again.unchanged()).containsExactly("E-1");
        }

        @Test
        void changed_rows_are_updated_with_one_event_each() {
            importA(List.of(row(2, "E-1"), row(3, "E-2"), row(4, "E-3")));
            int eventsBefore = learners.events().size();

            RosterImportReport report = importA(List.of(with(row(2, "E-1"), "last_name", "Dupont"), row(3, "E-2"),
                    with(row(4, "E-3"), "graduation_year", "2027")));

            assertThat(report).isEqualTo(new RosterImportReport(List.of(), List.of("E-1", "E-3"), List.of("E-2"),
                    List.of()));
            Learner e1 = storedByExternalId(SCHOOL_A, "E-1");
            Learner e3 = storedByExternalId(SCHOOL_A, "E-3");
            assertThat(e1.identity().lastName()).isEqualTo("Dupont");
            assertThat(e1.version()).isEqualTo(1);
            assertThat(e3.academic().graduationYear()).isEqualTo(2027);
            assertThat(e3.version()).isEqualTo(1);
            assertThat(storedByExternalId(SCHOOL_A, "E-2").version()).isZero();
            List<DomainEvent> updates = learners.events().subList(eventsBefore, learners.events().size());
            assertThat(updates).extracting(DomainEvent::type, DomainEvent::aggregateId, DomainEvent::version,
                    DomainEvent::initiator).containsExactly(
                    tuple(LearnerEvents.IMPORTED, e1.id(), 1L, ADMIN_OF_A),
                    tuple(LearnerEvents.IMPORTED, e3.id(), 1L, ADMIN_OF_A));
            assertThat(updates.get(0).changedFields()).contains("identity.lastName")
                    .doesNotContain("academic.graduationYear");
            assertThat(updates.get(1).changedFields()).contains("academic.graduationYear")
                    .doesNotContain("identity.lastName");
            assertThat(e1.readinessScore()).isEqualTo(e1.readinessOn(Fixtures.TODAY).score());
        }

        @Test
        void an_unclaimed_learner_takes_the_identity_of_the_file() {
            var carolRenamed = new RosterRow(2, "B-001", "Caroline", "Petit-Roux", "caroline@ecole-b.fr", null, null,
                    "job_seeker", "BAC-PRO-MV", "2025", null);

            RosterImportReport report =
                    service.importRoster(as(Who.ADMIN_OF_SCHOOL_B), SCHOOL_B, List.of(carolRenamed));

            assertThat(report.updated()).containsExactly("B-001");
            Learner carol = scene.stored(scene.carol);
            assertThat(carol.identity()).isEqualTo(new LearnerIdentity("Caroline", "Petit-Roux",
                    EmailAddress.of("caroline@ecole-b.fr"), null, null, null));
            assertThat(carol.type()).isEqualTo(LearnerType.JOB_SEEKER);
            assertThat(carol.academic()).isEqualTo(scene.carol.academic());
        }

        @Test
        void a_learner_who_claimed_their_profile_keeps_their_identity_and_gets_the_academic_part() {
            Learner alice = scene.alice;
            var file = new RosterRow(2, "A-001", "Alicia", "Autre", "alicia@ecole-a.fr", "+33 7 00 00 00 00",
                    "2003-01-01", "job_seeker", "cap-mva", "2027", "Mécanique");

            RosterImportReport report = importA(List.of(file));

            assertThat(report.updated()).containsExactly("A-001");
            Learner stored = scene.stored(alice);
            assertThat(stored.subject()).isEqualTo("alice");
            assertThat(stored.identity()).isEqualTo(alice.identity());
            assertThat(stored.type()).isEqualTo(alice.type());
            assertThat(stored.skills()).isEqualTo(alice.skills());
            assertThat(stored.academic()).isEqualTo(new Academic(SCHOOL_A, "A-001", "CAP-MVA", 2027,
                    List.of("Mécanique"), List.of(), List.of()));
            assertThat(learners.events()).singleElement().satisfies(event -> {
                assertThat(event.type()).isEqualTo(LearnerEvents.IMPORTED);
                assertThat(event.changedFields()).filteredOn(field -> !field.equals("readinessScore"))
                        .containsExactly("academic.programCode", "academic.graduationYear",
                                "academic.specialisations");
            });
        }

        @Test
        void a_claimed_learners_row_differing_only_in_identity_is_unchanged() {
            var file = new RosterRow(2, "A-001", "Alicia", "Autre", "alicia@ecole-a.fr", null, null, null, "BTS-SON",
                    "2026", "Prise de son");

            RosterImportReport report = importA(List.of(file));

            assertThat(report.unchanged()).containsExactly("A-001");
            assertThat(scene.stored(scene.alice)).isEqualTo(scene.alice);
            assertThat(learners.events()).isEmpty();
        }

        @Test
        void the_academic_projects_and_languages_the_file_does_not_carry_are_kept() {
            learnerService.updateAcademic(as(Who.STAFF_OF_SCHOOL_A), scene.alice.id(),
                    new AcademicCommand("A-001", "BTS-SON", 2026, List.of("Prise de son"),
                            List.of(new AcademicCommand.ProjectInput("Court métrage", null, 2024, null)), List.of()),
                    0L);

            RosterImportReport report = importA(List.of(new RosterRow(2, "A-001", "Alice", "Martin",
                    "alice@mail.test", null, null, null, "BTS-SON", "2026", "Prise de son")));

            assertThat(report.unchanged()).containsExactly("A-001");
            assertThat(scene.stored(scene.alice).academic().projects()).hasSize(1);
        }
        @Test
        void re_importing_keeps_what_the_file_cannot_say() {
            importA(List.of(row(2, "E-1")));
            Learner imported = storedByExternalId(SCHOOL_A, "E-1");
            learnerService.updateIdentity(as(Who.PLATFORM_ADMIN), imported.id(), new IdentityCommand("Prénom",
                    "Nom E-1", "e-1@ecole-a.fr", "+33612345678", LocalDate.of(2004, 5, 6),
                    new AddressDraft("12 rue des Studios", "75011", "Paris", "FR", null, null)), 0L);

            RosterImportReport again = importA(List.of(row(2, "E-1")));

            assertThat(again.unchanged()).containsExactly("E-1");
            assertThat(storedByExternalId(SCHOOL_A, "E-1").identity().address()).isNotNull();
        }
    }

    @Nested
    class LargeFiles {

        @Test
        void rows_across_chunk_boundaries_are_all_created_one_lookup_per_chunk() {
            List<RosterRow> file = rows(1_200);

            RosterImportReport report = importA(file);

            assertThat(report.created()).containsExactlyElementsOf(externalIds(file));
            assertThat(report.updated()).isEmpty();
            assertThat(report.unchanged()).isEmpty();
            assertThat(report.rejected()).isEmpty();
            assertThat(learners.size()).isEqualTo(3 + 1_200);
            assertThat(learners.events()).hasSize(1_200);
            assertThat(learners.events()).extracting(DomainEvent::aggregateId).doesNotHaveDuplicates();
            assertThat(learners.externalIdLookups()).containsExactly(500, 500, 200);
        }

        @Test
        void re_importing_a_large_file_changes_nothing_and_changes_on_chunk_edges_are_applied() {
            List<RosterRow> file = rows(1_200);
            importA(file);
            assertThat(importA(file).unchanged()).containsExactlyElementsOf(externalIds(file));
            int eventsBefore = learners.events().size();

            List<RosterRow> edited = new ArrayList<>(file);
            for (int index : List.of(0, 499, 500, 999, 1_000, 1_199)) {
                edited.set(index, with(file.get(index), "last_name", "Renommé"));
            }
            RosterImportReport report = importA(edited);

            assertThat(report.updated()).containsExactly("E0001", "E0500", "E0501", "E1000", "E1001", "E1200");
            assertThat(report.unchanged()).hasSize(1_194);
            assertThat(report.created()).isEmpty();
            assertThat(learners.events()).hasSize(eventsBefore + 6);
        }

        @Test
        void a_duplicate_in_a_later_chunk_is_rejected() {
            List<RosterRow> file = new ArrayList<>(rows(600));
            file.set(549, with(file.get(549), "external_id", "E0010"));

            RosterImportReport report = importA(file);

            assertThat(report.rejected()).extracting(Rejection::line, Rejection::externalStudentId)
                    .containsExactly(tuple(551, "E0010"));
            assertThat(report.created()).hasSize(599).doesNotContain("E0550");
            assertThat(storedByExternalId(SCHOOL_A, "E0010").identity().lastName()).isEqualTo("Nom E0010");
        }
    }

    @Nested
    class Report {

        @Test
        void one_import_reports_created_updated_unchanged_and_rejected_rows() {
            importA(List.of(row(2, "E-1"), row(3, "E-2")));

            RosterImportReport report = importA(List.of(row(2, "E-1"),
                    with(row(3, "E-2"), "phone", "+33 7 11 22 33 44"),
                    row(4, "E-3"), with(row(5, "E-4"), "email", "nope"), with(row(6, "E-5"), "learner_type", "x")));

            assertThat(report.created()).containsExactly("E-3");
            assertThat(report.updated()).containsExactly("E-2");
            assertThat(report.unchanged()).containsExactly("E-1");
            assertThat(report.rejected()).extracting(Rejection::line, Rejection::externalStudentId,
                    RosterImportServiceTest::columnsOf).containsExactly(
                    tuple(5, "E-4", List.of("email")),
                    tuple(6, "E-5", List.of("learner_type")));
        }

        @Test
        void a_row_whose_learner_changed_meanwhile_is_rejected_and_the_others_applied() {
            importA(List.of(row(2, "E-1"), row(3, "E-2")));
            Learner e1 = storedByExternalId(SCHOOL_A, "E-1");
            learners.beforeNextWrite(() -> learners.seed(new Learner(e1.id(), e1.subject(), e1.detachment(),
                    e1.identity(), e1.type(), LearnerStatus.ENROLLED, e1.source(), e1.academic(), e1.skills(),
                    e1.background(), e1.career(), e1.readinessScore(), e1.createdBy(), e1.createdAt(), e1.updatedAt(),
                    e1.version() + 1)));

            RosterImportReport report = importA(List.of(with(row(2, "E-1"), "last_name", "Dupont"),
                    with(row(3, "E-2"), "last_name", "Durand")));

            assertThat(report.rejected()).containsExactly(new Rejection(2, "E-1", List.of(new Problem(null, RACED))));
            assertThat(report.updated()).containsExactly("E-2");
            assertThat(storedByExternalId(SCHOOL_A, "E-1").identity().lastName()).isEqualTo("Nom E-1");
        }

        @Test
        void a_row_whose_learner_was_created_meanwhile_is_rejected() {
            learners.beforeNextWrite(() -> scene.seedLearner(LearnerScene.learner("learner-dave", null, "Dave", "Roux",
                    new Academic(SCHOOL_A, "E-1", null, null, List.of(), List.of(), List.of()),
                    ArrivalSource.SCHOOL_STAFF)));

            RosterImportReport report = importA(List.of(row(2, "E-1"), row(3, "E-2")));

            assertThat(report.rejected()).containsExactly(new Rejection(2, "E-1", List.of(new Problem(null, RACED))));
            assertThat(report.created()).containsExactly("E-2");
            assertThat(storedByExternalId(SCHOOL_A, "E-1").id()).isEqualTo("learner-dave");
        }
    }
}
