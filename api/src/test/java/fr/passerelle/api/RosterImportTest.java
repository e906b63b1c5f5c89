package fr.passerelle.api;

import static fr.passerelle.api.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Importing a school's students over HTTP with real tokens: the REST upload (large files) and the GraphQL mutation
 * (small ones), who may import where, and files refused as a whole changing nothing. Every test uses external ids of
 * its own, so the tests stay independent in the shared context.
 */
class RosterImportTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String HEADER = "external_id,first_name,last_name,email,phone,birth_date,learner_type,"
            + "program_code,graduation_year,specialisations\r\n";
    private static final String[] PROGRAMS = {"CAP-MV", "BACPRO-MV", "HAB-ELEC"};
    private static final String[] TYPES = {"STUDENT", "FIRST_TIME_JOB_SEEKER", "CAREER_CHANGER", "JOB_SEEKER", "EMPLOYEE"};

    private RosterUploads uploads;
    /** This test's own prefix of external ids. */
    private String run;

    @BeforeEach
    void uploads() {
        uploads = new RosterUploads(api, port);
        run = "T" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** {@code count} valid rows, numbered from {@code from}, without header. */
    private String rows(int from, int count) {
        StringBuilder rows = new StringBuilder(count * 120);
        for (int i = from; i < from + count; i++) {
            rows.append(run).append('-').append(String.format("%05d", i)).append(',')
                    .append(i % 2 == 0 ? "Léa" : "Yanis").append(',')
                    .append(i % 3 == 0 ? "\"Da Silva, née Moreau\"" : "Benali").append(',')
                    .append("eleve").append(i).append('.').append(run.toLowerCase()).append("@example.test,")
                    .append(i % 4 == 0 ? "" : "+33 6 12 34 " + String.format("%02d %02d", i / 100 % 100, i % 100)).append(',')
                    .append(2000 + i % 9).append("-0").append(1 + i % 9).append('-').append(10 + i % 18).append(',')
                    .append(TYPES[i % TYPES.length]).append(',')
                    .append(PROGRAMS[i % PROGRAMS.length]).append(',')
                    .append(2026 + i % 3).append(',')
                    .append(i % 5 == 0 ? "\"Diagnostic électronique;Freinage\"" : "").append("\r\n");
        }
        return rows.toString();
    }

    private String file(int count) {
        return HEADER + rows(1, count);
    }

    private static void assertReport(GraphQlHttp.Reply reply, int created, int updated, int unchanged, int rejected) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(List.<Integer>of(reply.read("$.created"), reply.read("$.updated"), reply.read("$.unchanged"),
                reply.read("$.rejected"))).as(abbreviated(reply)).containsExactly(created, updated, unchanged, rejected);
        assertThat(reply.<Integer>read("$.rows")).isEqualTo(created + updated + unchanged + rejected);
    }

    private static String abbreviated(GraphQlHttp.Reply reply) {
        String body = reply.body();
        return reply.status() + " " + (body.length() > 2_000 ? body.substring(0, 2_000) + "…" : body);
    }

    // ---- REST: the happy paths ---------------------------------------------------------------------------------------

    @Test
    void aSchoolAdminImportsFiveThousandStudentsInOneRequestAndImportingAgainChangesNothing() {
        byte[] file = file(5_000).getBytes(StandardCharsets.UTF_8);

        var first = uploads.upload("school-admin-b", SCHOOL_B, file);
        assertReport(first, 5_000, 0, 0, 0);
        assertThat(first.<List<String>>read("$.createdExternalIds")).hasSize(5_000)
                .startsWith(run + "-00001", run + "-00002").doesNotHaveDuplicates();

        var again = uploads.upload("school-admin-b", SCHOOL_B, file);
        assertReport(again, 0, 0, 5_000, 0);
        assertThat(again.<List<String>>read("$.createdExternalIds")).isEmpty();
    }

    @Test
    void aChangedRowIsUpdatedAndTheOthersLeftAlone() {
        String original = file(3);
        assertReport(uploads.upload("school-admin-b", SCHOOL_B, original), 3, 0, 0, 0);

        String changed = original.replace(run + "-00002,Léa,Benali", run + "-00002,Léa,Benali-Durand");
        var reply = uploads.upload("school-admin-b", SCHOOL_B, changed);

        assertReport(reply, 0, 1, 2, 0);
        assertThat(reply.<List<String>>read("$.updatedExternalIds")).containsExactly(run + "-00002");
    }

    @Test
    void rowsThatBreakARuleAreRejectedWithTheirReasonsAndTheOthersApplied() {
        String file = HEADER + rows(1, 2)
                + run + "-BAD1,Tom,Roux,not-an-email,,2008-13-40,ASTRONAUT,CAP-MV,2027,\r\n"
                + run + "-BAD2,\"Inès\nMarie\",Roux,ines@example.test,,,,CAP-XYZ,1900,\r\n"
                + ",Sans,Identifiant,sans@example.test,,,,,,\r\n"
                + rows(3, 1);

        var reply = uploads.upload("school-admin-b", SCHOOL_B, file);

        assertReport(reply, 3, 0, 0, 3);
        assertThat(reply.<List<String>>read("$.createdExternalIds"))
                .containsExactly(run + "-00001", run + "-00002", run + "-00003");
        assertThat(reply.<List<Integer>>read("$.rejections[*].line")).containsExactly(4, 5, 7);
        assertThat(reply.<List<String>>read("$.rejections[0].problems[*].column"))
                .contains("email", "birth_date", "learner_type");
        assertThat(reply.<String>read("$.rejections[0].externalStudentId")).isEqualTo(run + "-BAD1");
        assertThat(reply.<List<String>>read("$.rejections[1].problems[*].column"))
                .contains("program_code", "graduation_year");
        assertThat(reply.<List<String>>read("$.rejections[1].problems[*].message"))
                .anyMatch(m -> m.contains("MécaFormation Lyon"));
        assertThat(reply.<List<String>>read("$.rejections[2].problems[*].column")).containsExactly("external_id");
    }

    @Test
    void aControlCharacterOrALineBreakInACellRejectsItsRowLikeAnyOtherBrokenRule() {
        String file = HEADER + rows(1, 1)
                + run + "-NUL,Jean\u0000Pierre,Roux,jean@example.test,,,,,,\r\n"
                + run + "-BEL,Zoé,Roux\u0007,zoe@example.test,,,,,,\r\n"
                + run + "-BRK,\"Inès\r\nMarie\",Roux,ines@example.test,,,,,,\r\n"
                + run + "-ESC,Noé,Roux,noe@example.test,,,,,,\"Freinage;Clim\u001Batisation\"\r\n";

        var reply = uploads.upload("school-admin-b", SCHOOL_B, file);

        assertReport(reply, 1, 0, 0, 4);
        assertThat(reply.<List<Integer>>read("$.rejections[*].line")).containsExactly(3, 4, 5, 7);
        assertThat(reply.<List<String>>read("$.rejections[*].problems[0].column"))
                .containsExactly("first_name", "last_name", "first_name", "specialisations");
        assertThat(reply.<List<String>>read("$.rejections[*].problems[0].message")).containsExactly(
                "Ce texte ne doit pas contenir de caractère de contrôle (trouvé : U+0000).",
                "Ce texte ne doit pas contenir de caractère de contrôle (trouvé : U+0007).",
                "Ce texte doit tenir sur une seule ligne (sans retour à la ligne).",
                "Ce texte ne doit pas contenir de caractère de contrôle (trouvé : U+001B).");
    }

    @Test
    void theDocumentedSampleFileImportsCleanly() throws IOException {
        byte[] sample = Files.readAllBytes(Path.of("..", "docs", "samples", "students.csv"));

        var reply = uploads.upload("school-admin-b", SCHOOL_B, sample);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.<Integer>read("$.rejected")).as(reply.toString()).isZero();
        assertThat(reply.<Integer>read("$.rows")).isEqualTo(8);
    }

    /** README shows the answer to the corrections file, imported after the sample: the answer is that one. */
    @Test
    void theReadmeExampleOfCorrectionsAnswersAsDocumented() throws IOException {
        uploads.upload("school-admin-b", SCHOOL_B, Files.readAllBytes(Path.of("..", "docs", "samples", "students.csv")));

        var reply = uploads.upload("school-admin-b", SCHOOL_B,
                Files.readAllBytes(Path.of("..", "docs", "samples", "students-corrections.csv")));

        assertThat(JSON.readTree(reply.body())).isEqualTo(JSON.readTree(documentedAnswer("students-corrections.csv")));
    }

    /** The first JSON block of README after the command that uploads this sample file. */
    private static String documentedAnswer(String sample) throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int upload = readme.indexOf("-F file=@docs/samples/" + sample);
        int start = readme.indexOf("```json\n", upload) + "```json\n".length();
        return readme.substring(start, readme.indexOf("```", start));
    }

    @Test
    void aSemicolonFileWithAByteOrderMarkAsFrenchExcelSavesIt() {
        String file = "\uFEFF" + HEADER.replace(',', ';') + rows(1, 2).replace(',', ';')
                .replace("\"Da Silva; née Moreau\"", "\"Da Silva, née Moreau\"");

        assertReport(uploads.upload("school-admin-b", SCHOOL_B, file), 2, 0, 0, 0);
    }

    // ---- REST: files refused as a whole --------------------------------------------------------------------------

    @Test
    void aFormulaCellRefusesTheWholeFileAndNothingIsImported() {
        String valid = file(3);
        String withFormula = valid + run + "-00004,\"=HYPERLINK(\"\"http://evil.example\"\")\",Roux,t@example.test,,,,,,\r\n";

        var refused = uploads.upload("school-admin-b", SCHOOL_B, withFormula);

        assertProblem(refused, 400, "invalid-file");
        assertThat(refused.<List<Map<String, Object>>>read("$.errors")).containsExactly(Map.of("field", "file",
                "line", 5, "column", "first_name", "message", "Ligne 5, colonne first_name : la cellule commence par « = », "
                        + "qu'un tableur exécute comme une formule ; retirez-la (seul un numéro de téléphone peut "
                        + "commencer par +)."));
        assertReport(uploads.upload("school-admin-b", SCHOOL_B, valid), 3, 0, 0, 0);
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAndNothingIsImported() {
        String text = file(3);

        var refused = uploads.upload("school-admin-b", SCHOOL_B, text.getBytes(StandardCharsets.ISO_8859_1));

        assertProblem(refused, 415, "file-not-utf8");
        assertThat(refused.<String>read("$.detail")).contains("exportez-le en CSV UTF-8");
        assertThat(refused.<Integer>read("$.errors[0].line")).as("the first line with an accent").isEqualTo(3);
        assertReport(uploads.upload("school-admin-b", SCHOOL_B, text), 3, 0, 0, 0);
    }

    @Test
    void aFileWithoutARequiredColumnIsRefusedAndNothingIsImported() {
        String valid = file(2);
        String withoutEmail = valid.replace(",email,", ",courriel,");

        var refused = uploads.upload("school-admin-b", SCHOOL_B, withoutEmail);

        assertProblem(refused, 400, "invalid-file");
        assertThat(refused.<List<String>>read("$.errors[*].message")).containsExactly(
                "L'en-tête a une colonne inconnue : courriel ; les colonnes sont external_id, first_name, last_name, "
                        + "email, phone, birth_date, learner_type, program_code, graduation_year, specialisations.",
                "Il manque à l'en-tête la colonne obligatoire email (la première ligne du fichier doit nommer les "
                        + "colonnes).");
        assertReport(uploads.upload("school-admin-b", SCHOOL_B, valid), 2, 0, 0, 0);
    }

    @Test
    void anEmptyFileIsRefusedAndAHeaderOnlyFileImportsNothing() {
        assertProblem(uploads.upload("school-admin-b", SCHOOL_B, ""), 400, "invalid-file");
        assertReport(uploads.upload("school-admin-b", SCHOOL_B, HEADER), 0, 0, 0, 0);
    }

    @Test
    void moreRowsThanAnImportTakesAreRefused() {
        var refused = uploads.upload("school-admin-b", SCHOOL_B, file(10_001));

        assertProblem(refused, 413, "too-many-rows");
        assertThat(refused.<String>read("$.detail")).contains("10,000");
    }

    @Test
    void aFileAboveTheSizeLimitIsRefusedWith413() {
        byte[] tooLarge = new byte[5 * 1024 * 1024 + 1];
        byte[] header = HEADER.getBytes(StandardCharsets.UTF_8);
        java.util.Arrays.fill(tooLarge, (byte) 'x');
        System.arraycopy(header, 0, tooLarge, 0, header.length);

        var refused = uploads.upload("school-admin-b", SCHOOL_B, tooLarge);

        assertProblem(refused, 413, "file-too-large");
    }

    @Test
    void aRequestWithoutAFileIsRefusedWithAProblem() {
        var reply = uploads.postJson("school-admin-b", SCHOOL_B, "{\"csv\": \"external_id\"}");

        assertProblem(reply, 415, "not-a-file-upload");
        assertThat(reply.<String>read("$.detail")).contains("multipart/form-data").contains("file");
    }

    // ---- REST: who may import where ------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"school-admin-a", "recruiter-x", "learner"})
    void whoeverDoesNotManageTheSchoolGetsNotFound(String persona) {
        var reply = uploads.upload(persona, SCHOOL_B, file(1));

        assertProblem(reply, 404, "not-found");
        assertReport(uploads.upload("school-admin-b", SCHOOL_B, file(1)), 1, 0, 0, 0);
    }

    @Test
    void anAdvisorSeesTheSchoolButMayNotImport() {
        assertProblem(uploads.upload("advisor", SCHOOL_B, file(1)), 403, "forbidden");
    }

    @Test
    void aPlatformAdminMayImportIntoAnySchool() {
        assertReport(uploads.upload("platform-admin", SCHOOL_B, file(2)), 2, 0, 0, 0);
    }

    @Test
    void anUnknownOrMalformedSchoolIdIsNotFound() {
        assertProblem(uploads.upload("platform-admin", globalId("School", "no-such-school"), file(1)), 404, "not-found");
        assertProblem(uploads.upload("platform-admin", COMPANY_X, file(1)), 404, "not-found");
        assertProblem(uploads.upload("platform-admin", "not-an-id", file(1)), 404, "not-found");
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        assertThat(uploads.upload(null, SCHOOL_B, file(1)).status()).isEqualTo(401);
    }

    @Test
    void theEndpointIsDescribedInTheOpenApiDocument() {
        var reply = api.get("/v3/api-docs", Map.of());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.<Object>read("$.paths['/schools/{schoolId}/students/import'].post")).isNotNull();
        assertThat(reply.<List<String>>read("$.paths['/schools/{schoolId}/students/import'].post.tags"))
                .containsExactly("Students");
        assertThat(reply.<Map<String, Object>>read("$.paths['/schools/{schoolId}/students/import'].post.requestBody"
                + ".content['multipart/form-data'].schema.properties.file")).containsEntry("format", "binary");
        assertThat(reply.<Map<String, Object>>read("$.paths['/schools/{schoolId}/students/import'].post.requestBody"
                + ".content")).containsOnlyKeys("multipart/form-data");
    }

    // ---- GraphQL: the same import for small files ------------------------------------------------------------------

    private static final String IMPORT = """
            mutation($id: ID!, $csv: String!) { schoolStudentsImport(id: $id, input: {csv: $csv}) {
              userErrors { message field code }
              report { rows created updated unchanged rejected createdExternalIds updatedExternalIds unchangedExternalIds
                       rejections { line externalStudentId problems { column message } } } } }""";

    @Test
    void graphQlImportsASmallFileWithTheSameReport() {
        String file = file(3) + run + "-BAD,Tom,Roux,not-an-email,,,,,,\r\n";

        var reply = given.succeed("school-admin-b", IMPORT, Map.of("id", SCHOOL_B, "csv", file));

        assertThat(reply.<Map<String, Object>>read("$.data.schoolStudentsImport.report")).containsAllEntriesOf(
                Map.of("rows", 4, "created", 3, "updated", 0, "unchanged", 0, "rejected", 1));
        assertThat(reply.<List<Integer>>read("$.data.schoolStudentsImport.report.rejections[*].line")).containsExactly(5);
        assertThat(reply.<List<String>>read("$.data.schoolStudentsImport.report.rejections[0].problems[*].column"))
                .containsExactly("email");

        var again = given.succeed("school-admin-b", IMPORT, Map.of("id", SCHOOL_B, "csv", file(3)));
        assertThat(again.<Integer>read("$.data.schoolStudentsImport.report.unchanged")).isEqualTo(3);
    }

    @Test
    void graphQlReportsARefusedFileAsUserErrorsOnTheCsvField() {
        String file = file(2) + run + "-00003,Tom,@Roux,t@example.test,,,,,,\r\n";

        var reply = given.refuse("school-admin-b", IMPORT, Map.of("id", SCHOOL_B, "csv", file), "INVALID");

        assertThat(reply.<List<String>>read("$.data.schoolStudentsImport.userErrors[0].field")).containsExactly("input", "csv");
        assertThat(reply.<String>read("$.data.schoolStudentsImport.userErrors[0].message"))
                .isEqualTo("Ligne 4, colonne last_name : la cellule commence par « @ », qu'un tableur exécute comme "
                        + "une formule ; retirez-la (seul un numéro de téléphone peut commencer par +).");
        assertThat(reply.<Object>read("$.data.schoolStudentsImport.report")).isNull();
        assertReport(uploads.upload("school-admin-b", SCHOOL_B, file(2)), 2, 0, 0, 0);
    }

    @Test
    void graphQlHidesAnotherSchoolLikeAMissingOne() {
        var reply = api.query("school-admin-a", IMPORT, Map.of("id", SCHOOL_B, "csv", file(1)));

        assertThat(reply.errorClassification()).as(reply.toString()).isEqualTo("NOT_FOUND");
        assertThat(reply.<Object>read("$.data")).isNull();
    }
}
