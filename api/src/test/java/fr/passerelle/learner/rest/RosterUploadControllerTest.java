package fr.passerelle.learner.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.passerelle.api.graphql.GlobalIds;
import fr.passerelle.api.i18n.ReaderLanguages;
import fr.passerelle.api.security.ActorFilter;
import fr.passerelle.learner.port.in.RosterImportReport;
import fr.passerelle.learner.port.in.RosterImportReport.Problem;
import fr.passerelle.learner.port.in.RosterImportReport.Rejection;
import fr.passerelle.learner.port.in.RosterImports;
import fr.passerelle.learner.port.in.RosterRow;
import fr.passerelle.membership.model.Actor;
import fr.passerelle.shared.error.ConcurrentUpdateException;
import fr.passerelle.shared.error.ForbiddenException;
import fr.passerelle.shared.error.NotFoundException;
import fr.passerelle.shared.i18n.Message;
import fr.passerelle.shared.validation.BusinessRuleViolation;
import fr.passerelle.shared.validation.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.util.unit.DataSize;

/**
 * The upload endpoint's translation, in a web slice with the use case mocked: the report's JSON shape and every
 * failure as a problem, including those an end-to-end test cannot provoke (a lost race, a broken business rule, a
 * bug). Security filters are off here; {@code RosterImportTest} covers them over HTTP.
 */
@WebMvcTest(controllers = RosterUploadController.class)
@AutoConfigureMockMvc(addFilters = false)
class RosterUploadControllerTest {

    private static final String SCHOOL = GlobalIds.encode("School", "school-1");
    private static final String PATH = "/schools/{schoolId}/students/import";
    private static final String FILE = "external_id,first_name,last_name,email\nS1,Léa,Moreau,lea@example.fr\n";
    private static final Actor ADMIN = new Actor("admin-1", "Admin", null, Set.of(), List.of());

    @TestConfiguration
    static class SmallFiles {

        @Bean
        RosterCsv rosterCsv() {
            return new RosterCsv(DataSize.ofKilobytes(1));
        }

        /** Nobody chose a language here: each request is answered in its Accept-Language, else French. */
        @Bean
        ReaderLanguages readerLanguages() {
            return new ReaderLanguages(subject -> Optional.empty());
        }
    }

    @Autowired
    private MockMvc mvc;

    @MockitoBean
    private RosterImports imports;

    private ResultActions upload(String schoolId, String file) throws Exception {
        return mvc.perform(multipart(PATH, schoolId)
                .file(new MockMultipartFile("file", "students.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8)))
                .requestAttr(ActorFilter.ATTRIBUTE, ADMIN));
    }

    private static void isProblem(ResultActions result, int status, String type) throws Exception {
        result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:passerelle:problem:" + type))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").isNotEmpty())
                .andExpect(jsonPath("$.detail").isNotEmpty())
                .andExpect(jsonPath("$.instance").value("/schools/" + SCHOOL + "/students/import"));
    }

    @Test
    void answersTheReportWithCountsAndLists() throws Exception {
        given(imports.importRoster(eq(ADMIN), eq("school-1"), anyList())).willReturn(new RosterImportReport(
                List.of("S1"), List.of("S2"), List.of("S3", "S4"),
                List.of(new Rejection(6, "S5", List.of(new Problem("email", Message.of("error.email.invalid")),
                        new Problem(null, Message.of("error.roster.row-raced")))))));

        upload(SCHOOL, FILE).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.rows").value(5))
                .andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.updated").value(1))
                .andExpect(jsonPath("$.unchanged").value(2))
                .andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.createdExternalIds[0]").value("S1"))
                .andExpect(jsonPath("$.updatedExternalIds[0]").value("S2"))
                .andExpect(jsonPath("$.unchangedExternalIds.length()").value(2))
                .andExpect(jsonPath("$.rejections[0].line").value(6))
                .andExpect(jsonPath("$.rejections[0].externalStudentId").value("S5"))
                .andExpect(jsonPath("$.rejections[0].problems[0].column").value("email"))
                .andExpect(jsonPath("$.rejections[0].problems[1].column").doesNotExist());
        verify(imports).importRoster(ADMIN, "school-1",
                List.of(new RosterRow(2, "S1", "Léa", "Moreau", "lea@example.fr", null, null, null, null, null, null)));
    }

    @Test
    void aMissingSchoolIsNotFound() throws Exception {
        given(imports.importRoster(any(), any(), anyList())).willThrow(new NotFoundException("School", "school-1"));

        isProblem(upload(SCHOOL, FILE), 404, "not-found");
    }

    @Test
    void anIdOfAnotherTypeIsNotFoundWithoutReachingTheUseCase() throws Exception {
        String company = GlobalIds.encode("Company", "school-1");
        mvc.perform(multipart(PATH, company).file(new MockMultipartFile("file", FILE.getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:passerelle:problem:not-found"));
        verifyNoInteractions(imports);
    }

    @Test
    void aForbiddenImportIs403() throws Exception {
        given(imports.importRoster(any(), any(), anyList())).willThrow(new ForbiddenException("error.forbidden.roster-import"));

        isProblem(upload(SCHOOL, FILE), 403, "forbidden");
    }

    @Test
    void aBrokenBusinessRuleIs422WithItsViolations() throws Exception {
        given(imports.importRoster(any(), any(), anyList()))
                .willThrow(BusinessRuleViolation.of("rows", ErrorCode.OUT_OF_RANGE, "error.roster.too-many-rows", 20_000,
                        10_000));

        isProblem(upload(SCHOOL, FILE), 422, "business-rule");
        upload(SCHOOL, FILE).andExpect(jsonPath("$.errors[0].field").value("rows"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Le fichier compte 20000 lignes ; un import en prend au plus 10000."));
    }

    @Test
    void aLostRaceIs409() throws Exception {
        given(imports.importRoster(any(), any(), anyList())).willThrow(new ConcurrentUpdateException("School", "school-1"));

        isProblem(upload(SCHOOL, FILE), 409, "conflict");
    }

    @Test
    void aBugIs500WithOnlyAReference() throws Exception {
        given(imports.importRoster(any(), any(), anyList()))
                .willThrow(new IllegalStateException("secret internal detail"));

        isProblem(upload(SCHOOL, FILE), 500, "internal-error");
        upload(SCHOOL, FILE).andExpect(content().string(not(containsString("secret"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))))
                .andExpect(jsonPath("$.detail").value(containsString("quote reference")));
    }

    @Test
    void aRefusedFileNeverReachesTheUseCase() throws Exception {
        isProblem(upload(SCHOOL, "external_id,first_name\n"), 400, "invalid-file");
        upload(SCHOOL, "external_id,first_name\n")
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].line").value(1))
                .andExpect(jsonPath("$.errors[0].column").doesNotExist())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("last_name, email")));

        isProblem(upload(SCHOOL, FILE + "x".repeat(2_000)), 413, "file-too-large");
        verifyNoInteractions(imports);
    }

    @Test
    void aRequestWithoutTheFilePartIsRefused() throws Exception {
        isProblem(mvc.perform(multipart(PATH, SCHOOL)
                .file(new MockMultipartFile("attachment", FILE.getBytes(StandardCharsets.UTF_8)))), 400, "not-a-file-upload");
        verifyNoInteractions(imports);
    }
}
